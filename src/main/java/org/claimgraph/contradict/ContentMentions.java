package org.claimgraph.contradict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.rdf.SpanSelection;
import org.claimgraph.rdf.Vocab.CG;

/**
 * The resolved actor mentions (cg:Mention, cg:mentionOf) that fall inside a claim's content, with
 * offsets relative to the content. Pronouns count: actor resolution gives "he" the actor it stands
 * for, which is how "proving he's unqualified" is about a named man. Read once per article.
 */
final class ContentMentions {

    private record Located(int start, int end, String actor) {
    }

    private final DatasetGraph dsg;
    private final Map<String, List<Located>> byArticle = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, String> texts = new HashMap<>();

    ContentMentions(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** None: for reading claims outside a store. */
    static ContentMentions none() {
        return new ContentMentions(null);
    }

    /**
     * The mentions inside the claim's content spans, placed where the content holds each span's
     * words (a content joined from several spans, "“Trump is a fraud,” he said, “a total fraud”",
     * holds them one after another).
     */
    List<ActorMention> of(ClaimRecord claim) {
        List<ActorMention> out = new ArrayList<>();
        if (dsg == null) {
            return out;
        }
        Node graph = NodeFactory.createURI(claim.article());
        String article = articleText(graph);
        String content = claim.text();
        int cursor = 0;
        for (SpanSelection span : spans(graph, NodeFactory.createURI(claim.iri()))) {
            int cpLength = article.codePointCount(0, article.length());
            if (span.start() < 0 || span.end() > cpLength || span.end() <= span.start()) {
                continue;
            }
            int s = article.offsetByCodePoints(0, span.start());
            int e = article.offsetByCodePoints(0, span.end());
            int at = content.indexOf(article.substring(s, e), cursor);
            if (at < 0) {
                continue;
            }
            cursor = at + (e - s);
            for (Located m : byArticle.computeIfAbsent(claim.article(), a -> read(graph))) {
                if (m.start >= span.start() && m.end <= span.end() && m.end > m.start) {
                    int ms = at + article.offsetByCodePoints(s, m.start - span.start()) - s;
                    int me = at + article.offsetByCodePoints(s, m.end - span.start()) - s;
                    out.add(new ActorMention(ms, me, m.actor, label(m.actor, content.substring(ms, me))));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(ActorMention::start));
        return out;
    }

    private String articleText(Node graph) {
        return texts.computeIfAbsent(graph.getURI(), a -> {
            Iterator<Quad> it = dsg.find(graph, graph, CG.text.asNode(), Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
        });
    }

    /** The claim's content spans as [start, end) code-point offsets, in text order. */
    private List<SpanSelection> spans(Node graph, Node claim) {
        List<SpanSelection> out = new ArrayList<>();
        dsg.find(graph, claim, CG.contentSpan.asNode(), Node.ANY)
                .forEachRemaining(q -> SpanSelection.read(q.getObject()).ifPresent(out::add));
        out.sort(java.util.Comparator.comparingInt(SpanSelection::start));
        return out;
    }

    private List<Located> read(Node graph) {
        List<Located> out = new ArrayList<>();
        dsg.find(graph, Node.ANY, CG.mentionOf.asNode(), Node.ANY).forEachRemaining(q -> {
            if (!q.getObject().isURI()) {
                return;
            }
            Iterator<Quad> spans = dsg.find(graph, q.getSubject(), CG.mentionSpan.asNode(), Node.ANY);
            while (spans.hasNext()) {
                SpanSelection.read(spans.next().getObject())
                        .ifPresent(o -> out.add(new Located(o.start(), o.end(), q.getObject().getURI())));
            }
        });
        return out;
    }

    /** The actor's preferred name, so that an explanation says "Donald Trump" where the text said "he". */
    String label(String actor, String surface) {
        if (dsg == null || actor.isEmpty()) {
            return surface;
        }
        String l = labels.computeIfAbsent(actor, a -> {
            Node n = NodeFactory.createURI(a);
            for (Node p : List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode())) {
                Iterator<Quad> it = dsg.find(Node.ANY, n, p, Node.ANY);
                while (it.hasNext()) {
                    Node o = it.next().getObject();
                    if (o.isLiteral()) {
                        return o.getLiteralLexicalForm();
                    }
                }
            }
            return "";
        });
        return l.isEmpty() ? surface : l;
    }
}
