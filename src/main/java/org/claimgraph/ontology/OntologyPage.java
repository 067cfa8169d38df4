package org.claimgraph.ontology;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.rdf.Vocab;

/**
 * The ontology as one HTML page: its classes, properties and individuals with labels, comments,
 * domains and ranges, how they align with PROV-O, schema.org and Web Annotation, and an instance from
 * the demo corpus for each class that has one. Every term has an anchor named after its local name, so
 * that {@code /ontology#Claim} lands on cg:Claim. Output depends only on its inputs (sorted, no dates).
 */
final class OntologyPage {

    private static final Escaper HTML = HtmlEscapers.htmlEscaper();

    private final Model ontology;
    private final Map<Resource, ClassExample> examples;
    private final PrefixMapping prefixes;

    OntologyPage(Model ontology, Map<Resource, ClassExample> examples) {
        this.ontology = ontology;
        this.examples = examples;
        this.prefixes = PrefixMapping.Factory.create().setNsPrefixes(Vocab.exportPrefixes());
    }

    /** The classes of the ontology, by label: the ones the documentation tries to find examples of. */
    static List<Resource> classes(Model ontology) {
        return terms(ontology, OWL2.Class);
    }

    String render() {
        List<Resource> classes = classes(ontology);
        List<Resource> objectProperties = terms(ontology, OWL2.ObjectProperty);
        List<Resource> datatypeProperties = terms(ontology, OWL2.DatatypeProperty);
        List<Resource> individuals = terms(ontology, OWL2.NamedIndividual);
        Resource head = ontology.getResource(Vocab.ONTOLOGY.getURI());

        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(text(head, RDFS.label).orElse("claimgraph ontology"))).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");

        h.append("<nav>\n<p class=\"brand\"><a href=\"#top\">claimgraph ontology</a></p>\n");
        tocGroup(h, "Classes", "classes", classes);
        tocGroup(h, "Object properties", "object-properties", objectProperties);
        tocGroup(h, "Datatype properties", "datatype-properties", datatypeProperties);
        tocGroup(h, "Individuals", "individuals", individuals);
        h.append("<h2><a href=\"#alignments\">Alignments</a></h2>\n</nav>\n");

        h.append("<main>\n<header id=\"top\">\n<h1>").append(esc(text(head, RDFS.label).orElse("claimgraph ontology")))
                .append("</h1>\n<dl class=\"meta\">\n")
                .append("<dt>IRI</dt><dd><code>").append(esc(head.getURI())).append("</code></dd>\n")
                .append("<dt>Namespace</dt><dd><code>").append(esc(Vocab.CG_NS)).append("</code> (prefix <code>cg:</code>)</dd>\n");
        text(head, OWL2.versionInfo).ifPresent(v -> h.append("<dt>Version</dt><dd>").append(esc(v)).append("</dd>\n"));
        Optional.ofNullable(head.getPropertyResourceValue(OWL2.versionIRI)).ifPresent(v ->
                h.append("<dt>Version IRI</dt><dd><code>").append(esc(v.getURI())).append("</code></dd>\n"));
        Optional.ofNullable(head.getPropertyResourceValue(ontology.createProperty(Vocab.DCTERMS_NS + "license")))
                .ifPresent(l -> h.append("<dt>Licence</dt><dd><a href=\"").append(esc(l.getURI())).append("\">")
                        .append(esc(l.getURI())).append("</a></dd>\n"));
        h.append("<dt>Other formats</dt><dd><a href=\"?format=ttl\">Turtle</a> · <a href=\"?format=rdfxml\">RDF/XML</a>")
                .append(" · <a href=\"?format=jsonld\">JSON-LD</a> (or ask for <code>text/turtle</code>,")
                .append(" <code>application/rdf+xml</code>, <code>application/ld+json</code>)</dd>\n</dl>\n");
        text(head, RDFS.comment).ifPresent(c -> h.append("<p class=\"lead\">").append(esc(c)).append("</p>\n"));
        h.append("<p>").append(classes.size()).append(" classes, ").append(objectProperties.size())
                .append(" object properties, ").append(datatypeProperties.size()).append(" datatype properties, ")
                .append(individuals.size()).append(" individuals. Examples are taken, when the documentation is built,")
                .append(" from the graph claimgraph extracts from its five demo articles (long texts cut, many values")
                .append(" elided).</p>\n");
        prefixTable(h);
        h.append("</header>\n");

        h.append("<section id=\"classes\">\n<h2>Classes</h2>\n");
        classes.forEach(c -> classSection(h, c, objectProperties, datatypeProperties, individuals));
        h.append("</section>\n<section id=\"object-properties\">\n<h2>Object properties</h2>\n");
        objectProperties.forEach(p -> propertySection(h, p, "Object property"));
        h.append("</section>\n<section id=\"datatype-properties\">\n<h2>Datatype properties</h2>\n");
        datatypeProperties.forEach(p -> propertySection(h, p, "Datatype property"));
        h.append("</section>\n<section id=\"individuals\">\n<h2>Individuals</h2>\n");
        individuals.forEach(i -> individualSection(h, i));
        h.append("</section>\n");
        alignments(h);
        h.append("</main>\n</body>\n</html>\n");
        return h.toString();
    }

    // ------------------------------------------------------------ sections

    private void classSection(StringBuilder h, Resource c, List<Resource> objectProperties,
                              List<Resource> datatypeProperties, List<Resource> individuals) {
        open(h, c, "Class");
        List<Resource> properties = new ArrayList<>(objectProperties);
        properties.addAll(datatypeProperties);
        properties.sort(Comparator.comparing(Resource::getLocalName));
        row(h, "Subclass of", objects(c, RDFS.subClassOf));
        row(h, "Superclass of", subjects(RDFS.subClassOf, c));
        row(h, "One of", oneOf(c));
        row(h, "Properties of its instances", properties.stream().filter(p -> mentions(p, RDFS.domain, c)).map(this::link).toList());
        row(h, "Values of", properties.stream().filter(p -> mentions(p, RDFS.range, c)).map(this::link).toList());
        row(h, "Individuals", individuals.stream().filter(i -> i.hasProperty(RDF.type, c)).map(this::link).toList());
        h.append("</dl>\n");
        ClassExample example = examples.get(c);
        if (example != null) {
            h.append("<details class=\"example\" open>\n<summary>Example from the demo corpus (")
                    .append(example.instances()).append(example.instances() == 1 ? " instance" : " instances")
                    .append(")</summary>\n<pre><code>").append(esc(example.turtle())).append("</code></pre>\n</details>\n");
        }
        h.append("</article>\n");
    }

    private void propertySection(StringBuilder h, Resource p, String kind) {
        String characteristics = p.hasProperty(RDF.type, OWL2.FunctionalProperty) ? kind + ", functional" : kind;
        open(h, p, characteristics);
        row(h, "Domain", objects(p, RDFS.domain));
        row(h, "Range", objects(p, RDFS.range));
        row(h, "Subproperty of", objects(p, RDFS.subPropertyOf));
        row(h, "Superproperty of", subjects(RDFS.subPropertyOf, p));
        row(h, "Inverse of", concat(objects(p, OWL2.inverseOf), subjects(OWL2.inverseOf, p)));
        h.append("</dl>\n</article>\n");
    }

    private void individualSection(StringBuilder h, Resource i) {
        open(h, i, "Individual");
        row(h, "Type", i.listProperties(RDF.type).mapWith(Statement::getResource)
                .filterDrop(t -> t.equals(OWL2.NamedIndividual)).toList().stream().map(this::link).sorted().toList());
        h.append("</dl>\n</article>\n");
    }

    private void open(StringBuilder h, Resource term, String kind) {
        h.append("<article class=\"term\" id=\"").append(esc(term.getLocalName())).append("\">\n<h3>")
                .append(esc(text(term, RDFS.label).orElse(term.getLocalName())))
                .append(" <span class=\"kind\">").append(esc(kind)).append("</span>")
                .append(" <a class=\"anchor\" href=\"#").append(esc(term.getLocalName())).append("\">#</a></h3>\n")
                .append("<p class=\"iri\"><code>").append(esc(term.getURI())).append("</code></p>\n");
        text(term, RDFS.comment).ifPresent(c -> h.append("<p>").append(esc(c)).append("</p>\n"));
        h.append("<dl>\n");
    }

    private void alignments(StringBuilder h) {
        h.append("<section id=\"alignments\">\n<h2>Alignments</h2>\n<p>Where claimgraph terms specialise terms of")
                .append(" PROV-O, schema.org, Web Annotation and SKOS, so that tools that know those read claimgraph")
                .append(" data too.</p>\n<table>\n<thead><tr><th>claimgraph term</th><th>relation</th><th>external term</th></tr></thead>\n<tbody>\n");
        Map<String, String> rows = new TreeMap<>();
        for (Property relation : List.of(RDFS.subClassOf, RDFS.subPropertyOf)) {
            ontology.listStatements(null, relation, (RDFNode) null).forEachRemaining(s -> {
                if (s.getSubject().isURIResource() && s.getSubject().getURI().startsWith(Vocab.CG_NS)
                        && s.getObject().isURIResource() && !s.getResource().getURI().startsWith(Vocab.CG_NS)) {
                    rows.put(s.getSubject().getLocalName() + " " + s.getResource().getURI(),
                            "<tr><td>" + link(s.getSubject()) + "</td><td><code>" + esc(prefixes.shortForm(relation.getURI()))
                                    + "</code></td><td>" + link(s.getResource()) + "</td></tr>\n");
                }
            });
        }
        rows.values().forEach(h::append);
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private void prefixTable(StringBuilder h) {
        h.append("<details class=\"prefixes\">\n<summary>Prefixes</summary>\n<table>\n<tbody>\n");
        new TreeMap<>(prefixes.getNsPrefixMap()).forEach((prefix, ns) -> h.append("<tr><td><code>").append(esc(prefix))
                .append(":</code></td><td><code>").append(esc(ns)).append("</code></td></tr>\n"));
        h.append("</tbody>\n</table>\n</details>\n");
    }

    private void tocGroup(StringBuilder h, String title, String id, List<Resource> terms) {
        h.append("<h2><a href=\"#").append(id).append("\">").append(esc(title)).append("</a></h2>\n<ul>\n");
        terms.forEach(t -> h.append("<li><a href=\"#").append(esc(t.getLocalName())).append("\">")
                .append(esc(t.getLocalName())).append("</a></li>\n"));
        h.append("</ul>\n");
    }

    private static void row(StringBuilder h, String name, List<String> values) {
        if (!values.isEmpty()) {
            h.append("<dt>").append(esc(name)).append("</dt><dd>").append(String.join(", ", values)).append("</dd>\n");
        }
    }

    // ------------------------------------------------------------ terms and links

    private static List<Resource> terms(Model ontology, Resource type) {
        return ontology.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(Vocab.CG_NS))
                .sorted(Comparator.comparing(Resource::getLocalName))
                .toList();
    }

    private List<String> objects(Resource s, Property p) {
        return s.listProperties(p).mapWith(Statement::getObject).toList().stream()
                .map(this::describe).sorted().toList();
    }

    private List<String> subjects(Property p, Resource o) {
        return ontology.listSubjectsWithProperty(p, o).toList().stream()
                .filter(Resource::isURIResource).map(this::link).sorted().toList();
    }

    private List<String> oneOf(Resource c) {
        Resource list = c.getPropertyResourceValue(OWL2.oneOf);
        return list == null ? List.of() : list.as(RDFList.class).asJavaList().stream().map(this::describe).toList();
    }

    /** Whether {@code p}'s domain (or range) is {@code c}, or a union that includes it. */
    private static boolean mentions(Resource p, Property relation, Resource c) {
        Predicate<RDFNode> isC = n -> n.equals(c) || (n.isAnon() && n.asResource().hasProperty(OWL2.unionOf)
                && n.asResource().getPropertyResourceValue(OWL2.unionOf).as(RDFList.class).contains(c));
        return p.listProperties(relation).toList().stream().map(Statement::getObject).anyMatch(isC);
    }

    private String describe(RDFNode n) {
        if (n.isURIResource()) {
            return link(n.asResource());
        }
        if (n.isAnon() && n.asResource().hasProperty(OWL2.unionOf)) {
            return String.join(" or ", n.asResource().getPropertyResourceValue(OWL2.unionOf).as(RDFList.class)
                    .asJavaList().stream().map(this::describe).toList());
        }
        return "<code>" + esc(n.toString()) + "</code>";
    }

    /** A cg: term links to its anchor on this page; a borrowed term to its own IRI. */
    private String link(Resource r) {
        String shortForm = prefixes.shortForm(r.getURI());
        if (r.getURI().startsWith(Vocab.CG_NS)) {
            return "<a href=\"#" + esc(r.getLocalName()) + "\"><code>" + esc(shortForm) + "</code></a>";
        }
        return "<a class=\"external\" href=\"" + esc(r.getURI()) + "\"><code>" + esc(shortForm) + "</code></a>";
    }

    private static Optional<String> text(Resource r, Property p) {
        Statement s = r.getProperty(p, "en");
        if (s == null) {
            s = r.getProperty(p);
        }
        return s == null ? Optional.empty() : Optional.of(s.getString());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String esc(String s) {
        return HTML.escape(s);
    }

    private static final String STYLE = """
            :root { --ink: #1d2433; --muted: #5b6478; --line: #dde2ea; --accent: #1f5fae; --paper: #fbfcfe; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: var(--paper); }
            nav { position: fixed; top: 0; bottom: 0; left: 0; width: 250px; overflow-y: auto; padding: 1rem 1.2rem;
                  border-right: 1px solid var(--line); background: #f3f5f9; font-size: 14px; }
            nav .brand { font-weight: 700; font-size: 16px; margin: 0 0 .5rem; }
            nav h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: 1rem 0 .3rem; }
            nav ul { list-style: none; margin: 0; padding: 0; }
            nav li a { display: block; padding: 1px 0; }
            main { margin-left: 250px; max-width: 980px; padding: 1.5rem 2.5rem 4rem; }
            a { color: var(--accent); text-decoration: none; }
            a:hover { text-decoration: underline; }
            h1 { margin-top: 0; font-size: 2rem; }
            h2 { margin-top: 2.5rem; border-bottom: 2px solid var(--line); padding-bottom: .3rem; }
            .lead { font-size: 1.05rem; }
            .meta dt, .term dt { font-weight: 600; color: var(--muted); }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .6rem 0; }
            dd { margin: 0; }
            .term { border: 1px solid var(--line); border-radius: 8px; background: #fff; padding: .8rem 1.2rem; margin: 1rem 0; }
            .term:target { border-color: var(--accent); box-shadow: 0 0 0 3px rgba(31,95,174,.15); }
            .term h3 { margin: 0; font-size: 1.2rem; }
            .kind { font-size: .75rem; font-weight: 500; color: var(--muted); border: 1px solid var(--line); border-radius: 10px; padding: 0 .5rem; margin-left: .4rem; vertical-align: middle; }
            .anchor { color: var(--line); margin-left: .3rem; }
            .iri { margin: .2rem 0 .5rem; color: var(--muted); font-size: .85rem; }
            code { font: 13px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
            pre { background: #f5f7fb; border: 1px solid var(--line); border-radius: 6px; padding: .8rem; overflow-x: auto; }
            details.example summary, details.prefixes summary { cursor: pointer; color: var(--muted); font-weight: 600; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid var(--line); }
            @media (max-width: 800px) { nav { position: static; width: auto; border-right: 0; } main { margin-left: 0; padding: 1rem; } }
            """;
}
