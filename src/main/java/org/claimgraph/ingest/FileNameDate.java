package org.claimgraph.ingest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date a crawler wrote into a file name ("cnn_2016-09-26_trump-rally.txt"): many
 * scraped collections keep the date only there. Without it "on Monday" and "last week" in the text
 * cannot be placed on the calendar, so it is the last resort after a sidecar and a dateline.
 */
final class FileNameDate {

    /** An ISO date standing alone: not part of a longer run of digits such as an ID or a timestamp. */
    private static final Pattern ISO_DATE = Pattern.compile("(?<![0-9])\\d{4}-\\d{2}-\\d{2}(?![0-9])");

    /** Outside this range a match is more likely a serial number than a date. */
    private static final int FIRST_YEAR = 1800;
    private static final int LAST_YEAR = 2199;

    private FileNameDate() {
    }

    /** The one date in {@code fileName}; empty when there is none, or two that disagree. */
    static Optional<PublicationDate> of(String fileName) {
        Matcher m = ISO_DATE.matcher(fileName);
        LocalDate found = null;
        while (m.find()) {
            LocalDate date = parse(m);
            if (date == null) {
                continue;
            }
            if (found != null && !found.equals(date)) {
                return Optional.empty();
            }
            found = date;
        }
        return Optional.ofNullable(found).map(PublicationDate::day);
    }

    private static LocalDate parse(Matcher m) {
        LocalDate date = TextMetadata.date(m.group());
        return date == null || date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR ? null : date;
    }
}
