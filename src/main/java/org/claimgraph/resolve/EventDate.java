package org.claimgraph.resolve;

import java.time.LocalDate;
import org.claimgraph.ingest.PublicationDate;

/**
 * When an event happened, as resolved from the words that say it.
 *
 * @param date the date at the precision the words and the article's date allow
 * @param text the words it was resolved from ("on Sunday", "four years ago")
 */
public record EventDate(PublicationDate date, String text) {

    static EventDate day(LocalDate d, String text) {
        return new EventDate(PublicationDate.day(d), text);
    }

    static EventDate month(LocalDate d, String text) {
        return new EventDate(new PublicationDate(d.withDayOfMonth(1), PublicationDate.Precision.MONTH), text);
    }

    static EventDate year(int y, String text) {
        return new EventDate(new PublicationDate(LocalDate.of(y, 1, 1), PublicationDate.Precision.YEAR), text);
    }
}
