package org.claimgraph.provenance;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.Span;

/**
 * Widens a source cut short at a coordination: in "American and Iranian officials told the Financial
 * Times" the speakers are American and Iranian officials, not Iranian officials alone. Applied to the
 * extractor's output so the chain starts with everyone who spoke.
 */
public final class SourceCoordination {

    private static final Pattern LEFT_CONJUNCT = Pattern.compile("([A-Z][a-z]+) and $");
    private static final Pattern ADJECTIVE_NOUN = Pattern.compile("[A-Z][a-z]+ [a-z]+.*");

    private SourceCoordination() {
    }

    public static Attribution widen(String text, Attribution a) {
        if (a.source().size() != 1 || a.sourceReferent().isPresent()) {
            return a;
        }
        Span source = a.source().get(0);
        if (!ADJECTIVE_NOUN.matcher(source.of(text)).matches()) {
            return a;
        }
        String before = text.substring(Math.max(0, source.start() - 40), source.start());
        Matcher m = LEFT_CONJUNCT.matcher(before);
        if (!m.find()) {
            return a;
        }
        Span wide = new Span(source.start() - (before.length() - m.start()), source.end());
        return new Attribution(List.of(wide), a.cue(), a.content(), a.kind(), a.sourceReferent(), a.relays());
    }
}
