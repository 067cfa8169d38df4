package org.claimgraph.provenance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.Span;

/**
 * Derives each claim's in-text relays from the attributions around it. An attribution whose whole
 * statement opens the content of another ("The report stated that American and Iranian officials told
 * the Financial Times that ...") was relayed by the outer one's source; "told X" and "in a statement
 * to X" name the addressee the speaker told first; "the diplomat" inherits the addressee of the
 * diplomat who "told Reuters" a few sentences earlier; "His exact words were" hands the words back to
 * the person last named as saying something.
 */
public final class RelayFinder {

    /** Nesting must stop somewhere even on pathological input. */
    private static final int MAX_DEPTH = 6;
    /** How far back an anaphor looks for its antecedent, in chars. */
    private static final int ANTECEDENT_WINDOW = 1500;

    /** Between the start of the outer content and the inner statement: "that", "American and", an opening clause. */
    private static final Pattern NESTING_GAP =
            Pattern.compile("(?:[^,“\"]{0,80},\\s*)?(?:that\\s+)?(?:[A-Z][\\w-]*\\s+and\\s+)?");
    private static final String NAME = "(?:the\\s+)?[A-Z][\\w’'.&-]*(?:\\s+(?:[A-Z][\\w’'.&-]*|al-\\w+|Al-\\w+))*";
    private static final Pattern ADDRESSEE_AFTER_CUE = Pattern.compile("\\s+(" + NAME + ")");
    private static final Pattern ADDRESSEE_BEFORE_SOURCE =
            Pattern.compile("\\b(?:[Ii]n (?:a statement|an interview|remarks)|[Ss]peaking) (?:to|with) (" + NAME + "),\\s*$");
    private static final Pattern WORDS_WERE = Pattern.compile("^[\"“]?(?:His|Her|Their) (?:exact )?words were\\b");
    private static final Pattern PROPER_NAME = Pattern.compile("[A-Z][\\w’'-]+(?: [A-Z][\\w’'-]+)*");
    private static final Pattern REPORT = Pattern.compile("(?i)(the )?(report|newspaper|paper|agency|article)");
    private static final Pattern DISPUTING = Pattern.compile(
            "(?i)\\b(den(y|ies|ied)|refut|reject|dismiss|question|disput|contest)");
    /** Compiled once: String.matches compiled it for every pair of attributions, a tenth of ingest's time. */
    private static final Pattern PREPOSITION_FIRST = Pattern.compile("(by|to|of|in|on|for|with|without|from)\\b.*");
    /** "the diplomat": compiled once, as it was compiled per attribution. */
    private static final Pattern DEFINITE = Pattern.compile("^[Tt]he (\\w+)$");
    private static final Set<String> NOT_AGENTS = Set.of("the", "however", "which", "that", "this", "it", "its",
            "they", "he", "she", "we", "i", "you", "there", "these", "those", "but", "and");

    private final String text;
    private final List<Attribution> all;
    /** Each attribution's content cover, taken once: every attribution is tested against every other. */
    private final Map<Attribution, Span> contentCover = new IdentityHashMap<>();

    private RelayFinder(String text, List<Attribution> attributions) {
        this.text = text;
        this.all = attributions;
        for (Attribution a : attributions) {
            contentCover.put(a, Span.cover(a.content()));
        }
    }

    /** The chain of every attribution, in the order given. */
    public static List<ClaimChain> chains(String text, List<Attribution> attributions) {
        RelayFinder finder = new RelayFinder(text, attributions);
        return attributions.stream().map(finder::chain).toList();
    }

    private ClaimChain chain(Attribution a) {
        List<RelayStep> steps = new ArrayList<>();
        Optional<Span> original = originalSpeaker(a);
        if (original.isPresent()) {
            a.speakerMention().ifPresent(s -> steps.add(new RelayStep(RelayRole.QUOTED_BY, s, a.cue())));
        }
        addressee(a).ifPresent(steps::add);
        Attribution inner = a;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Optional<Attribution> outer = enclosing(inner);
            if (outer.isEmpty()) {
                break;
            }
            Attribution b = outer.get();
            steps.add(new RelayStep(roleOf(b), relayMention(b), b.cue()));
            addressee(b).ifPresent(steps::add);
            inner = b;
        }
        if (inner == a) {
            // Nothing encloses it here, but the extractor may have seen the relay itself.
            for (Span relay : a.relays()) {
                steps.add(new RelayStep(RelayRole.QUOTED_BY, relay, List.of(relay)));
            }
        }
        return new ClaimChain(a, original, steps);
    }

    /**
     * Who relayed: "The report" as written, which the RDF stage knows to be the original reporter's
     * report, rather than whatever earlier mention the extractor took it to refer to; for anything
     * else the referent, so that "he" becomes the person it stands for.
     */
    private Span relayMention(Attribution b) {
        if (!b.source().isEmpty() && REPORT.matcher(Span.textOf(text, b.source())).matches()) {
            return Span.cover(b.source());
        }
        return b.speakerMention().orElseThrow();
    }

    /** The smallest attribution of a plausible agent whose content opens with the whole of {@code a}. */
    private Optional<Attribution> enclosing(Attribution a) {
        Span head = head(a);
        Span content = contentCover.get(a);
        return all.stream()
                .filter(b -> b != a)
                // The cheap test on offsets first: most pairs fail it, and then no text is looked at.
                .filter(b -> {
                    Span outer = contentCover.get(b);
                    return outer.start() <= head.start() && content.end() <= outer.end()
                            && outer.length() > content.length()
                            && NESTING_GAP.matcher(text.substring(outer.start(), head.start())).matches();
                })
                .filter(this::plausibleAgent)
                .min(Comparator.comparingInt(b -> contentCover.get(b).length()));
    }

    /** Where the statement starts: its source, cue or content, whichever comes first. */
    private static Span head(Attribution a) {
        List<Span> parts = new ArrayList<>(a.content());
        parts.addAll(a.source());
        parts.addAll(a.cue());
        return Span.cover(parts);
    }

    private boolean plausibleAgent(Attribution b) {
        // "The office ... denied that the US had asked ...": a denial disputes the inner claim, it does not pass it on
        if (DISPUTING.matcher(Span.textOf(text, b.cue())).find()) {
            return false;
        }
        Optional<Span> mention = b.speakerMention();
        if (mention.isEmpty()) {
            return false;
        }
        String s = mention.get().of(text).trim();
        String lower = s.toLowerCase(Locale.ROOT);
        return !s.isEmpty() && Character.isLetter(s.charAt(0)) && !s.contains(",")
                && !NOT_AGENTS.contains(lower) && !PREPOSITION_FIRST.matcher(lower).matches();
    }

    /** "quoted ... as saying" quotes, "citing" and "according to" cite, anything else reports. */
    private RelayRole roleOf(Attribution outer) {
        String cue = Span.textOf(text, outer.cue()).toLowerCase(Locale.ROOT);
        if (cue.contains("quot") || cue.contains("as saying")) {
            return RelayRole.QUOTED_BY;
        }
        if (cue.contains("citing") || cue.contains("cited") || cue.contains("according to")) {
            return RelayRole.CITED_BY;
        }
        return RelayRole.REPORTED_BY;
    }

    /** "told Reuters", "told the Financial Times", "In a statement to Reuters, ... said", or an antecedent's. */
    private Optional<RelayStep> addressee(Attribution a) {
        if (!a.cue().isEmpty()) {
            Span cue = Span.cover(a.cue());
            if (cue.of(text).toLowerCase(Locale.ROOT).startsWith("told")) {
                Matcher m = ADDRESSEE_AFTER_CUE.matcher(text).region(cue.start() + "told".length(), text.length());
                if (m.lookingAt()) {
                    Span name = new Span(m.start(1), m.end(1));
                    return Optional.of(new RelayStep(RelayRole.TOLD_TO, name,
                            List.of(new Span(cue.start(), name.end()))));
                }
            }
        }
        Optional<Span> mention = a.speakerMention();
        if (mention.isPresent()) {
            int start = mention.get().start();
            int sentence = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf(". ", start - 1)) + 1;
            Matcher m = ADDRESSEE_BEFORE_SOURCE.matcher(text.substring(sentence, start));
            if (m.find()) {
                Span name = new Span(sentence + m.start(1), sentence + m.end(1));
                return Optional.of(new RelayStep(RelayRole.TOLD_TO, name,
                        List.of(new Span(sentence + m.start(), sentence + m.end() - 1))));
            }
        }
        return antecedent(a).flatMap(this::addresseeOfOwn);
    }

    /** Only the antecedent's own "told X", not one it inherited in turn. */
    private Optional<RelayStep> addresseeOfOwn(Attribution antecedent) {
        Span cue = Span.cover(antecedent.cue());
        if (!cue.of(text).toLowerCase(Locale.ROOT).startsWith("told")) {
            return Optional.empty();
        }
        Matcher m = ADDRESSEE_AFTER_CUE.matcher(text).region(cue.start() + "told".length(), text.length());
        return m.lookingAt()
                ? Optional.of(new RelayStep(RelayRole.TOLD_TO, new Span(m.start(1), m.end(1)),
                        List.of(new Span(cue.start(), m.end(1)))))
                : Optional.empty();
    }

    /**
     * For "the diplomat": the attribution whose source the extractor resolved it to, else the nearest
     * earlier attribution whose source is a diplomat too.
     */
    private Optional<Attribution> antecedent(Attribution a) {
        if (a.source().isEmpty() || a.cue().isEmpty()) {
            return Optional.empty();
        }
        if (a.sourceReferent().isPresent()) {
            Span referent = a.sourceReferent().get();
            Optional<Attribution> named = all.stream()
                    .filter(b -> b != a && !b.source().isEmpty() && Span.cover(b.source()).contains(referent))
                    .findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        Optional<Span> mention = Optional.of(Span.cover(a.source()));
        String source = mention.get().of(text);
        Matcher definite = DEFINITE.matcher(source);
        if (!definite.matches()) {
            return Optional.empty();
        }
        String noun = definite.group(1).toLowerCase(Locale.ROOT);
        int at = mention.get().start();
        return all.stream()
                .filter(b -> b != a && !b.cue().isEmpty() && b.speakerMention().isPresent())
                .filter(b -> {
                    Span m = b.speakerMention().get();
                    return m.start() < at && at - m.start() < ANTECEDENT_WINDOW
                            && m.of(text).toLowerCase(Locale.ROOT).endsWith(" " + noun);
                })
                .max(Comparator.comparingInt(b -> b.speakerMention().get().start()));
    }

    /** "His exact words were, 'help me, help you'": the person last named as saying something. */
    private Optional<Span> originalSpeaker(Attribution a) {
        Span content = Span.cover(a.content());
        if (!WORDS_WERE.matcher(content.of(text)).find()) {
            return Optional.empty();
        }
        return all.stream()
                .filter(b -> b != a && b.speakerMention().isPresent() && b.sourceReferent().isEmpty())
                .filter(b -> {
                    Span m = b.speakerMention().get();
                    return m.end() <= content.start() && content.start() - m.start() < ANTECEDENT_WINDOW
                            && PROPER_NAME.matcher(m.of(text)).matches() && !m.of(text).startsWith("The ")
                            && !nestedInAnother(b);
                })
                .map(b -> b.speakerMention().get())
                .max(Comparator.naturalOrder());
    }

    private boolean nestedInAnother(Attribution b) {
        Span m = b.speakerMention().orElseThrow();
        return all.stream().anyMatch(o -> o != b && contentCover.get(o).contains(m));
    }
}
