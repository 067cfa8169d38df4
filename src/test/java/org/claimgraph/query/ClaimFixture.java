package org.claimgraph.query;

import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.QuoteKind;
import org.claimgraph.extract.Span;
import org.claimgraph.ingest.Article;
import org.claimgraph.ingest.ArticleMetadata;
import org.claimgraph.rdf.ArticleGraph;
import org.claimgraph.rdf.ArticleGraphBuilder;
import org.claimgraph.rdf.Iris;
import org.claimgraph.store.ClaimStore;

/**
 * Two small hand-written articles with known attributions, loaded into a store the way ingestion
 * does (ArticleGraphBuilder, then ClaimStore.replace), so that tests can assert exact query answers.
 */
public final class ClaimFixture {

    public static final String TEXT_ONE = "Prime Minister Najib Mikati said the talks would resume next week. "
            + "A senior security official told reporters that the border crossing was \"closed until further notice\".";
    public static final String TEXT_TWO = "The report quoted Farhad Alaadin as saying that the talks were "
            + "postponed indefinitely.";

    public static final String ARTICLE_ONE = Iris.article(Iris.contentHash(TEXT_ONE));
    public static final String ARTICLE_TWO = Iris.article(Iris.contentHash(TEXT_TWO));
    public static final String MIKATI = Iris.actor("Najib Mikati");
    public static final String ALAADIN = Iris.actor("Farhad Alaadin");
    public static final String NATIONAL = Iris.actor("The National");
    public static final String SHAFAQ = Iris.actor("Shafaq News");

    private final ArticleGraph one;
    private final ArticleGraph two;

    public ClaimFixture() {
        // Dates are left out: nothing here queries them, and the date type is the ingest stage's to change.
        ArticleGraphBuilder builder = new ArticleGraphBuilder();
        ArticleMetadata ledger = new ArticleMetadata("Talks to resume", "Daily Ledger", null, null,
                null, "en", null, List.of());
        one = builder.build(new Article("fixture/one.txt", TEXT_ONE, ledger), List.of(
                attribution(TEXT_ONE, "Prime Minister Najib Mikati", "said", "the talks would resume next week",
                        QuoteKind.INDIRECT, List.of()),
                attribution(TEXT_ONE, "A senior security official", "told reporters that",
                        "the border crossing was \"closed until further notice\"", QuoteKind.MIXED, List.of())));
        ArticleMetadata shafaq = new ArticleMetadata("Talks postponed", "Shafaq News", "The National",
                "translation", null, "en", null, List.of());
        two = builder.build(new Article("fixture/two.txt", TEXT_TWO, shafaq), List.of(
                attribution(TEXT_TWO, "Farhad Alaadin", "as saying that", "the talks were postponed indefinitely",
                        QuoteKind.INDIRECT, List.of(span(TEXT_TWO, "The report")))));
    }

    /** Loads both articles into {@code store}. */
    public void load(ClaimStore store) {
        store.replace(one);
        store.replace(two);
    }

    /** The claim IRI of the only claim whose content is {@code content}. */
    public String claimWithText(String content) {
        for (ArticleGraph g : List.of(one, two)) {
            var it = g.model().listSubjectsWithProperty(org.claimgraph.rdf.Vocab.CG.contentText, content);
            if (it.hasNext()) {
                return it.next().getURI();
            }
        }
        throw new IllegalArgumentException("no claim with content " + content);
    }

    private static Attribution attribution(String text, String source, String cue, String content, QuoteKind kind,
                                           List<Span> relays) {
        return new Attribution(List.of(span(text, source)), List.of(span(text, cue)), List.of(span(text, content)),
                kind, Optional.empty(), relays);
    }

    static Span span(String text, String part) {
        int start = text.indexOf(part);
        if (start < 0) {
            throw new IllegalArgumentException("'" + part + "' is not in the text");
        }
        return new Span(start, start + part.length());
    }
}
