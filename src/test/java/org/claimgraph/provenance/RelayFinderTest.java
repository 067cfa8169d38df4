package org.claimgraph.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.QuoteKind;
import org.claimgraph.extract.Span;
import org.junit.jupiter.api.Test;

/** In-text relays derived from attributions the extractor found, on sentences shaped like the seeds'. */
class RelayFinderTest {

    /** The span of {@code part} in {@code text} (its first occurrence after {@code from}). */
    private static Span at(String text, String part, int from) {
        int start = text.indexOf(part, from);
        if (start < 0) {
            throw new AssertionError(part);
        }
        return new Span(start, start + part.length());
    }

    private static Attribution attribution(String text, String source, String cue, String content) {
        return new Attribution(List.of(at(text, source, 0)), List.of(at(text, cue, 0)), List.of(at(text, content, 0)),
                QuoteKind.INDIRECT);
    }

    private static List<String> steps(String text, ClaimChain chain) {
        return chain.steps().stream().map(s -> s.role() + ":" + s.agent().of(text)).toList();
    }

    @Test
    void aStatementOpeningAnotherOnesContentIsRelayedByItAndToldNamesTheAddressee() {
        String text = "The report stated that American and Iranian officials told the Financial Times last week "
                + "that the United States held secret talks with Iran.";
        Attribution outer = attribution(text, "The report", "stated",
                "that American and Iranian officials told the Financial Times last week that the United States held secret talks with Iran");
        Attribution inner = attribution(text, "Iranian officials", "told",
                "that the United States held secret talks with Iran");
        ClaimChain chain = RelayFinder.chains(text, List.of(outer, inner)).get(1);
        assertEquals(List.of("TOLD_TO:the Financial Times", "REPORTED_BY:The report"), steps(text, chain));
        assertEquals("told the Financial Times", chain.steps().get(0).evidence().get(0).of(text));
    }

    @Test
    void aDenialDoesNotRelayWhatItDenies() {
        String text = "The office denied that the US had asked Lebanon to declare a ceasefire.";
        Attribution outer = attribution(text, "The office", "denied", "that the US had asked Lebanon to declare a ceasefire");
        Attribution inner = attribution(text, "the US", "had asked", "Lebanon to declare a ceasefire");
        assertEquals(List.of(), RelayFinder.chains(text, List.of(outer, inner)).get(1).steps());
    }

    @Test
    void theDiplomatInheritsWhomAnotherDiplomatToldAndHisWordsGoBackToTheNamedSpeaker() {
        String text = "Another diplomat told Reuters that Hochstein had made a proposal. Hochstein told them that "
                + "he could help. \"His exact words were, 'help me, help you,\" the diplomat said.";
        Attribution told = attribution(text, "Another diplomat", "told", "that Hochstein had made a proposal");
        Attribution hochstein = new Attribution(List.of(at(text, "Hochstein", 60)), List.of(at(text, "told", 70)),
                List.of(at(text, "that he could help", 0)), QuoteKind.INDIRECT);
        Attribution words = attribution(text, "the diplomat", "said", "\"His exact words were, 'help me, help you,\"");
        ClaimChain chain = RelayFinder.chains(text, List.of(told, hochstein, words)).get(2);
        assertEquals(Optional.of("Hochstein"), chain.originalSpeaker().map(s -> s.of(text)));
        assertEquals(List.of("QUOTED_BY:the diplomat", "TOLD_TO:Reuters"), steps(text, chain));
    }
}
