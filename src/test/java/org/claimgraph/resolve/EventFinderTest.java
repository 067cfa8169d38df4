package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.claimgraph.ingest.PublicationDate;
import org.junit.jupiter.api.Test;

/** Events from hand-written sentences: trigger words used in another sense make no event. */
class EventFinderTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load(Path.of("data/gazetteer.ttl"));
    private static final Optional<PublicationDate> DATE = Optional.of(PublicationDate.day(LocalDate.of(2016, 9, 28)));

    private static List<ArticleEvent> events(String text) {
        return new EntityFinder(GAZETTEER).find(text, DATE).events();
    }

    @Test
    void aVisitWithItsVisitorPlaceAndDate() {
        List<ArticleEvent> found = events("Commander Esmail Qaani visited Baghdad on Sunday, officials said.");
        assertEquals(1, found.size());
        ArticleEvent visit = found.get(0);
        assertEquals(EventType.VISIT, visit.type());
        assertEquals("Esmail Qaani", visit.doneBy().orElseThrow().label());
        assertEquals("Baghdad", visit.place().orElseThrow().label());
        assertEquals(LocalDate.of(2016, 9, 25), visit.date().orElseThrow().date().first());
    }

    @Test
    void wordsOfEventsInAnotherSenseMakeNoEvent() {
        String text = "Mr. Barack Obama noted that the most-visited page in China was the air monitor. "
                + "Since then, Tom Clarke's reclamation work has been meeting regulatory standards in Virginia. "
                + "Many ask how long it will be before we strike back at Islamic State in Syria. "
                + "One after another, companies including Patriot Coal declared bankruptcy in Virginia.";
        assertTrue(events(text).isEmpty(), events(text).toString());
    }

    @Test
    void onlyTalksBetweenNamedSidesCountAnAndAsAParticipant() {
        List<ArticleEvent> found = events("In Honolulu, Barack Obama told a meeting of island leaders about the sea, "
                + "and China was not mentioned.");
        assertTrue(found.stream().noneMatch(e -> e.participants().stream().anyMatch(p -> p.label().equals("China"))),
                found.toString());
        List<ArticleEvent> talks = events("The talks between Iran and Iraq resumed in Baghdad on Sunday.");
        assertEquals(1, talks.size());
        assertEquals(List.of("Iran", "Iraq"), talks.get(0).participants().stream().map(EntityRef::label).sorted().toList());
    }
}
