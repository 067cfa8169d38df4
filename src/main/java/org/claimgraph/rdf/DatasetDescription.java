package org.claimgraph.rdf;

import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.rdf.Vocab.DCAT;
import org.claimgraph.rdf.Vocab.DCT;
import org.claimgraph.rdf.Vocab.VOID;

/**
 * The VoID and DCAT description of a claim dataset: its size, its class partitions (claims, articles,
 * sources, actors...), the span of its articles' dates, and where to query and download it. Every node
 * has an IRI under the dataset's, so that the description compares and merges like the rest of a dump.
 */
public final class DatasetDescription {

    /** Where the dataset is served: the SPARQL endpoint and a URL that returns the whole dataset. */
    public record Links(String sparqlEndpoint, String dataDump) {

        /** The URLs `claimgraph serve` gives the dataset under {@code baseUrl} (e.g. http://127.0.0.1:3030). */
        public static Links servedAt(String baseUrl) {
            String base = baseUrl.replaceFirst("/+$", "");
            return new Links(base + "/claims/sparql", base + "/claims/get");
        }
    }

    private DatasetDescription() {
    }

    public static Model of(DatasetFigures figures, Links links, Instant modified) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Vocab.exportPrefixes());
        String base = Vocab.DATASET.getURI();
        Resource dataset = m.createResource(base)
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCT.title, m.createLiteral("claimgraph: claims in news articles", "en"))
                .addProperty(DCT.description, m.createLiteral("Claims found in news articles: who made them,"
                        + " through whom they reached the page, and which other claims contradict them."
                        + " One named graph per article, plus graphs of story copies and contradictions.", "en"))
                .addProperty(DCT.rights, m.createLiteral("The article texts and quotations belong to their"
                        + " publishers; the extracted graph is shared for research and fact-checking.", "en"))
                .addProperty(DCT.conformsTo, Vocab.ONTOLOGY)
                .addLiteral(DCT.modified, m.createTypedLiteral(
                        modified.truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime))
                .addLiteral(VOID.triples, integer(m, figures.statements()))
                .addProperty(VOID.sparqlEndpoint, m.createResource(links.sparqlEndpoint()))
                .addProperty(VOID.dataDump, m.createResource(links.dataDump()));
        for (String vocabulary : new String[] {Vocab.CG_NS, Vocab.PROV_NS, Vocab.OA_NS, Vocab.SCHEMA_NS,
                SKOS.getURI()}) {
            dataset.addProperty(VOID.vocabulary, m.createResource(vocabulary));
        }
        for (Resource c : DatasetFigures.CLASSES) {
            m.createResource(base + "/class/" + c.getLocalName())
                    .addProperty(VOID.clazz, c)
                    .addLiteral(VOID.entities, integer(m, figures.instancesOf(c)))
                    .inModel(m);
            dataset.addProperty(VOID.classPartition, m.createResource(base + "/class/" + c.getLocalName()));
        }
        if (figures.firstPublished().isPresent()) {
            Resource period = m.createResource(base + "/period")
                    .addProperty(RDF.type, DCT.PeriodOfTime)
                    .addProperty(DCAT.startDate, m.asRDFNode(figures.firstPublished().get()))
                    .addProperty(DCAT.endDate, m.asRDFNode(figures.lastPublished().orElseThrow()));
            dataset.addProperty(DCT.temporal, period);
        }
        Resource dump = m.createResource(base + "/dump")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCAT.downloadURL, m.createResource(links.dataDump()))
                .addProperty(DCAT.accessURL, m.createResource(links.sparqlEndpoint()))
                .addProperty(DCAT.mediaType,
                        m.createResource(Vocab.TRIG_MEDIA_TYPE.getURI()));
        dataset.addProperty(DCAT.distribution, dump);
        return m;
    }

    /** xsd:integer, the datatype VoID's examples and SPARQL COUNT use, rather than Java's xsd:long. */
    private static org.apache.jena.rdf.model.Literal integer(Model m, long n) {
        return m.createTypedLiteral(BigInteger.valueOf(n));
    }
}
