package org.claimgraph.contradict;

/** Whether a claim asserts its content or denies it ("denied that ..."). */
public enum Polarity {
    AFFIRMED, DENIED;

    Polarity flip() {
        return this == AFFIRMED ? DENIED : AFFIRMED;
    }
}
