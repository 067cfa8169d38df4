package org.claimgraph.rdf;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rfc3986.IRI3986;

/**
 * A stretch of an article's text named by an RFC 5147 fragment IRI, {@code <article#char=S,E>}: code
 * points S (inclusive) to E (exclusive) of the unchanged file text. The Web Annotation model lets a
 * segment of a resource be identified by an IRI with a fragment, so an evidence span needs no triples
 * of its own; this is the one place that knows the syntax.
 */
public record TextSegment(String article, int start, int end) {

    // RFC 5147 also allows a lone position ("char=S") and an integrity check (";length=..."): claimgraph
    // writes neither, and reads only what it writes.
    private static final Pattern CHAR_RANGE = Pattern.compile("char=(\\d{1,9}),(\\d{1,9})");

    public TextSegment {
        if (article.indexOf('#') >= 0) {
            throw new IllegalArgumentException("an article IRI has no fragment: " + article);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a range of code points: " + start + "," + end);
        }
    }

    /** The segment an IRI names, or empty when it is not an article IRI with a {@code char=S,E} fragment. */
    public static Optional<TextSegment> parse(String iri) {
        int hash = iri.indexOf('#');
        if (hash < 0) {
            return Optional.empty();
        }
        String fragment;
        try {
            fragment = IRI3986.create(iri).fragment();
        } catch (RuntimeException notAnIri) {
            return Optional.empty();
        }
        Matcher m = fragment == null ? null : CHAR_RANGE.matcher(fragment);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        return end < start ? Optional.empty() : Optional.of(new TextSegment(iri.substring(0, hash), start, end));
    }

    /** The segment a node names, or empty when it is not such an IRI. */
    public static Optional<TextSegment> of(Node node) {
        return node != null && node.isURI() ? parse(node.getURI()) : Optional.empty();
    }

    public String iri() {
        return article + "#char=" + start + "," + end;
    }

    public Node node() {
        return NodeFactory.createURI(iri());
    }

    /** The words of the segment in {@code text}, the article's text; empty when the text is shorter. */
    public Optional<String> quote(String text) {
        int length = text.codePointCount(0, text.length());
        if (end > length) {
            return Optional.empty();
        }
        int s = text.offsetByCodePoints(0, start);
        return Optional.of(text.substring(s, text.offsetByCodePoints(s, end - start)));
    }
}
