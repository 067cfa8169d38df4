package org.claimgraph.extract;

import java.util.Set;

/**
 * Closed-class English words the rules use in place of a POS tagger (which would cost far more
 * than the whole extraction budget). Hand-written.
 */
final class WordClasses {

    private WordClasses() {
    }

    /** Auxiliaries and adverbs that belong to the cue when they sit right before the cue verb. */
    static final Set<String> CUE_PREFIX = words(
            "has", "have", "had", "also", "would", "will", "could", "can", "may", "might", "should", "must",
            "did", "does", "do", "is", "are", "was", "were", "been", "be", "'s", "’s", "not", "n't", "never",
            "previously", "reportedly", "repeatedly", "publicly", "privately", "later", "earlier", "once",
            "recently", "again", "further", "already", "often", "just", "still", "even", "flatly", "firmly",
            "strongly", "openly", "initially", "frequently", "separately", "explicitly", "clearly", "now", "long",
            "both", "always", "soon", "first", "’ve", "'ve", "’d", "'d", "’ll", "'ll", "being");

    /** Words that may stand between a source and its cue without belonging to either. */
    static final Set<String> TIME_WORDS = words(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
            "today", "tonight", "however", "though", "too", "meanwhile", "now");

    /** Words that end a noun phrase when walking left from a cue: a clause starts after them. */
    static final Set<String> CLAUSE_BOUNDARY = words(
            "that", "and", "but", "or", "nor", "while", "when", "whenever", "as", "if", "after", "before",
            "since", "although", "though", "because", "where", "whereas", "so", "than", "meanwhile",
            "however", "yet", "whether", "unless", "until", "once", "also", "then", "instead", "therefore",
            "thus", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should",
            "can", "may", "might", "must", "do", "does", "did", "to", "not", "be", "been", "being", "said",
            "from", "in", "of", 
            "says", "say", "told", "about", "over", "with", "by", "for", "against", "on", "into", "at",
            "amid", "during", "despite", "through", "under", "about", "why", "what", "how",
            "there", "here", "it's", "it’s", "we're", "they're", "i'm", "even", "make", "let");

    /** Relative pronouns: "..., who said" takes the pronoun itself as source (PolNeAR: no coreference). */
    static final Set<String> RELATIVE = words("who", "which", "whom", "that");

    /** Determiners and possessives: a cue-verb form right after one is a noun ("the report"). */
    static final Set<String> DETERMINER = words(
            "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your",
            "no", "any", "each", "every", "such", "another", "first", "new", "latest", "of", "in",
            "whose", "initial", "recent", "previous", "for", "to", "from");

    /** Pronoun and common objects that stand as the recipient after "told". */
    static final Set<String> RECIPIENT_WORDS = words(
            "me", "us", "him", "her", "them", "you", "reporters", "journalists", "supporters", "voters",
            "lawmakers", "the", "a", "an", "his", "their", "its", "our", "crowd", "audience", "congress");

    static final Set<String> WEEKDAYS = words(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    static final Set<String> SUBJECT_PRONOUN = words("he", "she", "they", "it", "we", "i", "you", "there", "this");

    /** Conjunctions that open a content clause as "that" does. */
    static final Set<String> COMPLEMENTIZER = words("whether", "if", "how", "why", "what", "who", "when", "where");

    /** Lower-case words allowed inside a name before a headline colon ("Clinton camp:"). */
    static final Set<String> NAME_PARTS = words("camp", "campaign", "spokesman", "spokeswoman", "of", "the",
            "aide", "aides", "adviser", "officials", "official", "source", "sources", "poll", "report", "and");

    static final Set<String> PERSONAL_PRONOUN = words("he", "she", "they", "we", "i", "you", "it", "he’s",
            "she’s", "he's", "she's", "they’ve", "they've", "i’ve", "i've", "we’ve", "we've", "one", "someone",
            "everyone", "nobody", "many", "most", "others", "some", "both", "all", "few");

    /** Words after which an ambiguous cue form is a noun: "support for", "attacks on". */
    static final Set<String> NOUN_FOLLOWER = words("of", "for", "from", "on", "about", "against", "by", "and", "or",
            "in", ",", ".", ";", ":", "with", "at", "is", "are", "was", "were", "has", "have", "had", "will",
            "would", "to", "that", "which", "who", ")", "—", "?", "!");

    /** Capitalised or plain modifiers that make the next word a noun ("Republican attacks"). */
    static final Set<String> ADJECTIVE_LIKE = words("republican", "democratic", "gop", "american", "u.s.",
            "political", "public", "his", "her", "their", "its", "our", "new", "more", "most", "other", "some",
            "many", "several", "few", "recent", "personal", "negative", "positive", "broad", "strong", "popular",
            "campaign", "party", "media", "press", "news", "state", "federal", "white", "house", "senate",
            "congressional", "presidential", "obama", "trump", "clinton", "sanders", "cruz", "rubio");

    /** Surnames in {@link #ADJECTIVE_LIKE} ("Trump attacks"), subjects when a verb's particle follows ("Trump calls for"). */
    static final Set<String> NAME_AS_MODIFIER = words("obama", "trump", "clinton", "sanders", "cruz", "rubio");

    /** Participles of taking sides that follow their holder as a reduced relative: "a group backing Bush". */
    static final Set<String> STANCE_PARTICIPLE = words("supporting", "backing", "opposing", "endorsing", "favoring",
            "favouring");

    /** Prepositions that tie a role to its organisation inside a source: "a spokesman for the campaign". */
    static final Set<String> RELATION_PREPOSITION = words("for", "to", "with", "at", "on", "in", "from", "of");

    /** Role nouns that keep a following preposition inside the source. */
    static final Set<String> ROLE_NOUN = words("spokesman", "spokeswoman", "spokesperson", "aide", "aides",
            "adviser", "advisers", "advisor", "advisors", "official", "officials", "source", "sources", "people",
            "person", "familiar", "close", "briefed", "director", "chairman", "chairwoman", "president", "member",
            "members", "leader", "leaders", "head", "chief", "secretary", "representative", "representatives",
            "staff", "staffer", "staffers", "employee", "employees", "analyst", "analysts", "expert", "experts",
            "professor", "researcher", "researchers", "fellow", "lawyer", "lawyers", "attorney", "ambassador",
            "minister", "ministry", "manager", "strategist", "strategists", "supporters", "supporter", "one",
            "some", "many", "most", "all", "none", "each", "both", "several", "majority", "percent", "half",
            "third", "two-thirds", "share", "number", "editor", "correspondent", "reporter", "counsel",
            "governor", "mayor", "senator", "candidate", "nominee", "commander", "envoy", "delegation",
            "politician", "politicians", "lawmaker", "lawmakers", "diplomat", "diplomats", "activist", "activists",
            "voter", "voters", "resident", "residents", "student", "students", "worker", "workers", "group",
            "groups", "organization", "party", "committee", "council", "office", "figure", "figures", "insider",
            "insiders", "observer", "observers", "critic", "critics", "ally", "allies", "partner", "partners",
            "friend", "friends", "donor", "donors", "delegate", "delegates", "journalist", "journalists", "officer",
            "officers", "agent", "agents", "investigators", "circles", "economist", "economists", "scientist",
            "scientists", "historian", "columnist", "pollster", "consultant", "operative", "veteran", "deputy");

    static final Set<String> NOT_ADVERB = words("only", "early", "family", "italy", "july", "rally", "ally",
            "daily", "weekly", "monthly", "likely", "nearly", "apply", "supply", "reply", "fly", "holy", "ugly");

    /** Words that open a trailing prepositional or time phrase after a cue. */
    static final Set<String> ADVERBIAL_START = words("on", "in", "at", "during", "after", "before", "while",
            "when", "from", "last", "this", "earlier", "later", "recently", "yesterday", "today", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "to", "with", "outside", "inside",
            "as", "via", "through", "over", "under", "near", "of", "about", "afterward", "afterwards");

    /** Sentence openers followed by a comma that stay outside the content. */
    /** Words opening a subordinate clause that the main clause follows after a comma. */
    static final Set<String> SUBORDINATOR = words("while", "although", "though", "despite", "if", "when", "because",
            "after", "before", "since", "whereas", "unless", "once", "whether");

    static final Set<String> PLACE_PREPOSITION = words("on", "in", "at", "with", "before", "alongside", "onstage",
            "during", "outside", "inside", "for");

    /** Words opening an aside between commas after a name, not a description of it. */
    static final Set<String> ASIDE_START = words("in", "for", "however", "meanwhile", "on", "after", "while", "as",
            "during", "to", "though", "it", "this", "too", "also", "then", "when", "at", "by", "with",
            "nonetheless", "moreover", "instead", "again", "once", "before", "since", "until", "if");

    /** Words that join two parts of one long subject: "a producer for Yahoo", "mogul and star". */
    static final Set<String> NOUN_PHRASE_LINK = words("in", "for", "by", "from", "with", "to", "on", "at", "about",
            "over", "and", "of");

    static final Set<String> DISCOURSE_OPENER = words("meanwhile", "however", "still", "also", "instead",
            "indeed", "moreover", "furthermore", "separately", "similarly", "likewise", "nonetheless", "nevertheless",
            "additionally", "overall", "now", "yet", "then", "thus", "therefore", "again", "previously", "later",
            "earlier", "today", "yesterday", "elsewhere", "specifically", "finally");

    /** After a comma these words start an addition by the author, not the source. */
    static final Set<String> CONTENT_STOP_AFTER_COMMA = words("which", "though", "although", "while", "whereas",
            "according", "despite", "who", "where");

    /** Nouns that turn a preceding participle into an adjective: "pledged delegates". */
    static final Set<String> PARTICIPLE_NOUN = words("delegates", "delegate", "superdelegates",
            "comments", "remarks", "statement", "plans", "plan",
            "policies", "policy", "program", "programs", "positions", "position", "version", "figures", "numbers");

    /**
     * Words before a participle that make it an adjective when a noun of people follows: "Other
     * informed sources stressed", "several unnamed officials". A finite cue verb does not follow them.
     */
    static final Set<String> QUANTIFIER = words("other", "several", "some", "many", "few", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten", "multiple", "numerous", "various");

    /** People nouns that sources are made of, for {@link #QUANTIFIER}: "informed sources", "named officials". */
    static final Set<String> SOURCE_NOUN = words("sources", "source", "officials", "official", "circles",
            "people", "diplomats", "observers", "analysts", "experts", "witnesses", "persons");

    /** Common irregular or short finite verbs that end a subject noun phrase. */
    static final Set<String> COMMON_VERB = words("went", "goes", "go", "came", "comes", "took", "takes", "made",
            "makes", "got", "gets", "gave", "gives", "began", "begins", "ran", "runs", "won", "wins", "lost",
            "loses", "met", "meets", "held", "holds", "left", "leaves", "kept", "keeps", "brought", "brings",
            "sat", "stood", "spoke", "speaks", "spent", "sent", "put", "set", "let", "became", "becomes", "seemed",
            "seems", "appeared", "appears", "tried", "tries", "started", "starts", "walked", "offers", "attempted",
            "doubled", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did",
            "does", "do", "just", "also", "then", "later", "only");

    /** Irregular past forms that may introduce a quotation: "shot back", "put it", "wrote". */
    static final Set<String> IRREGULAR_PAST = words("shot", "put", "wrote", "said", "told", "spoke", "began",
            "went", "came", "took", "gave", "read", "wrote", "sang", "swore", "cried", "tweeted", "quipped",
            "snapped", "thought", "felt", "knew", "began", "struck", "fought", "hit", "bit", "sent", "got",
            "left", "kept", "made", "saw", "found", "heard", "held", "led", "meant", "ran", "stood", "won");

    /** Plurals of people that a restrictive "who" clause narrows: "those who", "voters who". */
    static final Set<String> PEOPLE_PLURAL = words("those", "people", "voters", "americans", "republicans",
            "democrats", "supporters", "residents", "members", "officials", "respondents", "others", "anyone",
            "everyone", "someone", "many", "some", "few", "most", "adults", "women", "men", "students", "workers",
            "conservatives", "liberals", "independents", "leaders", "lawmakers", "delegates", "donors", "critics");

    static final Set<String> NUMBER_WORD = words("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten");

    /** Artifacts that show or find things: "a new poll found ...", "records show ...". */
    static final Set<String> ARTIFACT = words("poll", "polls", "survey", "surveys", "study", "studies", "report",
            "reports", "data", "records", "analysis", "numbers", "documents", "figures", "results", "research",
            "emails", "memo", "filings", "statistics", "estimates", "audit", "review", "investigation", "census");

    /** Line labels that look like a speaker before a colon but are not: "Q:", "The Latest:", "Photo:". */
    static final Set<String> NOT_A_SPEAKER = words("q", "a", "question", "answer", "photo", "source", "update",
            "related", "note", "editor's", "editor’s", "watch", "read", "video", "caption", "credit", "updated",
            "correction", "disclosure", "byline", "exclusive", "breaking", "busted", "boom", "look", "alert", "reporting", "iowa", "nevada", "california", "florida", "ohio",
            "texas", "virginia", "democrats", "republicans", "total", "sources", "contact", "email", "tags");

    /** Past forms that take a "that" clause without attributing it. */
    static final Set<String> NOT_A_CUE_BEFORE_THAT = words("ensured", "required", "needed", "decided", "provided",
            "assumed", "followed", "added", "proved", "happened", "seemed", "appeared", "turned", "ordered",
            "hoped", "feared", "meant", "learned", "noticed", "realized", "realised", "pretended", "demanded",
            "insured", "guaranteed", "arranged", "determined", "ruled", "stated", "claimed", "showed", "proposed");

    /**
     * Words after which an -ing cue opens a participle clause whose subject is the main clause's:
     * "by saying", "while noting", "before adding", "and calling", "— arguing".
     */
    static final Set<String> PARTICIPLE_OPENER = words("by", "while", "before", "after", "and", "but", "—", "–",
            "-", "--", "since");

    /** Forms of "be" and its stance-taking kin, before an adjective cue: "is confident", "remained skeptical". */
    static final Set<String> COPULA = words("is", "are", "was", "were", "be", "been", "being", "’s", "'s", "’re", "'re",
            "’m", "'m", "am", "remain", "remains", "remained", "seem", "seems", "seemed", "appeared", "appears", "feel",
            "feels", "felt", "sounded", "isn’t", "isn't", "wasn’t", "wasn't", "aren’t", "aren't", "weren’t", "weren't");

    /** Recordings that show what they record: "a video of the rally shows ...". */
    /** Heads of a poll's noun phrase: "in the latest CNN poll", "in New Hampshire surveys". */
    static final Set<String> POLL = words("poll", "polls", "survey", "surveys", "polling");

    static final Set<String> RECORDING = words("video", "videos", "footage", "photo", "photos", "photograph",
            "images", "tape", "tapes", "recording", "recordings", "map", "chart", "graphic", "emails", "email",
            "document", "letter", "transcript", "transcripts", "polling", "exit", "tally", "count", "returns");

    static final Set<String> OBJECT_PRONOUN = words("him", "her", "them", "it", "himself", "herself", "themselves",
            "itself", "me", "us", "you");

    /** Tolerates repeats, so lists can be edited freely. */
    static Set<String> words(String... ws) {
        return Set.copyOf(java.util.Arrays.asList(ws));
    }

    static boolean isPunct(Tokens t, int i) {
        return !t.isWord(i);
    }
}
