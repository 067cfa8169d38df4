package org.claimgraph.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.claimgraph.rdf.Vocab.CG;
import org.claimgraph.rdf.Vocab.SDO;

/**
 * Known actors and places, read from a Turtle file users extend without touching code (format in the
 * comment at the top of data/gazetteer.ttl). Looked up by {@link NameKey}, so one listed spelling also
 * catches the transliterations that fold to the same key; the index is a hash map, so a look-up costs
 * the same however large the gazetteer grows.
 */
public final class Gazetteer {

    /** System property naming the gazetteer file; default data/gazetteer.ttl, else the copy in the jar. */
    public static final String PROPERTY = "claimgraph.gazetteer";
    static final Path DEFAULT_FILE = Path.of("data", "gazetteer.ttl");
    static final String RESOURCE = "/gazetteer.ttl";

    private final Map<String, GazetteerEntry> byKey = new HashMap<>();
    private final Map<String, GazetteerEntry> byDemonym = new HashMap<>();
    /** Acronyms match only as written in capitals: "US" must not catch the word "As". */
    private final Map<String, GazetteerEntry> byAcronym = new HashMap<>();
    private final List<GazetteerEntry> entries = new ArrayList<>();
    /** People by the key of their surname, in entry order: the Clintons, the Trumps, the Bushes. */
    private final Map<String, List<GazetteerEntry>> bySurname = new HashMap<>();
    private int longestName = 1;

    private Gazetteer(Collection<GazetteerEntry> entries) {
        for (GazetteerEntry e : entries) {
            this.entries.add(e);
            for (String label : e.labels()) {
                String acronym = acronymOf(label);
                if (acronym != null) {
                    byAcronym.putIfAbsent(acronym, e);
                    continue;
                }
                String key = NameKey.of(label);
                if (!key.isEmpty()) {
                    // the first entry listing a key keeps it: a user's file decides ambiguous spellings
                    byKey.putIfAbsent(key, e);
                    longestName = Math.max(longestName, label.split("[\\s\\-]+").length + 1);
                }
            }
            e.demonyms().forEach(d -> byDemonym.putIfAbsent(NameKey.of(d), e));
            if (e.type() == ActorType.PERSON && NameKey.words(e.prefLabel()).size() > 1) {
                bySurname.computeIfAbsent(NameKey.surname(e.prefLabel()), k -> new ArrayList<>()).add(e);
            }
        }
    }

    public static Gazetteer of(Collection<GazetteerEntry> entries) {
        return new Gazetteer(entries);
    }

    public static Gazetteer empty() {
        return new Gazetteer(List.of());
    }

    /** The gazetteer named by the system property, else data/gazetteer.ttl, else the one packaged in the jar. */
    public static Gazetteer standard() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = loadDefault();
    }

    private static Gazetteer loadDefault() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return load(Path.of(configured));
        }
        if (Files.isRegularFile(DEFAULT_FILE)) {
            return load(DEFAULT_FILE);
        }
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return empty();
            }
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, in, Lang.TURTLE);
            return from(m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packaged gazetteer", e);
        }
    }

    public static Gazetteer load(Path file) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, file.toString(), Lang.TURTLE);
        return from(m);
    }

    /** Every subject with a skos:prefLabel and an rdf:type the gazetteer knows is one entry. */
    public static Gazetteer from(Model m) {
        List<GazetteerEntry> out = new ArrayList<>();
        m.listSubjectsWithProperty(SKOS.prefLabel).forEachRemaining(s -> {
            Optional<ActorType> type = typeOf(s);
            if (type.isEmpty() || !s.isURIResource()) {
                return;
            }
            String pref = s.getProperty(SKOS.prefLabel).getString();
            List<String> labels = new ArrayList<>(List.of(pref));
            s.listProperties(SKOS.altLabel).forEachRemaining(st -> labels.add(st.getString()));
            List<String> demonyms = s.listProperties(SKOS.hiddenLabel).mapWith(Statement::getString).toList();
            List<String> same = s.listProperties(OWL.sameAs).mapWith(Statement::getObject)
                    .filterKeep(RDFNode::isURIResource).mapWith(n -> n.asResource().getURI()).toList();
            Resource within = s.getPropertyResourceValue(SDO.containedInPlace);
            List<String> titles = s.listProperties(CG.title).mapWith(Statement::getString).toList();
            out.add(new GazetteerEntry(s.getURI(), pref, type.get(), labels, demonyms, same,
                    within == null ? null : within.getURI(), titles, s.hasProperty(RDF.type, SDO.GovernmentOrganization)));
        });
        // entries in IRI order, so which entry keeps a shared key does not depend on hash order
        out.sort((a, b) -> a.iri().compareTo(b.iri()));
        return new Gazetteer(out);
    }

    private static Optional<ActorType> typeOf(Resource s) {
        if (s.hasProperty(RDF.type, CG.Outlet)) {
            return Optional.of(ActorType.OUTLET);
        }
        if (s.hasProperty(RDF.type, CG.Country)) {
            return Optional.of(ActorType.COUNTRY);
        }
        if (s.hasProperty(RDF.type, CG.Person)) {
            return Optional.of(ActorType.PERSON);
        }
        if (s.hasProperty(RDF.type, CG.Organization)) {
            return Optional.of(ActorType.ORGANIZATION);
        }
        if (s.hasProperty(RDF.type, CG.Place)) {
            return Optional.of(ActorType.PLACE);
        }
        if (s.hasProperty(RDF.type, CG.Actor)) {
            return Optional.of(ActorType.UNKNOWN);
        }
        return Optional.empty();
    }

    /** "US", "U.S.", "PMF": the capitals of a short all-capitals label, else null. */
    static String acronymOf(String label) {
        String letters = label.replace(".", "");
        boolean caps = !letters.isEmpty() && letters.length() <= 5
                && letters.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        return caps ? letters : null;
    }

    /** The entry with this acronym, written in capitals with or without dots. */
    public Optional<GazetteerEntry> acronym(String token) {
        String a = acronymOf(token);
        return a == null ? Optional.empty() : Optional.ofNullable(byAcronym.get(a));
    }

    /** The entry one of whose spellings has this {@link NameKey}. */
    public Optional<GazetteerEntry> lookupKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The entry one of whose spellings folds to this name's key. */
    public Optional<GazetteerEntry> lookup(String name) {
        return acronym(name).or(() -> Optional.ofNullable(byKey.get(NameKey.of(name)))
                .filter(e -> e.labels().stream().anyMatch(l -> NameKey.spelledLike(name, l))));
    }

    /** The people whose surname has this {@link NameKey}, in IRI order. */
    public List<GazetteerEntry> people(String surnameKey) {
        return List.copyOf(bySurname.getOrDefault(surnameKey, List.of()));
    }

    /** The country a demonym with this {@link NameKey} points at. */
    public Optional<GazetteerEntry> demonymKey(String key) {
        return Optional.ofNullable(byDemonym.get(key));
    }

    /** The country or place a demonym points at ("Jordanian" gives Jordan). */
    public Optional<GazetteerEntry> demonym(String word) {
        return Optional.ofNullable(byDemonym.get(NameKey.of(word)));
    }

    /** The most words any listed spelling has: how far a longest-match scan need look ahead. */
    public int longestName() {
        return longestName;
    }

    /** The entry with this IRI, e.g. the country a place lies in. */
    public Optional<GazetteerEntry> byIri(String iri) {
        return entries.stream().filter(e -> e.iri().equals(iri)).findFirst();
    }

    public List<GazetteerEntry> entries() {
        return List.copyOf(entries);
    }
}
