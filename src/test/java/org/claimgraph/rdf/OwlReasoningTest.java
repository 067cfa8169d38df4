package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.RDFTriple;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDocumentFormat;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.reasoner.OWLReasoner;

/** The ontology as Protégé sees it: loaded by the OWL API, then classified by HermiT. */
class OwlReasoningTest {

    static OWLOntology ontology;

    @BeforeAll
    static void load() throws Exception {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        // Nothing may be fetched: imports of PROV-O or schema.org would go to the network.
        manager.getOntologyConfigurator().setFollowRedirects(false);
        ontology = manager.loadOntologyFromOntologyDocument(new File("ontology/claimgraph.ttl"));
    }

    @Test
    void parsesAsTurtleWithoutLeftovers() {
        OWLDocumentFormat format = ontology.getFormat();
        assertTrue(format.getKey().contains("Turtle"), "read as " + format.getKey());
        var meta = format.getOntologyLoaderMetaData().orElseThrow();
        Set<String> unparsed = meta.getUnparsedTriples().map(RDFTriple::toString).collect(Collectors.toSet());
        assertEquals(Set.of(), unparsed, "triples the OWL API could not turn into axioms");
        assertTrue(meta.getGuessedDeclarations().isEmpty(),
                "entities used without a declaration: " + meta.getGuessedDeclarations().keySet());
        assertTrue(ontology.getAxiomCount() > 300, "axioms: " + ontology.getAxiomCount());
    }

    @Test
    void isInOwl2Dl() {
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        assertEquals(List.of(), report.getViolations().stream().map(Object::toString).toList());
    }

    @Test
    void hermitFindsItConsistentWithNoUnsatisfiableClass() {
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(ontology);
        try {
            assertTrue(reasoner.isConsistent());
            Set<OWLClass> unsatisfiable = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom();
            assertEquals(Set.of(), unsatisfiable);
            long classes = ontology.classesInSignature().count();
            assertTrue(classes >= 30, "classes in the signature: " + classes);
        } finally {
            reasoner.dispose();
        }
    }
}
