package org.claimgraph.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.json.JsonObject;

/**
 * A NAME.meta.json file next to NAME.txt: what a person wrote down about the article.
 * Read strictly (unknown fields, wrong types, blank values and unknown derivations are errors), because
 * a sidecar exists to be trusted over what the text suggests, and a typo would otherwise go unnoticed.
 *
 * @param metadata      the sidecar's values
 * @param declaredAbsent fields given as JSON null: the writer knows there is none, so no guess from
 *                       the text may fill them (e.g. "title": null for a text whose first line is a
 *                       section heading, not a headline)
 */
record Sidecar(ArticleMetadata metadata, Set<String> declaredAbsent) {

    static final String SUFFIX = ".meta.json";

    static final Set<String> FIELDS = Set.of(
            "title", "publisher", "originalReporter", "derivation", "date", "language", "url", "authors");

    /** The values ArticleMetadata documents for derivation; null (absent) means an original report. */
    static final Set<String> DERIVATIONS = Set.of("translation", "reprint", "spun-copy", "machine-translation");


    Sidecar {
        declaredAbsent = Set.copyOf(declaredAbsent);
    }

    /** The sidecar's values, then the text's guesses for whatever the sidecar neither gives nor rules out. */
    ArticleMetadata over(ArticleMetadata guessed) {
        ArticleMetadata allowed = new ArticleMetadata(
                declaredAbsent.contains("title") ? null : guessed.title(),
                declaredAbsent.contains("publisher") ? null : guessed.publisher(),
                declaredAbsent.contains("originalReporter") ? null : guessed.originalReporter(),
                declaredAbsent.contains("derivation") ? null : guessed.derivation(),
                declaredAbsent.contains("date") ? null : guessed.date(),
                declaredAbsent.contains("language") ? null : guessed.language(),
                declaredAbsent.contains("url") ? null : guessed.url(),
                declaredAbsent.contains("authors") ? List.of() : guessed.authors());
        return metadata.orElse(allowed);
    }

    static Sidecar parse(String json) throws BadInputException {
        JsonObject object = JsonObjectText.parse(json);
        Set<String> absent = new HashSet<>();
        for (String key : object.keys()) {
            if (!FIELDS.contains(key)) {
                throw new BadInputException("unknown field \"" + key + "\" (known: " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
            if (JsonFields.isExplicitNull(object, key)) {
                absent.add(key);
            }
        }
        String derivation = text(object, "derivation");
        if (derivation != null && !DERIVATIONS.contains(derivation)) {
            throw new BadInputException("derivation \"" + derivation + "\" is not one of "
                    + String.join(", ", DERIVATIONS.stream().sorted().toList()));
        }
        ArticleMetadata metadata = new ArticleMetadata(
                text(object, "title"),
                text(object, "publisher"),
                text(object, "originalReporter"),
                derivation,
                date(text(object, "date")),
                text(object, "language"),
                text(object, "url"),
                JsonFields.strings(object, "authors"));
        return new Sidecar(metadata, absent);
    }

    private static String text(JsonObject object, String key) throws BadInputException {
        Optional<String> value = JsonFields.string(object, key);
        if (value.isPresent() && value.get().isBlank()) {
            throw new BadInputException("field \"" + key + "\" is blank; leave it out or write null");
        }
        return value.orElse(null);
    }

    /** yyyy-MM-dd, yyyy-MM or yyyy, kept at the precision given. */
    private static PublicationDate date(String value) throws BadInputException {
        if (value == null) {
            return null;
        }
        try {
            return PublicationDate.parse(value);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("date \"" + value + "\" " + e.getMessage());
        }
    }
}
