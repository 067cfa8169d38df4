package org.claimgraph.rdf;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Mints the IRIs of data nodes. Every IRI is a function of content (a hash of the text, a normalised
 * name), never of load order or time, so loading the same article twice yields the same nodes.
 */
public final class Iris {

    private Iris() {
    }

    /** Hex SHA-256 of a text: the article's identity. */
    public static String contentHash(String text) {
        return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString();
    }

    public static String article(String contentHash) {
        return Vocab.ID_NS + "article/" + contentHash.substring(0, 16);
    }

    /**
     * A story cut out of a page holding several: the page's hash plus the story's region, so that each
     * story of a page has its own IRI and reloading the same page gives the same ones.
     */
    public static String story(String contentHash, int regionStart, int regionEnd) {
        return Vocab.ID_NS + "article/" + shortHash(contentHash + "|" + regionStart + "-" + regionEnd);
    }

    /** The scraped page (the input file's text) that holds several stories. */
    public static String page(String contentHash) {
        return Vocab.ID_NS + "page/" + contentHash.substring(0, 16);
    }

    /** The story a set of copies retells, known by the copies' shared content rather than by any one copy. */
    public static String story(String key) {
        return Vocab.ID_NS + "story/" + shortHash(key);
    }

    /** Two sentences of two copies of one story that differ: known by both articles and both sentences' offsets. */
    public static String divergence(String key) {
        return Vocab.ID_NS + "divergence/" + shortHash(key);
    }

    /** A claim: its article plus the offsets of its roles, which identify it within the article. */
    public static String claim(String contentHash, String roleOffsets) {
        return Vocab.ID_NS + "claim/" + shortHash(contentHash + "|" + roleOffsets);
    }

    /** A named actor, shared by all articles that spell its name the same way (after normalisation). */
    public static String actor(String name) {
        return Vocab.ACTOR_NS + slug(name);
    }

    /** An unnamed source, local to its article and mention. */
    public static String anonymousSource(String contentHash, int mentionStart, String description) {
        return Vocab.ID_NS + "source/" + shortHash(contentHash + "|" + mentionStart + "|" + description);
    }

    /** The unnamed publisher of an article whose publisher is not known. */
    public static String unknownPublisher(String contentHash) {
        return Vocab.ID_NS + "publisher/unknown-" + contentHash.substring(0, 16);
    }

    /** A part of a claim (a span, a selector, a hop): the claim's IRI with a fragment. */
    public static String part(String owner, String fragment) {
        return owner + "#" + fragment;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    /** Lower-case ASCII words joined by hyphens: "Kata’ib Hezbollah" gives "kataib-hezbollah". */
    static String slug(String name) {
        // Precompiled: String.replaceAll compiles its pattern on every call, and every actor, event and
        // mention node of every article mints a slug.
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String slug = EDGE_HYPHENS.matcher(NON_ALNUM.matcher(APOSTROPHES.matcher(ascii.toLowerCase(Locale.ROOT))
                .replaceAll("")).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? shortHash(name) : slug;
    }

    private static String shortHash(String s) {
        return Hashing.sha256().hashString(s, StandardCharsets.UTF_8).toString().substring(0, 16);
    }
}
