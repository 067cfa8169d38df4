package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.claimgraph.ingest.PublicationDate;
import org.junit.jupiter.api.Test;

class RelativeDatesTest {

    private static List<String> resolve(String text, String articleDate) {
        return RelativeDates.find(text, 0, text.length(), Optional.of(PublicationDate.parse(articleDate))).stream()
                .map(f -> f.date().date().toString()).toList();
    }

    @Test
    void weekdaysCountBackFromADayPreciseArticle() {
        // seed 004 is of Tuesday 30 January 2024
        assertEquals(List.of("2024-01-28"), resolve("the attack in Jordan on Sunday", "2024-01-30"));
        assertEquals(List.of("2024-01-30"), resolve("announced on Tuesday", "2024-01-30"));
        assertTrue(resolve("on Sunday", "2024-02").isEmpty(), "a month-precise article cannot anchor a weekday");
    }

    @Test
    void monthAndDayTakeTheArticlesYearOrTheOneBefore() {
        assertEquals(List.of("2024-02-04"), resolve("the last strike was on February 4", "2024-03-20"));
        assertEquals(List.of("2024-02-07"), resolve("in Baghdad on Feb 7", "2024-02"));
        assertEquals(List.of("2023-10-07"), resolve("the Hamas attack on October 7", "2024-03-20"));
        assertEquals(List.of("2024-01-09"), resolve("Baghdad, Iraq January 9, 2024", "2024-02"));
    }

    @Test
    void countedPeriodsAgo() {
        assertEquals(List.of("2020"), resolve("killed near the same airport four years ago", "2024-02"));
        assertEquals(List.of("2024-03"), resolve("told the Financial Times last week", "2024-03-20"));
        assertEquals(List.of("2020"), resolve("The strike in 2020", "2024-02"));
    }
}
