package org.claimgraph.ingest;

/**
 * What reading one input yields: an article to load or a problem to report. Sealed so that a
 * caller handling both cases knows there is no third.
 */
public sealed interface IngestResult permits Article, IngestProblem {

    /** The file name (plus "#N" for a JSON Lines record) the result came from. */
    String origin();
}
