package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** ontology/context.jsonld follows the ontology: a term per cg: IRI, object properties taking IRIs. */
class JsonLdContextTest {

    @Test
    void everyOntologyTermHasAMatchingContextEntry() {
        Model ontology = RDFDataMgr.loadModel("ontology/claimgraph.ttl");
        JsonObject context = JSON.read("ontology/context.jsonld").get("@context").getAsObject();
        assertEquals(Vocab.CG_NS, context.get("cg").getAsString().value());
        assertEquals(Vocab.ID_NS, context.get("cgid").getAsString().value());
        List<String> wrong = new ArrayList<>();
        ontology.listSubjectsWithProperty(RDF.type).forEachRemaining(term -> {
            if (!term.isURIResource() || !term.getURI().startsWith(Vocab.CG_NS)) {
                return;
            }
            String name = term.getLocalName();
            JsonValue entry = context.get(name);
            boolean objectProperty = term.hasProperty(RDF.type, OWL2.ObjectProperty);
            if (entry == null) {
                wrong.add(name + ": missing");
            } else if (objectProperty && !(entry.isObject()
                    && ("cg:" + name).equals(entry.getAsObject().get("@id").getAsString().value())
                    && "@id".equals(entry.getAsObject().get("@type").getAsString().value()))) {
                wrong.add(name + ": an object property needs {\"@id\": \"cg:" + name + "\", \"@type\": \"@id\"}");
            } else if (!objectProperty && !(entry.isString() && entry.getAsString().value().equals("cg:" + name))) {
                wrong.add(name + ": should be \"cg:" + name + "\"");
            }
        });
        assertEquals(List.of(), wrong);
    }
}
