package org.claimgraph.ingest;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A publication date as precise as the source says: a day, a month ("2024-02") or a year. Kept
 * apart from LocalDate so that "February 2024" is never passed off as 1 February.
 *
 * @param first     the first day of the period
 * @param precision how much of {@code first} is known
 */
public record PublicationDate(LocalDate first, Precision precision) {

    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern FORM = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public static PublicationDate day(LocalDate date) {
        return new PublicationDate(date, Precision.DAY);
    }

    /**
     * Parses yyyy-MM-dd, yyyy-MM or yyyy.
     *
     * @throws IllegalArgumentException saying what is wrong, in words fit for a user
     */
    public static PublicationDate parse(String value) {
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("is not yyyy-MM-dd, yyyy-MM or yyyy");
        }
        try {
            return switch (value.length()) {
                case 4 -> new PublicationDate(Year.parse(value).atDay(1), Precision.YEAR);
                case 7 -> new PublicationDate(YearMonth.parse(value).atDay(1), Precision.MONTH);
                default -> day(LocalDate.parse(value));
            };
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("is not a calendar date");
        }
    }

    /** The ISO form at this precision, which is also the lexical form of xsd:date, gYearMonth or gYear. */
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.format("%04d", first.getYear());
            case MONTH -> YearMonth.from(first).toString();
            case DAY -> first.toString();
        };
    }
}
