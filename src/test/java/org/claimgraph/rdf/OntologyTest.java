package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.Vocab.CG;
import org.claimgraph.rdf.Vocab.PROV;
import org.claimgraph.rdf.Vocab.SDO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OntologyTest {

    static Model ontology;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadModel(Path.of("ontology/claimgraph.ttl").toString());
    }

    @Test
    void hasIriAndVersion() {
        Resource o = ontology.createResource("https://w3id.org/claimgraph/ontology");
        assertTrue(ontology.contains(o, RDF.type, OWL2.Ontology));
        assertTrue(ontology.contains(o, OWL2.versionIRI));
        assertTrue(ontology.contains(o, OWL2.versionInfo));
    }

    @Test
    void everyTermHasLabelAndComment() {
        List<String> missing = new ArrayList<>();
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(Vocab.CG_NS)
                    && !(s.hasProperty(RDFS.label) && s.hasProperty(RDFS.comment))) {
                missing.add(s.getLocalName());
            }
        });
        assertEquals(List.of(), missing, "terms without rdfs:label and rdfs:comment");
    }

    /** Every IRI the code writes must be a term the ontology declares, and documents. */
    @Test
    void everyVocabularyConstantIsDeclared() throws IllegalAccessException {
        List<String> undeclared = new ArrayList<>();
        for (Field f : CG.class.getFields()) {
            Resource term = (Resource) f.get(null);
            if (!ontology.contains(term, RDF.type)) {
                undeclared.add(f.getName());
            }
        }
        assertEquals(List.of(), undeclared);
    }

    @Test
    void alignsWithProvAndSchema() {
        assertTrue(ontology.contains(CG.Claim, RDFS.subClassOf, PROV.Entity));
        assertTrue(ontology.contains(CG.Article, RDFS.subClassOf, PROV.Entity));
        assertTrue(ontology.contains(CG.Article, RDFS.subClassOf, SDO.NewsArticle));
        assertTrue(ontology.contains(CG.Source, RDFS.subClassOf, PROV.Agent));
        assertTrue(ontology.contains(CG.Actor, RDFS.subClassOf, PROV.Agent));
        assertTrue(ontology.contains(CG.attributedTo, RDFS.subPropertyOf, PROV.wasAttributedTo));
        assertTrue(ontology.contains(CG.RelayHop, RDFS.subClassOf, PROV.Derivation));
        assertTrue(ontology.contains(CG.attributedTo, RDFS.domain, CG.Claim));
        assertTrue(ontology.contains(CG.attributedTo, RDFS.range, CG.Source));
    }

    @Test
    void shapesParse() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(Path.of("ontology/shapes.ttl").toString()));
        assertFalse(shapes.getTargetShapes().isEmpty());
        assertTrue(shapes.numShapes() >= 4);
    }
}
