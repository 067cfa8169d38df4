package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SpeakerResolverTest {

    private final SpeakerResolver resolver = new SpeakerResolver();

    @Test
    void titledNameKeepsTheName() {
        assertEquals(Optional.of("Farhad Alaadin"),
                resolver.resolve("Sudani's foreign affairs advisor Farhad Alaadin").name());
        assertEquals(Optional.of("Najib Mikati"),
                resolver.resolve("The office of Lebanese caretaker prime minister Najib Mikati").name());
        assertEquals(Optional.of("Reuters"), resolver.resolve("Reuters").name());
        assertEquals(Optional.of("Mohammed Shia al-Sudani"),
                resolver.resolve("Iraqi Prime Minister Mohammed Shia al-Sudani").name());
    }

    @Test
    void aRelativeClauseDescribesTheNameBeforeIt() {
        // the last capitalised words are inside the clause; the speaker is the one it describes
        assertEquals(Optional.of("Qani"),
                resolver.resolve("Qani, whose predecessor was killed by a U.S. drone strike in Baghdad").name());
        assertEquals(Optional.of("Maria Lopez"),
                resolver.resolve("Maria Lopez, who chairs the Senate Finance Committee").name());
    }

    @Test
    void descriptionsAreAnonymous() {
        Speaker s = resolver.resolve("a senior Iraqi security official");
        assertFalse(s.isNamed());
        assertEquals("a senior Iraqi security official", s.description());
        assertFalse(resolver.resolve("Circles close to the factions").isNamed());
        assertFalse(resolver.resolve("he").isNamed());
        assertFalse(resolver.resolve("a source close to the Hezbollah group in Lebanon").isNamed());
        assertFalse(resolver.resolve("two political sources close to Hezbollah").isNamed());
        assertFalse(resolver.resolve("a Shi’ite politician from the ruling coalition").isNamed());
    }

    @Test
    void countsTheSources() {
        assertEquals(OptionalInt.of(5), resolver.resolve("five of the sources").count());
        assertEquals(OptionalInt.of(5), resolver.resolve("5 of the sources").count());
        assertEquals(OptionalInt.empty(), resolver.resolve("an informed source").count());
    }
}
