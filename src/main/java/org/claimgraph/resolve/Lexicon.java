package org.claimgraph.resolve;

import java.util.Set;

/**
 * Closed word lists for mention finding: titles that attach to a person, words that head organisation
 * names, and capitalised words that never name an actor. Lower case, typographic apostrophes folded.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** A set that tolerates a word listed twice, so the lists can be edited without care for repeats. */
    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** Titles and roles written before or around a name ("Prime Minister", "Gen.", "commander"). */
    static final Set<String> TITLES = set(
            "prime", "minister", "president", "vice", "speaker", "commander", "general", "gen.", "maj.",
            "lt.", "col.", "sgt.", "capt.", "mr.", "mrs.", "ms.", "dr.", "sen.", "gov.", "leader", "chief",
            "head", "spokesman", "spokeswoman", "spokesperson", "envoy", "advisor", "adviser", "pm", "premier",
            "caretaker", "former", "then", "deputy", "acting", "senior", "top", "secretary", "ambassador",
            "king", "sheikh", "ayatollah", "cleric", "official", "strategist", "foreign", "affairs", "defense",
            "defence", "military", "security", "government", "elite", "supreme", "chairman", "founder",
            "activist", "rev.", "rep.", "sens.", "reps.", "officer", "lt", "del.", "chairwoman", "chancellor", "democratic",
            "republican", "libertarian", "interim");

    /** Titles that only a person bears, so a name after them is a person. */
    static final Set<String> PERSON_TITLES = set(
            "president", "minister", "commander", "gen.", "general", "maj.", "mr.", "mrs.", "ms.", "dr.",
            "speaker", "envoy", "leader", "chief", "spokesman", "spokeswoman", "spokesperson", "advisor",
            "adviser", "pm", "premier", "sheikh", "ayatollah", "secretary", "ambassador", "king", "sen.",
            "lt.", "col.", "sgt.", "capt.", "gov.", "chairman", "founder", "official", "strategist", "rep.", "sens.",
            "rev.", "officer", "del.");

    /** Last words of organisation names. */
    static final Set<String> ORG_HEADS = set(
            "forces", "force", "brigades", "brigade", "movement", "party", "ministry", "department", "council",
            "army", "guards", "guard", "group", "framework", "commission", "embassy", "office", "corps",
            "committee", "front", "organization", "organisation", "union", "militia", "bank", "company",
            "university", "institute", "parliament", "government", "coalition", "alliance", "authority",
            "cabinet", "court", "police", "agency", "division", "unit", "resistance", "house", "pentagon",
            "society", "foundation", "association", "league", "fund", "museum", "club", "caucus",
            "administration", "assembly", "legislature", "board", "college", "academy", "church", "hospital", "corporation", "institution", "federation");

    /** Last words of news outlet names. */
    static final Set<String> OUTLET_HEADS = set(
            "news", "times", "post", "press", "tribune", "herald", "journal", "gazette", "telegraph",
            "guardian", "agency", "tv", "television", "radio", "network", "daily", "show");

    /** Capitalised words that start a sentence or a phrase but never name an actor. */
    static final Set<String> NOT_NAMES = set(
            "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "to", "for", "of", "and",
            "or", "but", "if", "as", "after", "before", "since", "while", "when", "with", "without", "by",
            "from", "according", "also", "however", "meanwhile", "earlier", "shortly", "instead", "despite",
            "although", "though", "following", "among", "asked", "speaking", "interviews", "reporting",
            "participating", "involved", "less", "more", "most", "many", "some", "several", "other", "others",
            "another", "each", "both", "all", "any", "no", "not", "there", "here", "it", "its", "he", "she",
            "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "who", "what", "which",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "last",
            "next", "then", "now", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.",
            "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "photo", "source", "link", "tt",
            "articles", "translated", "revenge", "without", "over", "under", "within", "let", "do", "does",
            "did", "is", "are", "was", "were", "be", "has", "have", "had", "will", "would", "could", "should",
            "can", "may", "might", "must", "shiite", "shi'ite", "sunni", "islamic", "jihad", "god", "allah",
            "western", "eastern", "northern", "southern", "regional", "widespread", "undeclared", "airport",
            "security", "diplomatic", "initiative", "physical", "address", "circles", "sources", "officials",
            "diplomats", "nine", "ten", "confirming", "revealed", "said", "says", "also", "read", "mr.",
            "commander", "general", "martyr", "american", "americans", "iranians", "israelis", "iraqis",
            "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "i'm", "i'd", "i'll",
            "we're", "kurdish", "palestinian", "arab", "arabs", "turkish", "european", "russian", "chinese",
            "british", "french", "german", "egyptian", "saudi", "qatari", "emirati", "english", "persian",
            "shia", "shiites", "muslim", "christian", "jewish", "even", "later", "ahead");

    /** Last words of names of things, not actors: "North American Free Trade Agreement", "Affordable Care Act". */
    static final Set<String> THING_HEADS = set(
            "agreement", "act", "treaty", "partnership", "accord", "plan", "program", "programme", "bill",
            "amendment", "protocol", "doctrine", "award", "prize", "convention", "resolution");

    /** Plural nouns for kinds of people, not one person: "African-Americans", "Senate Republicans". */
    static final Set<String> GROUP_NOUNS = set(
            "americans", "republicans", "democrats", "latinos", "hispanics", "evangelicals", "millennials",
            "europeans", "mexicans", "muslims", "catholics", "christians", "jews", "asians", "africans",
            "whites", "blacks", "conservatives", "liberals", "progressives", "independents", "libertarians",
            "iraqis", "iranians", "israelis", "palestinians", "syrians", "lebanese", "russians", "voters",
            "women", "men", "children", "students", "workers", "veterans");

    /** First words of place names ("New York", "West Virginia", "San Diego"), never of a person's name. */
    static final Set<String> PLACE_FIRST_WORDS = set(
            "new", "north", "south", "east", "west", "saint", "st.", "san", "santa", "los", "las", "fort", "port",
            "lake", "mount", "upper", "lower", "greater");

    /** Prepositions after which an unknown name is a place ("from New York"). */
    static final Set<String> PLACE_PREPOSITIONS = set("in", "from", "to", "at", "near", "into", "across");

    /** Last words of place names and addresses. */
    static final Set<String> PLACE_HEADS = set(
            "st.", "street", "avenue", "road", "center", "centre", "square", "airport", "base", "border",
            "city", "province", "region", "district", "county", "valley", "island", "islands", "sea", "gulf",
            "strait", "outpost", "camp", "bridge", "port");

    /** Heads of definite descriptions that refer back to an organisation ("the group", "the militia"). */
    static final Set<String> ORG_ANAPHORS = set("group", "militia", "faction", "movement", "party", "organization");

    /** Heads of definite descriptions that refer back to a person by role ("the prime minister"). */
    static final Set<String> ROLE_ANAPHORS = set(
            "prime minister", "pm", "premier", "president", "commander", "leader", "spokesman", "envoy", "speaker");

    static final Set<String> PERSON_PRONOUNS = set("he", "she");

    /** Connectors that may stand inside a name between capitalised words. */
    static final Set<String> CONNECTORS = set("of", "al", "el", "bin", "ibn", "abu", "abd", "de", "van", "von");
}
