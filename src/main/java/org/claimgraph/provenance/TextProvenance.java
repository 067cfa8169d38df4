package org.claimgraph.provenance;

import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.Span;
import org.claimgraph.rdf.Iris;
import org.claimgraph.resolve.GazetteerEntry;
import org.claimgraph.resolve.Gazetteer;
import org.claimgraph.resolve.NameKey;

/**
 * Where an article came from, as its own text tells, for an article whose metadata says nothing: the
 * wire that first reported it ("told Reuters", "For this report, Reuters spoke with") and whether it is
 * a copy at all ("Source link", "Reporting was contributed by", a translator's credit). Photo captions
 * are left out: "(Reuters)" under a photo credits the picture, not the story.
 */
final class TextProvenance {

    private TextProvenance() {
    }

    /** IRI of the outlet the text credits with the story, named as the graph names outlets. */
    static Optional<String> reporter(String text) {
        return ArticleCues.first(cues(text), ArticleCue.Kind.REPORTER).map(TextProvenance::outlet);
    }

    /** Whether the text shows it copies a story from elsewhere. */
    static boolean showsCopy(String text) {
        return !cues(text).stream().filter(c -> c.kind() != ArticleCue.Kind.PUBLISHER).toList().isEmpty();
    }

    private static List<ArticleCue> cues(String text) {
        return ArticleCues.find(text, new Span(0, text.length())).stream()
                .filter(c -> !onCaption(text, c.span())).toList();
    }

    private static boolean onCaption(String text, Span span) {
        int start = text.lastIndexOf('\n', span.start() - 1) + 1;
        int end = text.indexOf('\n', span.end());
        String line = text.substring(start, end < 0 ? text.length() : end).strip();
        return line.contains("Photo:") || line.endsWith(")") && span.end() >= start + line.length() - 1
                && line.length() > span.length() + 20;
    }

    /** The gazetteer's IRI for a known outlet, else the IRI minted from the folded name, as for any actor. */
    private static String outlet(String name) {
        return Gazetteer.standard().lookup(name).map(GazetteerEntry::iri).orElseGet(() -> Iris.actor(NameKey.of(name)));
    }
}
