package org.claimgraph.ontology;

/**
 * An instance of an ontology class from the demo corpus, shown in the documentation.
 *
 * @param instance the instance's IRI
 * @param turtle its statements as a Turtle block
 * @param instances how many instances of the class the corpus holds
 */
record ClassExample(String instance, String turtle, long instances) {
}
