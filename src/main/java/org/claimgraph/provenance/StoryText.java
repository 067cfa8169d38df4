package org.claimgraph.provenance;

import java.util.Optional;

/**
 * One article as the copy detector sees it.
 *
 * @param article          the article's IRI
 * @param text             the article's own text (its story's region of the page)
 * @param originalReporter IRI of who first reported it, if known
 * @param copyKind         IRI of the kind of copy its metadata declares, if any
 * @param title            headline, if any
 */
public record StoryText(String article, String text, Optional<String> originalReporter,
                        Optional<String> copyKind, Optional<String> title) {
}
