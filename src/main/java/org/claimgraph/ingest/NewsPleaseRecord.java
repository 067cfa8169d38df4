package org.claimgraph.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.atlas.json.JsonObject;

/**
 * One article in the shape news-please writes (title, maintext, date_publish, source_domain, url,
 * authors, language). news-please writes null or "" for what it could not find, so those mean
 * "unknown" here; other fields (description, date_download, ...) are ignored.
 */
final class NewsPleaseRecord {

    /** news-please's own format, then ISO forms other scrapers use. */
    private static final List<Function<String, LocalDate>> DATE_FORMATS = List.of(
            s -> LocalDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")).toLocalDate(),
            // The publisher's local date, not converted to UTC: that is the date printed on the page.
            s -> OffsetDateTime.parse(s).toLocalDate(),
            s -> LocalDateTime.parse(s).toLocalDate(),
            LocalDate::parse);

    private NewsPleaseRecord() {
    }

    static Article toArticle(JsonObject record, String origin) throws BadInputException {
        // Some scrapers call the body "text"; maintext wins when both are there.
        Optional<String> body = present(JsonFields.string(record, "maintext"));
        if (body.isEmpty()) {
            body = present(JsonFields.string(record, "text"));
        }
        String text = body.orElseThrow(() -> new BadInputException("record has no maintext"));
        ArticleMetadata fields = new ArticleMetadata(
                present(JsonFields.string(record, "title")).map(String::strip).orElse(null),
                present(JsonFields.string(record, "source_domain")).orElse(null),
                null,
                null,
                date(present(JsonFields.string(record, "date_publish")).orElse(null)),
                present(JsonFields.string(record, "language")).orElse(null),
                present(JsonFields.string(record, "url")).orElse(null),
                JsonFields.strings(record, "authors"));
        return new Article(origin, text, fields.orElse(TextMetadata.of(text)));
    }

    private static Optional<String> present(Optional<String> value) {
        return value.filter(s -> !s.isBlank());
    }

    private static PublicationDate date(String value) throws BadInputException {
        if (value == null) {
            return null;
        }
        for (Function<String, LocalDate> format : DATE_FORMATS) {
            try {
                return PublicationDate.day(format.apply(value.strip()));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        throw new BadInputException("date_publish \"" + value + "\" is not \"yyyy-MM-dd HH:mm:ss\" or an ISO date");
    }
}
