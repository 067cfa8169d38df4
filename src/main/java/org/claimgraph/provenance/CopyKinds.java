package org.claimgraph.provenance;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.claimgraph.extract.Span;
import org.claimgraph.rdf.Vocab.CG;
import org.claimgraph.resolve.NameKey;

/**
 * The kind of a copy whose metadata does not say, read from its text. A translation credits its
 * translator ("Translated by: Shafaq News"). A machine translation writes one name several ways
 * (Qaani, Qani, Khani: each spelling from another pass through the other language), cuts names short
 * ("Sudan" where the text also has al-Sudani) and leaves stray fragments where a clause did not survive ("... sources said.
 * people revealed."). An article spinner's tell is the reporting verb: it swaps "said" for "mentioned"
 * and "told" for "instructed" throughout, which no newsroom does. Anything else is a reprint, and so
 * is a copy whose sentences mostly stand word for word in another copy of the story, whatever its tells.
 */
final class CopyKinds {

    private static final Pattern SAID = Pattern.compile("\\b(said|told)\\b");
    private static final Pattern SPUN = Pattern.compile("\\b(mentioned|instructed)\\b");
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}’'-]{3,}");
    /** A piece of at most two words between sentence ends, opening in lower case or standing alone. */
    private static final Pattern FRAGMENT = Pattern.compile(
            "(?<=[\\p{Ll}\\d)][.!?][\"”]?)[ \\t]+(?!(?:Mr|Mrs|Ms|Dr|Gen|Maj|Col|Lt|Sgt|St|Jr|Sr|No)\\.)"
                    + "(\\p{Ll}[\\p{L}’'-]*(?:[ \\t]+[\\p{L}’'-]+)?|\\p{L}{1,3})[.!?](?=\\s|$)");
    /** Spelling variants plus cut names plus fragments at which a text reads as machine-translated. */
    private static final int MACHINE_SIGNS = 3;

    /** What the text shows, counted. */
    record Signs(boolean translatorCredit, int spellingVariants, int cutNames, int fragments, int spunVerbs,
                 int plainVerbs) {

        Resource kind() {
            if (translatorCredit) {
                return CG.Translation;
            }
            if (fragments > 0 && spellingVariants + cutNames + fragments >= MACHINE_SIGNS) {
                return CG.MachineTranslation;
            }
            return spunVerbs >= 2 && spunVerbs > plainVerbs ? CG.SpunCopy : CG.Reprint;
        }
    }

    private CopyKinds() {
    }

    /** Share of a copy's sentences found word for word in another copy that makes the two reprints. */
    private static final double VERBATIM = 0.8;

    static Resource infer(String text) {
        return signs(text).kind();
    }

    /** The kind of {@code text}, knowing another copy of the same story when there is one. */
    static Resource infer(String text, Optional<String> sibling) {
        Signs signs = signs(text);
        if (!signs.translatorCredit() && sibling.isPresent() && verbatimShare(text, sibling.get()) >= VERBATIM) {
            return CG.Reprint;
        }
        return signs.kind();
    }

    /** Share of the sentences of {@code text} that stand in {@code other} too, spacing aside. */
    static double verbatimShare(String text, String other) {
        List<String> mine = Anchors.sentences(text).stream().map(CopyKinds::spacing).toList();
        Set<String> theirs = new HashSet<>(Anchors.sentences(other).stream().map(CopyKinds::spacing).toList());
        return mine.isEmpty() ? 0 : (double) mine.stream().filter(theirs::contains).count() / mine.size();
    }

    private static String spacing(String s) {
        return s.replaceAll("\\s+", " ");
    }

    static Signs signs(String text) {
        boolean translator = ArticleCues.find(text, new Span(0, text.length())).stream()
                .anyMatch(c -> c.kind() == ArticleCue.Kind.TRANSLATOR);
        Map<String, Set<String>> spellings = new HashMap<>();
        Set<String> names = new HashSet<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String name = plain(m.group());
            names.add(name);
            spellings.computeIfAbsent(NameKey.of(name), k -> new HashSet<>()).add(name);
        }
        // one name's spellings end alike (Qaani, Qani, Khani); Hassan and Hussein share a key, not an ending
        int variants = (int) spellings.values().stream()
                .filter(s -> s.size() > 1 && s.stream().map(CopyKinds::ending).distinct().count() == 1).count();
        String lower = text.toLowerCase(Locale.ROOT);
        int cut = (int) names.stream().filter(n -> lower.contains("al-" + n + "i")).count();
        return new Signs(translator, variants, cut, count(FRAGMENT, text), count(SPUN, text), count(SAID, text));
    }

    /** Lower case without marks, apostrophes or possessive: "Kata’ib’s" and "kataib" are one spelling. */
    private static String plain(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[’']s$", "").replaceAll("[’'-]", "");
    }

    private static String ending(String name) {
        return name.substring(Math.max(0, name.length() - 3));
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

}
