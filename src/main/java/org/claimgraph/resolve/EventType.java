package org.claimgraph.resolve;

/** The kinds of events claims are about. */
public enum EventType {
    ATTACK, VISIT, ANNOUNCEMENT, KILLING, TALKS, SUSPENSION, CEASEFIRE;

    /** Whether where it happened tells one such event from another (a suspension is the same wherever it applies). */
    boolean takesPlace() {
        return this != SUSPENSION && this != ANNOUNCEMENT;
    }
}
