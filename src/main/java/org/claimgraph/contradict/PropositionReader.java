package org.claimgraph.contradict;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Normalises a claim into a Proposition by the lexicons of this package. */
final class PropositionReader {

    private static final Pattern NAME = Pattern.compile("(?<![.!?]\\s)\\b\\p{Lu}[\\p{L}'’-]{2,}");
    private static final Pattern PRONOUN_START = Pattern.compile("^(that )?(it|they|we|he|she|its|their)\\b");
    /** Where a denied content stops being what is denied: "denied that X, after two sources told ...". */
    private static final Pattern DENIAL_CLAUSE_END = Pattern.compile(", (after|before|when|while|as|saying)\\b|;| - ");

    private final ActorGazetteer actors;
    private final StanceReader stances = new StanceReader();
    private final QuantityReader quantities;
    private final CreditReader credits;
    private final FactReader facts;
    private final Set<String> denialCues = new LinkedHashSet<>();
    private final Set<String> anaphoricCues = new LinkedHashSet<>();
    private final Set<String> anaphors = new LinkedHashSet<>();
    private final List<Hedge> hedges = new ArrayList<>();
    private final Set<String> stopwords = new LinkedHashSet<>();

    private record Hedge(Pattern pattern, double certainty) {
    }

    private final ClauseReader clauses = new ClauseReader();
    private final ClaimActors claimActors;

    private final boolean readClauses;
    private final ContentMentions mentions;
    private final EvaluationReader evaluations = new EvaluationReader();
    private final PollReader polls = new PollReader();

    PropositionReader(ActorGazetteer actors) {
        this(actors, ClaimActors.none(), true);
    }

    /** @param readClauses whether to read general clauses (loads and runs the OpenNLP tagger) */
    PropositionReader(ActorGazetteer actors, ClaimActors claimActors, boolean readClauses) {
        this(actors, claimActors, ContentMentions.none(), readClauses);
    }

    /**
     * @param mentions    the graph's resolved actor mentions, for verdicts and poll results
     * @param readClauses whether to read general clauses (loads and runs the OpenNLP tagger)
     */
    PropositionReader(ActorGazetteer actors, ClaimActors claimActors, ContentMentions mentions, boolean readClauses) {
        this.actors = actors;
        this.claimActors = claimActors;
        this.mentions = mentions;
        this.readClauses = readClauses;
        this.quantities = new QuantityReader(actors);
        this.credits = new CreditReader(actors);
        this.facts = new FactReader(actors);
        Lexicon.lines("denial-cues.txt").forEach(c -> denialCues.add(Text.normalise(c)));
        for (String line : Lexicon.lines("anaphors.txt")) {
            if (line.startsWith("cue:")) {
                anaphoricCues.add(Text.normalise(line.substring(4)));
            } else {
                anaphors.add(Text.normalise(line));
            }
        }
        Lexicon.rows("hedges.txt").forEach(r -> hedges.add(
                new Hedge(Pattern.compile(Text.wordPattern(r.get(0))), Double.parseDouble(r.get(1)))));
        Lexicon.lines("stopwords.txt").forEach(l -> stopwords.addAll(List.of(l.split("\\s+"))));
    }

    FactReader facts() {
        return facts;
    }

    Proposition read(ClaimRecord claim) {
        return read(claim, mentions.of(claim));
    }

    /** As {@link #read(ClaimRecord)}, with the content's resolved actor mentions given (claims outside a store). */
    Proposition read(ClaimRecord claim, List<ActorMention> contentMentions) {
        String content = Text.normalise(claim.text()).replaceAll("^[\"']+|[\"']+$", "").trim();
        String bare = content.replaceFirst("^that ", "").replaceAll("[.,\"']+$", "").trim();
        Set<String> cueWords = tokens(claim.cue());
        // A headline split badly puts the denial in the source ("PM's Office Denies" / "Asked").
        boolean denialCue = cueWords.stream().anyMatch(denialCues::contains)
                || tokens(claim.sourceText()).stream().anyMatch(denialCues::contains);
        boolean anaphoric = anaphors.contains(bare)
                && (denialCue || cueWords.stream().anyMatch(anaphoricCues::contains));
        Polarity polarity = denialCue || anaphoric ? Polarity.DENIED : Polarity.AFFIRMED;
        if (polarity == Polarity.DENIED) {
            content = DENIAL_CLAUSE_END.split(content, 2)[0];
        }
        Set<String> named = new LinkedHashSet<>();
        actors.mentions(content).forEach(m -> named.add(m.key()));
        if (named.isEmpty() || PRONOUN_START.matcher(content).find()) {
            actors.mentions(Text.normalise(claim.sourceName())).stream().findFirst()
                    .ifPresent(m -> named.add(m.key()));
        }
        Optional<Fact> fact = facts.read(content);
        List<ActorMention> inContent = polarity == Polarity.AFFIRMED ? contentMentions : List.of();
        return new Proposition(claim, named, stances.read(content), polarity, anaphoric, certainty(content),
                quantities.read(content), credits.read(content), fact, words(content), names(claim.text(), polarity),
                !readClauses ? List.of() : clauses.read(polarity == Polarity.DENIED ? DENIAL_CLAUSE_END.split(claim.text(), 2)[0] : claim.text(),
                        claimActors.of(claim.iri()), claim.source()),
                polarity == Polarity.AFFIRMED ? evaluations(claim, inContent) : List.of(),
                polarity == Polarity.AFFIRMED ? polls.read(claim.text(), inContent, claim.sourceText()) : List.of());
    }

    private List<Evaluation> evaluations(ClaimRecord claim, List<ActorMention> inContent) {
        return evaluations.read(claim.text(), inContent, claim.source(), mentions.label(claim.source(), claim.sourceName()),
                claim.cue());
    }

    /**
     * Capitalised words inside the content (not the first word), as plain names: a generic handle on
     * what a denial is about when no lexicon predicate applies ("denied that Clinton's aides ...").
     * Only denials and the claims they may deny need them.
     */
    private Set<String> names(String raw, Polarity polarity) {
        Set<String> out = new LinkedHashSet<>();
        java.util.regex.Matcher m = NAME.matcher(raw);
        while (m.find()) {
            if (m.start() > 0) {
                String w = Text.normalise(m.group()).replaceAll("'s$", "");
                if (!stopwords.contains(w) && w.length() > 2) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private double certainty(String content) {
        return hedges.stream().filter(h -> h.pattern.matcher(content).find())
                .mapToDouble(Hedge::certainty).min().orElse(1.0);
    }

    private static Set<String> tokens(String text) {
        return new LinkedHashSet<>(List.of(Text.normalise(text).split("[^a-z0-9']+")));
    }

    /** Content words, crudely stemmed so that "attacks" meets "attack" and "asked" meets "ask". */
    Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : Text.normalise(text).split("[^a-z0-9]+")) {
            if (w.length() > 2 && !stopwords.contains(w)) {
                out.add(w.replaceAll("(ing|ed|es|s)$", ""));
            }
        }
        return out;
    }
}
