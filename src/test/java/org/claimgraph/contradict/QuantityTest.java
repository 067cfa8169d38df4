package org.claimgraph.contradict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers as intervals, with measure and period: which pairs can both hold. */
class QuantityTest {

    private final QuantityReader reader = new QuantityReader(ActorGazetteer.fromLexicon());

    private Quantity only(String text) {
        List<Quantity> qs = reader.read(Text.normalise(text));
        assertEquals(1, qs.size(), text + " gave " + qs);
        return qs.get(0);
    }

    @Test
    void intervalsFollowTheQualifier() {
        assertEquals(Interval.bounded("above", 150), only("there have been more than 150 attacks on US forces").value());
        assertEquals(Interval.bounded("about", 160), only("some 160 attacks on U.S. military installations").value());
        assertEquals(Interval.bounded("above", 160), only("after 160-plus attacks against U.S. forces").value());
        assertEquals(Interval.bounded("below", 100), only("fewer than 100 attacks on US forces").value());
        assertEquals(Interval.bounded("about", 2500), only("The US currently has some 2,500 troops in Iraq").value());
        assertEquals(Interval.exact(3), only("after the attack that 3 Americans were killed").value());
    }

    @Test
    void moreThan150AndSome160Agree() {
        Quantity a = only("there have been more than 150 attacks on US forces");
        Quantity b = only("some 160 attacks on U.S. military installations in Iraq and Syria");
        assertTrue(a.comparableWith(b));
        assertFalse(a.conflictsWith(b));
    }

    @Test
    void fewerThan100And160PlusConflict() {
        Quantity a = only("fewer than 100 attacks on US forces since October");
        Quantity b = only("after 160-plus attacks against U.S. forces");
        assertTrue(a.comparableWith(b), a + " / " + b);
        assertTrue(a.conflictsWith(b));
    }

    @Test
    void twentyInTwoWeeksIsAnotherPeriod() {
        List<Quantity> qs = reader.read(Text.normalise("There have been no attacks on U.S. forces in Iraq and Syria "
                + "since February 4, but there were more than 20 in the two weeks before Qaani's visit"));
        Quantity twenty = qs.stream().filter(q -> q.phrase().contains("20")).findFirst().orElseThrow();
        assertEquals("attacks|" + ActorGazetteer.fromLexicon().keyOf("United States"), twenty.measure());
        assertTrue(twenty.period().contains("two weeks"), twenty.period());
        Quantity some160 = only("some 160 attacks on U.S. military installations in Iraq and Syria");
        assertFalse(twenty.comparableWith(some160));
        assertFalse(twenty.conflictsWith(some160));
    }

    @Test
    void datesYearsAndMoneyAreNotCounts() {
        assertEquals(List.of(), reader.read(Text.normalise("the last strike was on February 4 in 2024")));
        assertEquals(List.of(), reader.read(Text.normalise("access to $10 billion in frozen funds")));
        assertEquals(List.of(), reader.read(Text.normalise("five of the sources said")));
    }

    @Test
    void intervalEdges() {
        assertFalse(Interval.bounded("above", 100).overlaps(Interval.bounded("atmost", 100)));
        assertTrue(Interval.bounded("atleast", 100).overlaps(Interval.bounded("atmost", 100)));
        assertFalse(Interval.bounded("below", 5).overlaps(Interval.exact(5)));
        assertTrue(Interval.bounded("below", 100).overlaps(Interval.exact(100)), "a round 100 may be 99");
        assertTrue(Interval.exact(160).overlaps(Interval.bounded("nearly", 165)));
        assertTrue(Interval.exact(3).overlaps(Interval.exact(3)));
        assertFalse(Interval.exact(3).overlaps(Interval.exact(4)));
    }
}
