package org.claimgraph.provenance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.resolve.NameKey;

/**
 * The sentences whose facts differ between two copies of one story. Aligned pairs are compared on
 * what neither a spinner nor a translation should change: the numbers, and whether the sentence is
 * negated. A sentence that puts a named actor in custody ("Esmail Qaani was arrested") is compared
 * with its aligned sentence if that names the actor, else with the other copy's sentence that names the
 * actor and shares the most with it: a mistranslated clause rarely keeps enough to align on.
 * Names differing between aligned sentences are not compared: a spinner rewrites capitalised words
 * too ("Quds Drive", "In style Mobilisation Forces"), so a differing name is mostly noise.
 */
final class DivergentSentences {

    private static final Pattern NEGATOR = Pattern.compile(
            "\\b(?:not|never|no|without|unclear|unable|unwilling|reluctant|declined|refused|denied)\\b|n[’']t\\b",
            Pattern.CASE_INSENSITIVE);
    /** A named actor put in custody: "Esmail Qaani was arrested", not "few people were arrested". */
    private static final Pattern CUSTODY = Pattern.compile(
            "(\\p{Lu}[\\p{L}’'-]+)\\s+(?:was|were|had been|has been|is)\\s+"
                    + "(?:arrested|detained|captured|seized|kidnapped|abducted|taken prisoner)\\b");

    private static final String FREE = "(not in custody)";

    private DivergentSentences() {
    }

    /** Every divergent pair of sentences between {@code a} and {@code b}, in the order of {@code a}. */
    static List<Divergence> find(String a, String b) {
        List<Span> spansA = Anchors.sentenceSpans(a);
        List<Span> spansB = Anchors.sentenceSpans(b);
        List<SentenceSignature> sigA = SentenceSignature.of(spansA.stream().map(s -> s.of(a)).toList());
        List<SentenceSignature> sigB = SentenceSignature.of(spansB.stream().map(s -> s.of(b)).toList());
        SentenceAlignment.Result al = SentenceAlignment.align(sigA, sigB);
        int[] partnerOfA = partners(al.a(), al.b(), spansA.size());
        int[] partnerOfB = partners(al.b(), al.a(), spansB.size());
        Set<Divergence> found = new LinkedHashSet<>();
        for (int k = 0; k < al.aligned(); k++) {
            Span x = spansA.get(al.a()[k]);
            Span y = spansB.get(al.b()[k]);
            compare(x.of(a), y.of(b)).ifPresent(d -> found.add(new Divergence(x, y, d.kind(), d.text())));
        }
        for (int i = 0; i < sigA.size(); i++) {
            Span x = spansA.get(i);
            custody(x.of(a), sigB, partnerOfA[i]).ifPresent(j -> found.add(new Divergence(x, spansB.get(j),
                    Divergence.Kind.FACTS, custodyPhrase(x.of(a)) + " / " + FREE)));
        }
        for (int j = 0; j < sigB.size(); j++) {
            Span y = spansB.get(j);
            custody(y.of(b), sigA, partnerOfB[j]).ifPresent(i -> found.add(new Divergence(spansA.get(i), y,
                    Divergence.Kind.FACTS, FREE + " / " + custodyPhrase(y.of(b)))));
        }
        List<Divergence> list = new ArrayList<>(found);
        list.sort(Comparator.comparing(Divergence::a).thenComparing(Divergence::b));
        return list;
    }

    /** What differs between two sentences, before it is placed in the texts. */
    record Difference(Divergence.Kind kind, String text) {
    }

    private static int[] partners(int[] from, int[] to, int size) {
        int[] partner = new int[size];
        Arrays.fill(partner, -1);
        for (int k = 0; k < from.length; k++) {
            partner[from[k]] = to[k];
        }
        return partner;
    }

    /**
     * The other copy's sentence that names the actor {@code s} puts in custody without putting it in
     * custody: the aligned partner if it names the actor, else the sentence naming it that shares the
     * most features with {@code s}.
     */
    private static Optional<Integer> custody(String s, List<SentenceSignature> other, int partner) {
        Matcher m = CUSTODY.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        List<String> key = NameKey.words(m.group(1)).stream().map(w -> SentenceSignature.NAME + w).toList();
        SentenceSignature own = SentenceSignature.of(s);
        int best = -1;
        int bestShared = 0;
        for (int j = 0; j < other.size(); j++) {
            Set<String> features = other.get(j).features();
            if (key.isEmpty() || !features.containsAll(key)) {
                continue;
            }
            int shared = (int) own.features().stream().filter(features::contains).count() + (j == partner ? 1000 : 0);
            if (shared > bestShared) {
                best = j;
                bestShared = shared;
            }
        }
        return best >= 0 && !CUSTODY.matcher(other.get(best).text()).find() ? Optional.of(best) : Optional.empty();
    }

    private static String custodyPhrase(String s) {
        Matcher m = CUSTODY.matcher(s);
        return m.find() ? m.group() : "";
    }

    /** What differs between two aligned sentences, if numbers or negation do. */
    static Optional<Difference> compare(String x, String y) {
        Set<String> nx = numbers(x);
        Set<String> ny = numbers(y);
        if (!nx.isEmpty() && !ny.isEmpty() && !nx.equals(ny)) {
            return Optional.of(new Difference(Divergence.Kind.NUMBERS,
                    String.join(", ", nx) + " / " + String.join(", ", ny)));
        }
        List<String> gx = all(NEGATOR, x);
        List<String> gy = all(NEGATOR, y);
        if (gx.size() != gy.size()) {
            return Optional.of(new Difference(Divergence.Kind.NEGATION,
                    (gx.isEmpty() ? "(affirmed)" : String.join(", ", gx)) + " / "
                            + (gy.isEmpty() ? "(affirmed)" : String.join(", ", gy))));
        }
        return Optional.empty();
    }

    /** The numbers of a sentence, digits and number words alike, "one" left out (it is as often a pronoun). */
    private static Set<String> numbers(String sentence) {
        Set<String> numbers = new TreeSet<>();
        for (String f : SentenceSignature.of(sentence).features()) {
            if (f.startsWith(SentenceSignature.NUMBER) && !f.equals(SentenceSignature.NUMBER + "1")) {
                numbers.add(f.substring(SentenceSignature.NUMBER.length()));
            }
        }
        return numbers;
    }

    private static List<String> all(Pattern p, String s) {
        List<String> found = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            found.add(m.group().toLowerCase(Locale.ROOT));
        }
        return found;
    }
}
