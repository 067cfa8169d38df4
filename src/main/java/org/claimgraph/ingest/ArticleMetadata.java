package org.claimgraph.ingest;

import java.util.List;
import java.util.Optional;

/**
 * What is known about an article besides its text. Every field may be absent; {@link #orElse}
 * lets a sidecar's values win over what was guessed from the text.
 *
 * @param title            headline
 * @param publisher        who published the copy we read ("Shafaq News")
 * @param originalReporter who first reported the story, when this copy relays it ("The National")
 * @param derivation       how this copy derives from the original: "translation", "reprint",
 *                         "spun-copy", "machine-translation", or null for an original report
 * @param date             publication date, as precise as known
 * @param language         BCP 47 language tag
 * @param url              where the copy was found
 * @param authors          bylines, possibly empty
 */
public record ArticleMetadata(
        String title,
        String publisher,
        String originalReporter,
        String derivation,
        PublicationDate date,
        String language,
        String url,
        List<String> authors) {

    public static final ArticleMetadata EMPTY =
            new ArticleMetadata(null, null, null, null, null, null, null, List.of());

    public ArticleMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    public Optional<String> titleValue() { return Optional.ofNullable(title); }
    public Optional<String> publisherValue() { return Optional.ofNullable(publisher); }
    public Optional<String> originalReporterValue() { return Optional.ofNullable(originalReporter); }
    public Optional<String> derivationValue() { return Optional.ofNullable(derivation); }
    public Optional<PublicationDate> dateValue() { return Optional.ofNullable(date); }
    public Optional<String> languageValue() { return Optional.ofNullable(language); }
    public Optional<String> urlValue() { return Optional.ofNullable(url); }

    /** This metadata with each absent field taken from {@code fallback}. */
    public ArticleMetadata orElse(ArticleMetadata fallback) {
        return new ArticleMetadata(
                title != null ? title : fallback.title,
                publisher != null ? publisher : fallback.publisher,
                originalReporter != null ? originalReporter : fallback.originalReporter,
                derivation != null ? derivation : fallback.derivation,
                date != null ? date : fallback.date,
                language != null ? language : fallback.language,
                url != null ? url : fallback.url,
                !authors.isEmpty() ? authors : fallback.authors);
    }
}
