package org.claimgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

class ActorResolverTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load(Path.of("data/gazetteer.ttl"));

    private static ArticleActors resolve(String text) {
        return new EntityFinder(GAZETTEER).find(text, Optional.empty()).actors();
    }

    private static ArticleActor actorOf(ArticleActors actors, String text, String surface) {
        int at = text.indexOf(surface);
        return actors.named(new org.claimgraph.extract.Span(at, at + surface.length()))
                .orElseThrow(() -> new AssertionError("nothing at " + surface));
    }

    @Test
    void fullNameSurnameTitleDescriptionAndPronounAreOnePerson() {
        String text = "Iraqi Prime Minister Mohammed Shia al-Sudani met envoys on Monday. Mr. Sudani said the talks "
                + "went well. The prime minister added that more were planned. He did not say when.";
        ArticleActors actors = resolve(text);
        ArticleActor sudani = actorOf(actors, text, "Mohammed Shia al-Sudani");
        assertEquals(sudani, actorOf(actors, text, "Sudani said"));
        assertEquals(sudani, actorOf(actors, text, "The prime minister"));
        assertEquals(sudani, actorOf(actors, text, "He did"));
        assertTrue(sudani.titles().contains("Iraqi Prime Minister"));
    }

    /** Seed 001's "he" is the prime minister who received the invitation, not the vice president who sent it. */
    @Test
    void aPronounPrefersItsSentencesSubjectToAPersonAfterAPreposition() {
        String text = "Iraqi Prime Minister Mohammed Shia al-Sudani met envoys. The prime minister has even received an "
                + "invitation from US Vice President Kamala Harris, reflecting the position he has managed to reach.";
        ArticleActors actors = resolve(text);
        ArticleActor sudani = actorOf(actors, text, "Mohammed Shia al-Sudani");
        assertEquals(sudani, actorOf(actors, text, "he has"));
        assertNotEquals(sudani, actorOf(actors, text, "Kamala Harris"));

        String only = "Envoys arrived. The invitation came from Vice President Kamala Harris, and she said nothing.";
        ArticleActors alone = resolve(only);
        assertEquals(actorOf(alone, only, "Kamala Harris"), actorOf(alone, only, "she said"),
                "with no other person to refer to, the person after the preposition remains the antecedent");
    }

    @Test
    void aNewSpellingOfAKnownNameFindsTheGazetteerEntry() {
        String text = "Commander Esmaeil Ghaani arrived in Baghdad.";
        ArticleActor a = actorOf(resolve(text), text, "Esmaeil Ghaani");
        assertEquals(Optional.of("Esmail Qaani"), a.known().map(GazetteerEntry::prefLabel));
    }

    /** The nisba rule applies only where a Sudani is in the article and "Sudan" acts like a speaker. */
    @Test
    void sudanIsTheCountryUnlessTheTextMakesItThePrimeMinister() {
        String mistranslated = "Prime Minister Mohammed Shia al-Sudani spoke. Sudan has declared the coalition a magnet.";
        assertEquals("Mohammed Shia al-Sudani",
                actorOf(resolve(mistranslated), mistranslated, "Sudan has").prefLabel());

        String country = "Prime Minister Mohammed Shia al-Sudani spoke. Aid to Sudan has declined since the war.";
        assertEquals(ActorType.COUNTRY, actorOf(resolve(country), country, "Sudan has").type());

        String noSudani = "Sudan has declared a state of emergency.";
        assertEquals("Sudan", actorOf(resolve(noSudani), noSudani, "Sudan").prefLabel());
    }

    @Test
    void hezbollahAndKataibHezbollahAreTwoActorsWithOrWithoutTheGazetteer() {
        String text = "Kata’ib Hezbollah is separate from the Hezbollah militia in Lebanon. Hezbollah said nothing.";
        for (Gazetteer g : List.of(GAZETTEER, Gazetteer.empty())) {
            ArticleActors actors = new EntityFinder(g).find(text, Optional.empty()).actors();
            ArticleActor kh = actorOf(actors, text, "Kata’ib Hezbollah");
            ArticleActor hezbollah = actorOf(actors, text, "Hezbollah militia");
            assertTrue(kh != hezbollah && !kh.key().equals(hezbollah.key()), "merged with " + g.entries().size());
            assertEquals(hezbollah, actorOf(actors, text, "Hezbollah said"));
        }
    }

    @Test
    void ammanIsNotOmanAndSaddamHusseinIsNotAbuHussein() {
        String text = "Talks were held in Amman and in the Sultanate of Oman. Saddam Hussein is long dead; "
                + "Abu Hussein al-Hamidawi leads the group.";
        ArticleActors actors = resolve(text);
        assertTrue(actorOf(actors, text, "Amman") != actorOf(actors, text, "Sultanate of Oman"));
        assertTrue(actorOf(actors, text, "Saddam Hussein") != actorOf(actors, text, "Abu Hussein al-Hamidawi"));
    }

    @Test
    void usersExtendTheGazetteerWithoutCode() {
        String ttl = """
                @prefix cg: <https://w3id.org/claimgraph/ontology#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://example.org/falih-hassan> a cg:Person ;
                    skos:prefLabel "Falih Hassan" ; skos:altLabel "Faleh Hasan" .
                """;
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(ttl.getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);
        Gazetteer g = Gazetteer.from(m);
        String text = "Reporting was contributed by Faleh Hasan from Baghdad.";
        ArticleActor a = actorOf(new EntityFinder(g).find(text, Optional.empty()).actors(), text, "Faleh Hasan");
        assertEquals("https://example.org/falih-hassan", a.known().orElseThrow().iri());
    }

    @Test
    void theAcronymUsIsNotTheWordAs() {
        String text = "As talks resumed, the US said it would stay.";
        ArticleActors actors = resolve(text);
        assertEquals("United States", actorOf(actors, text, "US").prefLabel());
        assertTrue(actors.named(new org.claimgraph.extract.Span(0, 2)).isEmpty());
    }

    /** Must-not-merge pairs met on news outside the seeds: a folded key alone is not a name. */
    @Test
    void aFoldedKeyAloneDoesNotMakeAWordAKnownName() {
        String text = "Aid reached Syria on Monday. The nurse Sarah Jones said the need was great. "
                + "A fan of Tim Kaine cheered.";
        ArticleActors actors = resolve(text);
        assertTrue(actorOf(actors, text, "Sarah Jones").known().isEmpty(), "Sarah is not Syria");
        assertEquals("Tim Kaine", actorOf(actors, text, "Tim Kaine").prefLabel());
        assertTrue(actorOf(actors, text, "Syria").known().isPresent());
    }

    @Test
    void anAcronymOrAStateIsNoSurname() {
        String text = "North Korea's leader, Kim Jong Un, defied the U.N. again. Diplomats at the U.N. protested. "
                + "Gov. Earl Ray Tomblin of West Virginia praised the deal; coal from Virginia was cheaper.";
        ArticleActors actors = resolve(text);
        int un = text.indexOf("U.N. protested");
        assertTrue(actors.named(new org.claimgraph.extract.Span(un, un + 4))
                .filter(a -> a.equals(actorOf(actors, text, "Kim Jong Un"))).isEmpty(), "U.N. is not Kim Jong Un");
        int virginia = text.lastIndexOf("Virginia");
        assertTrue(actors.named(new org.claimgraph.extract.Span(virginia, virginia + 8))
                .filter(a -> a.equals(actorOf(actors, text, "Earl Ray Tomblin"))).isEmpty(),
                "Virginia is not Tomblin");
    }

    @Test
    void anAdIsNotTheCandidateAndAPaperIsNotTheCountry() {
        String text = "Donald Trump spoke on Monday. A narrator in the new Clinton ad asks why. "
                + "A reporter for USA Today asked the United States envoy.";
        ArticleActors actors = resolve(text);
        int ad = text.indexOf("Clinton ad");
        assertTrue(actors.named(new org.claimgraph.extract.Span(ad + 8, ad + 10)).isEmpty(), "the ad is no name");
        assertNotEquals(actorOf(actors, text, "USA Today"), actorOf(actors, text, "United States"));
    }

    /** Seed 003: "the group" must not go back to the Quds Force, an organ of the Iranian state. */
    @Test
    void theGroupNeverRefersToAStateBody() {
        String text = "The commander of Iran’s elite Quds Force visited Baghdad. Washington accused the group of "
                + "killing three soldiers.";
        ArticleActors actors = resolve(text);
        int at = text.indexOf("the group");
        assertTrue(actors.named(new org.claimgraph.extract.Span(at, at + 9)).isEmpty(), "the group stays unresolved");

        String militia = "Kataib Hezbollah announced a pause. The Pentagon said the group had attacked its troops.";
        ArticleActors withMilitia = resolve(militia);
        assertEquals("Kata'ib Hezbollah", actorOf(withMilitia, militia, "the group").prefLabel(),
                "the militia named before the Pentagon is the group");
    }

    @Test
    void aSurnameGoesToTheNearestFullNameWithIt() {
        String text = "Hillary Clinton spoke first. Later Bill Clinton took the stage, and Clinton said the economy "
                + "had grown. Mrs. Clinton smiled; former President Clinton waved.";
        ArticleActors actors = resolve(text);
        ArticleActor bill = actorOf(actors, text, "Bill Clinton");
        ArticleActor hillary = actorOf(actors, text, "Hillary Clinton");
        assertEquals("Bill Clinton", bill.prefLabel());
        assertEquals(bill, actorOf(actors, text, "Clinton said"));
        assertEquals(hillary, actorOf(actors, text, "Mrs. Clinton"));
        assertEquals(bill, actorOf(actors, text, "former President Clinton"));
    }

    @Test
    void aResolvedSurnameIsAnAntecedentToo() {
        String text = "President Obama campaigned on Sunday. Mr. Obama and the first lady, Michelle Obama, will "
                + "travel. Mr. Obama won Ohio twice. \"We made progress over Obama years,\" a voter said.";
        ArticleActors actors = resolve(text);
        assertEquals("Barack Obama", actorOf(actors, text, "Obama years").prefLabel());
        assertEquals("Michelle Obama", actorOf(actors, text, "Michelle Obama").prefLabel());
    }

    @Test
    void aRelativeNamedAsARelativeIsNoAntecedentOfTheSurname() {
        String text = "Hillary Clinton was headed to an emergency room but detoured to daughter Chelsea Clinton's "
                + "apartment. Clinton had told police officials nothing.";
        ArticleActors actors = resolve(text);
        assertEquals("Hillary Clinton", actorOf(actors, text, "Clinton had").prefLabel());
    }

    @Test
    void partyTagsAndFirmsAreNoPersons() {
        String text = "Democratic Sen. Claire McCaskill (D-Mo.) scolded him, and then she said more. Lynch worked "
                + "at a law firm, Moore & Van Allen, where she said clients ignored her.";
        ArticleActors actors = resolve(text);
        int tag = text.indexOf("D-Mo");
        assertTrue(actors.named(new org.claimgraph.extract.Span(tag, tag + 4)).isEmpty(), "D-Mo is no name");
        assertEquals("Claire McCaskill", actorOf(actors, text, "she said more").prefLabel());
        assertEquals(ActorType.ORGANIZATION, actorOf(actors, text, "Moore & Van Allen").type());
    }

    @Test
    void aMiddleInitialEndsNoName() {
        String text = "Another possibility is Del. Jennifer L. McClellan (D-Richmond), a corporate attorney.";
        ArticleActor a = actorOf(resolve(text), text, "McClellan");
        assertEquals("Jennifer L. McClellan", a.prefLabel());
    }

    @Test
    void withNoFullNameTheGazetteerDecidesBySurnameAndTitle() {
        String text = "Clinton led in the polls. Mr. Clinton campaigned in Ohio. Secretary Clinton answered.";
        ArticleActors actors = resolve(text);
        assertEquals("Hillary Clinton", actorOf(actors, text, "Clinton led").prefLabel());
        assertEquals("Bill Clinton", actorOf(actors, text, "Mr. Clinton").prefLabel());
        assertEquals("Hillary Clinton", actorOf(actors, text, "Secretary Clinton").prefLabel());

        String trumps = "Ivanka Trump introduced her father. Trump thanked the crowd. Donald Trump Jr. spoke next, "
                + "and Trump said little.";
        ArticleActors family = resolve(trumps);
        assertEquals("Ivanka Trump", actorOf(family, trumps, "Trump thanked").prefLabel(),
                "a surname goes to the nearest full name, whoever the gazetteer's default is");
        assertEquals("Donald Trump Jr.", actorOf(family, trumps, "Trump said").prefLabel());
    }

    @Test
    void placesThatFoldAlikeStayApartButTransliterationsStillMeet() {
        String text = "Many tourists flew on to Giza City from Gaza City last year, the ministry said.\n"
                + "Commander Esmail Qaani met some of Qani's aides; later Mr. Khani left the city.\n"
                + "In the past, Kataib Hezbollah and then Kata'ib Hezbollah and also Kataeb Hezbollah were named.\n"
                + "The envoy Amos Hockstein met the aides of Amos Hochstein at the office.";
        for (Gazetteer g : List.of(GAZETTEER, Gazetteer.empty())) {
            ArticleActors actors = new EntityFinder(g).find(text, Optional.empty()).actors();
            ArticleActor giza = actorOf(actors, text, "Giza City");
            ArticleActor gaza = actorOf(actors, text, "Gaza City");
            assertNotEquals(giza, gaza, "Giza City and Gaza City fold alike");
            assertNotEquals(giza.key(), gaza.key(), "so would their IRIs across articles");
            ArticleActor qaani = actorOf(actors, text, "Esmail Qaani");
            assertEquals(qaani, actorOf(actors, text, "Qani"));
            assertEquals(qaani, actorOf(actors, text, "Khani"));
            ArticleActor kh = actorOf(actors, text, "Kataib Hezbollah");
            assertEquals(kh, actorOf(actors, text, "Kata'ib Hezbollah"));
            assertEquals(kh, actorOf(actors, text, "Kataeb Hezbollah"));
            assertEquals(actorOf(actors, text, "Amos Hockstein").key(), actorOf(actors, text, "Amos Hochstein").key());
        }
    }

    @Test
    void aPronounAgreesWithThePersonsSex() {
        String text = "Hillary Clinton, like Barack Obama, has said she will hold firm.";
        ArticleActors actors = resolve(text);
        assertEquals(actorOf(actors, text, "Hillary Clinton"), actorOf(actors, text, "she will"));

        String him = "Trump urged Clinton to answer, and he called her weak.";
        ArticleActors two = resolve(him);
        assertEquals("Donald Trump", actorOf(two, him, "he called").prefLabel());
    }

    @Test
    void aPronounAfterAQuotationDoesNotReachIntoIt() {
        String text = "Barack Obama spoke at length. \"If Donald Trump is elected, the agency will change,\" he said.";
        ArticleActors actors = resolve(text);
        assertEquals("Barack Obama", actorOf(actors, text, "he said").prefLabel());
    }

    @Test
    void aPersonIntroducedWithWhoIsTheNearerAntecedent() {
        String text = "Donald Trump refused to pay an architect who said he was stiffed.";
        ArticleActors actors = resolve(text);
        int at = text.indexOf("he was");
        assertTrue(actors.named(new org.claimgraph.extract.Span(at, at + 2)).isEmpty());
    }

    @Test
    void treatiesGroupsAndShowsAreNoPersons() {
        String text = "His obsession with the North American Free Trade Agreement is old. But he spoke. "
                + "The president told African-Americans he would be insulted. Her father joined the John Birch "
                + "Society, and he read its tracts. Even Friday, he claimed it.";
        ArticleActors actors = resolve(text);
        int nafta = text.indexOf("Free Trade");
        assertTrue(actors.named(new org.claimgraph.extract.Span(nafta, nafta + 10)).isEmpty(), "a treaty is no actor");
        assertNotEquals(ActorType.PERSON, actorOf(actors, text, "African-Americans").type());
        assertEquals(ActorType.ORGANIZATION, actorOf(actors, text, "John Birch Society").type());
        int friday = text.indexOf("Even Friday");
        assertTrue(actors.named(new org.claimgraph.extract.Span(friday, friday + 11)).isEmpty(), "no name");
        for (String he : List.of("he spoke", "he would", "he read", "he claimed")) {
            int at = text.indexOf(he);
            actors.named(new org.claimgraph.extract.Span(at, at + 2)).ifPresent(a ->
                    assertEquals(ActorType.PERSON, a.type(), he + " went to " + a.prefLabel()));
        }
    }

    @Test
    void officesDistrictsAndCitiesAreNoPersons() {
        String text = "The General Assembly established U.N. Women last year. He spoke at the office for the "
                + "Eastern District of New York on Monday, and she said New York state pays too little.";
        ArticleActors actors = resolve(text);
        assertNotEquals(ActorType.PERSON, actorOf(actors, text, "U.N. Women").type());
        assertEquals(ActorType.PLACE, actorOf(actors, text, "Eastern District of New York").type());
        assertEquals(ActorType.PLACE, actorOf(actors, text, "New York state").type());
        int she = text.indexOf("she said");
        assertTrue(actors.named(new org.claimgraph.extract.Span(she, she + 3)).isEmpty(), "nobody for she");
    }

    @Test
    void aPersonAfterAPrepositionInTheSentenceBeforeYieldsToTheSubject() {
        String text = "Donald Trump is a disgusting fraud, the lawmakers said. He would not have done that to a "
                + "Mitt Romney. He would not have done that to any other man.";
        ArticleActors actors = resolve(text);
        int second = text.lastIndexOf("He would");
        assertEquals("Donald Trump", actors.named(new org.claimgraph.extract.Span(second, second + 2))
                .orElseThrow().prefLabel());
    }

    @Test
    void aFullNameWithAKnownFirstNameLendsItsSurnameWithoutAGazetteer() {
        String text = "The campaign invited Alicia Machado to speak. Later Machado said she would stand up to it.";
        ArticleActors actors = new EntityFinder(Gazetteer.empty()).find(text, Optional.empty()).actors();
        ArticleActor machado = actorOf(actors, text, "Alicia Machado");
        assertEquals(machado, actorOf(actors, text, "Machado said"));
        assertEquals(machado, actorOf(actors, text, "she would"));

        String alabama = "Muhammad Ali was remembered in Selma, Ala. on Saturday.";
        ArticleActors two = new EntityFinder(Gazetteer.empty()).find(alabama, Optional.empty()).actors();
        int ala = alabama.indexOf("Ala.");
        assertTrue(two.named(new org.claimgraph.extract.Span(ala, ala + 3))
                .filter(a -> a.prefLabel().equals("Muhammad Ali")).isEmpty(), "Ala. is not Ali");
    }
}
