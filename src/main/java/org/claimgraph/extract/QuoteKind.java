package org.claimgraph.extract;

/** How the content reaches the page: verbatim in quotation marks, paraphrased, or both. */
public enum QuoteKind {
    DIRECT, INDIRECT, MIXED
}
