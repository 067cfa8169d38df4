package org.claimgraph.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.claimgraph.rdf.Vocab.CG;
import org.junit.jupiter.api.Test;

/** The kind of a copy read from its text alone, on hand-made originals and copies. */
class CopyKindsTest {

    private static final String ORIGINAL = """
            BAGHDAD (Reuters) - A visit to Baghdad by the commander of Iran's Quds Force, Esmail Qaani, has \
            halted attacks on U.S. forces, five Iraqi sources told Reuters. Qaani met the factions at the \
            airport, the sources said. Iraqi Prime Minister Mohammed Shia al-Sudani said he had warned all \
            parties that escalation would destabilise Iraq. The United States has some 2,500 troops in Iraq, \
            officials said.""";

    @Test
    void aCopyStandingWordForWordInAnotherIsAReprint() {
        String copy = "Source: Reuters\n" + ORIGINAL.replace("  ", " ");
        assertEquals(CG.Reprint, CopyKinds.infer(copy, Optional.of(ORIGINAL)));
        assertEquals(1.0, CopyKinds.verbatimShare(copy, ORIGINAL), 1e-9);
        assertEquals(CG.Reprint, CopyKinds.infer(ORIGINAL), "a plain report shows no tell");
    }

    @Test
    void reportingVerbsSwappedThroughoutMakeASpunCopy() {
        String spun = """
                A go to to Baghdad by the commander of Iran's Quds Drive, Esmail Qaani, has halted assaults on \
                US forces, 5 Iraqi sources instructed Reuters. Qaani met the factions on the airport, the sources \
                mentioned. Iraqi Prime Minister Mohammed Shia al-Sudani mentioned he had warned all events that \
                escalation would destabilise Iraq. The US has some 2,500 troops in Iraq, officers mentioned.""";
        assertEquals(CG.SpunCopy, CopyKinds.infer(spun, Optional.of(ORIGINAL)));
        assertEquals(CG.SpunCopy, CopyKinds.infer(spun));
    }

    @Test
    void spellingVariantsCutNamesAndStrayFragmentsMakeAMachineTranslation() {
        String machine = """
                A visit to Baghdad by the commander of Iran's Quds Force, Esmail Qaani, put a pause on attacks on \
                U.S. forces, five Iraqi sources told Reuters. people revealed. Qani met the factions at the \
                airport, sources said. Iraqi Prime Minister Mohammad Shia al-Sudani said he warned all parties \
                escalation will destabilize Iraq. said. Sudan has about 2,500 U.S. troops, officials said.""";
        CopyKinds.Signs signs = CopyKinds.signs(machine);
        assertEquals(1, signs.spellingVariants(), signs.toString()); // Qaani, Qani
        assertEquals(1, signs.cutNames(), signs.toString());         // Sudan beside al-Sudani
        assertEquals(2, signs.fragments(), signs.toString());        // "people revealed." "said."
        assertEquals(CG.MachineTranslation, CopyKinds.infer(machine, Optional.of(ORIGINAL)));
    }

    @Test
    void abbreviationsAndPossessivesAreNoSigns() {
        String plain = """
                A Defense Department spokesman, Maj. Gen. Pat Ryder, spoke at the Pentagon. Iraq's officials and \
                U.S. officials met. Mr. Hussein and Mr. Hassan are two people, Kata'ib Hezbollah's and \
                Kataib Hezbollah's statements said.""";
        CopyKinds.Signs signs = CopyKinds.signs(plain);
        assertEquals(new CopyKinds.Signs(false, 0, 0, 0, 0, 1), signs);
        assertEquals(CG.Reprint, CopyKinds.infer(plain));
    }

    @Test
    void anExplicitTranslatorCreditMakesATranslation() {
        String credited = ORIGINAL + "\n\nTranslated by: Shafaq News\n";
        assertEquals(CG.Translation, CopyKinds.infer(credited, Optional.empty()));
        String inline = "Iraqi factions halted attacks, The National said in a report translated by Shafaq News Agency. "
                + ORIGINAL;
        assertEquals(CG.Translation, CopyKinds.infer(inline));
    }
}
