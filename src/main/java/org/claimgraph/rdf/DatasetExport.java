package org.claimgraph.rdf;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Writes a claim dataset with its description (VoID/DCAT). TriG and N-Quads are streamed quad by quad
 * from the store, with the description as a named graph of its own at the end; Turtle streams the union
 * of the graphs. JSON-LD (compacted with ontology/context.jsonld) and RDF/XML need the whole graph in
 * memory, as their writers do.
 */
public final class DatasetExport {

    /** The JSON-LD context of exports, packaged from ontology/context.jsonld. */
    public static final String CONTEXT_RESOURCE = "/ontology/context.jsonld";

    private DatasetExport() {
    }

    /** Writes {@code dsg} and {@code description}; the caller holds a read transaction if one is needed. */
    public static void write(DatasetGraph dsg, Model description, DumpFormat format, OutputStream out) {
        write(dsg, description, format, out, false);
    }

    /**
     * As {@link #write(DatasetGraph, Model, DumpFormat, OutputStream)}; with {@code webAnnotation}, each
     * evidence span is also described as a Web Annotation specific resource with its selectors
     * ({@link WebAnnotationSpans}), for annotation tools that do not read fragment IRIs.
     */
    public static void write(DatasetGraph dsg, Model description, DumpFormat format, OutputStream out,
                             boolean webAnnotation) {
        Spans spans = webAnnotation ? new WebAnnotationSpans(dsg.getUnionGraph())::expand : (q, sink) -> sink.accept(q);
        switch (format) {
            case TRIG, NQUADS -> streamQuads(dsg, description, format, out, spans);
            case TURTLE -> streamUnion(dsg, description, out, spans);
            case JSONLD -> writeJsonLd(copyWith(dsg, description, spans), out);
            case RDFXML -> {
                Graph union = unionWith(dsg, description, spans);
                union.getPrefixMapping().setNsPrefixes(Vocab.exportPrefixes());
                RDFDataMgr.write(out, union, format.jenaFormat());
            }
        }
    }

    /** What is written for each quad of the store: the quad, and with Web Annotation the spans it points at. */
    private interface Spans {
        void expand(Quad q, Consumer<Quad> sink);
    }

    private static void streamQuads(DatasetGraph dsg, Model description, DumpFormat format, OutputStream out,
                                    Spans spans) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.jenaFormat());
        stream.start();
        Vocab.exportPrefixes().getNsPrefixMap().forEach(stream::prefix);
        Node descriptionGraph = Vocab.DESCRIPTION_GRAPH.asNode();
        dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!q.getGraph().equals(descriptionGraph)) {
                spans.expand(q, stream::quad);
            }
        });
        description.getGraph().find().forEachRemaining(t -> stream.quad(Quad.create(descriptionGraph, t)));
        stream.finish();
    }

    private static void streamUnion(DatasetGraph dsg, Model description, OutputStream out, Spans spans) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, DumpFormat.TURTLE.jenaFormat());
        stream.start();
        Vocab.exportPrefixes().getNsPrefixMap().forEach(stream::prefix);
        unionOf(dsg).find().forEachRemaining(t -> spans.expand(Quad.create(Quad.defaultGraphIRI, t), q -> stream.triple(q.asTriple())));
        description.getGraph().find().forEachRemaining(stream::triple);
        stream.finish();
    }

    /** The union of the named graphs, without an earlier description (as a store serves it). */
    private static Graph unionOf(DatasetGraph dsg) {
        if (dsg.containsGraph(Vocab.DESCRIPTION_GRAPH.asNode())) {
            return copyWith(dsg, null, (q, sink) -> sink.accept(q)).getUnionGraph();
        }
        return dsg.getUnionGraph();
    }

    private static Graph unionWith(DatasetGraph dsg, Model description, Spans spans) {
        Graph union = GraphFactory.createDefaultGraph();
        unionOf(dsg).find().forEachRemaining(t -> spans.expand(Quad.create(Quad.defaultGraphIRI, t), q -> union.add(q.asTriple())));
        description.getGraph().find().forEachRemaining(union::add);
        return union;
    }

    /** The same object with "@context" as its first member, where a reader of the file looks for it. */
    private static JsonObject contextFirst(JsonObject compacted) {
        var ordered = Json.createObjectBuilder();
        if (compacted.containsKey("@context")) {
            ordered.add("@context", compacted.get("@context"));
        }
        compacted.forEach((key, value) -> {
            if (!key.equals("@context")) {
                ordered.add(key, value);
            }
        });
        return ordered.build();
    }

    private static DatasetGraph copyWith(DatasetGraph dsg, Model description, Spans spans) {
        DatasetGraph copy = DatasetGraphFactory.create();
        Node descriptionGraph = Vocab.DESCRIPTION_GRAPH.asNode();
        dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!q.getGraph().equals(descriptionGraph)) {
                spans.expand(q, copy::add);
            }
        });
        if (description != null) {
            description.getGraph().find().forEachRemaining(t -> copy.add(Quad.create(descriptionGraph, t)));
        }
        return copy;
    }

    /** JSON-LD 1.1, compacted with claimgraph's context, which is written inline so readers need no network. */
    private static void writeJsonLd(DatasetGraph dsg, OutputStream out) {
        try (InputStream context = DatasetExport.class.getResourceAsStream(CONTEXT_RESOURCE)) {
            if (context == null) {
                throw new IllegalStateException(CONTEXT_RESOURCE + " is not on the class path");
            }
            var expanded = JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(dsg))).ordered(true).get();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(context))
                    .ordered(true).get();
            // A generator, not a JsonWriter, so that standard output is flushed and not closed.
            JsonGenerator generator = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createGenerator(out);
            generator.write(contextFirst(compacted));
            generator.flush();
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
