package org.claimgraph.resolve;

/** What kind of thing a mention names. Countries are actors and places at once ("Iran pressured the group"). */
public enum ActorType {
    PERSON, ORGANIZATION, OUTLET, COUNTRY, PLACE, UNKNOWN;

    /** Whether nodes of this type are actors (say things, are talked about) rather than only places. */
    public boolean isActor() {
        return this != PLACE;
    }
}
