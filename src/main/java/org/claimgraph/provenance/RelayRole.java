package org.claimgraph.provenance;

/** How an agent passed a claim on, inside the text; the RDF stage maps these to cg: roles. */
public enum RelayRole {
    /** The speaker said it to this addressee: "two sources told Reuters". */
    TOLD_TO,
    /** This agent quoted the previous one: "The report quoted an informed source as saying". */
    QUOTED_BY,
    /** This agent reported it: "The report stated that officials told the Financial Times". */
    REPORTED_BY,
    /** This agent cited it: "citing sources in Baghdad", "according to Iranian media". */
    CITED_BY
}
