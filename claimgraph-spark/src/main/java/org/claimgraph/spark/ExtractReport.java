package org.claimgraph.spark;

import java.util.List;

/**
 * What the job did.
 *
 * @param files         input files handed to workers
 * @param articles      articles extracted (a page of several stories counts each)
 * @param words         words in the extracted pages
 * @param problems      inputs that could not be used, "origin: reason"
 * @param storyTriples  triples in the stories graph
 * @param extractSeconds wall time of the extraction pass
 * @param storiesSeconds wall time of the stories pass
 */
public record ExtractReport(int files, long articles, long words, List<String> problems, long storyTriples,
                            double extractSeconds, double storiesSeconds) {
}
