package org.claimgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves one article's mentions to actors: full name, then surname ("Khani"), then description ("the
 * prime minister") and pronoun ("he"). Across articles, identity comes from the gazetteer or from the
 * spelling-folded key of the fullest name, so the same person gets the same IRI in every article
 * without a corpus-wide pass. Each step is a hash look-up or a short backward scan, so resolution is
 * linear in the number of mentions.
 */
public final class ActorResolver {

    /** How many sentences back a description or pronoun may look for what it refers to. */
    private static final int ANAPHOR_REACH = 2;
    /** An unnamed person written between a pronoun and a named candidate is the nearer antecedent. */
    private static final Pattern UNNAMED_PERSON = Pattern.compile(
            "\\b(source|sources|official|officials|diplomat|politician|spokes\\w+|advis[eo]r|strategist|analyst)\\b");
    private static final Pattern SUBJECT_VERB = Pattern.compile(
            "^\\s+(has|have|had|said|says|declared|announced|is|was|will|told|demanded|stressed)\\b");
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
            "\\b(in|to|from|of|on|at|for|with|into|against|and|by|about|between)\\s+$", Pattern.CASE_INSENSITIVE);

    private static final Pattern OBLIQUE_BEFORE = Pattern.compile(
            "\\b(?:from|by|with|to|of|against|about|for)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.]*\\s+){0,4}$");

    private static final Pattern INSTITUTION = Pattern.compile(
            "\\b(government|department|ministry|office|house|embassy|parliament|council|army|authorities|commission)\\b");

    /** An actor while its mentions are being collected. */
    private static final class Builder {
        Optional<GazetteerEntry> known;
        ActorType type;
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> titles = new LinkedHashSet<>();
        final List<Mention> mentions = new ArrayList<>();

        Builder(Optional<GazetteerEntry> known, ActorType type) {
            this.known = known;
            this.type = type;
        }

        void add(Mention m) {
            mentions.add(m);
            if (m.kind() == Mention.Kind.NAME) {
                names.add(m.name());
            }
            m.title().ifPresent(titles::add);
            if (known.isEmpty() && type == ActorType.UNKNOWN && m.kind() == Mention.Kind.NAME) {
                type = m.type();
            }
        }

        String fullest() {
            return names.stream().max((a, b) -> Integer.compare(NameKey.words(a).size(), NameKey.words(b).size()))
                    .orElseThrow();
        }

        /** Governments, ministries and offices are organisations but never "the group" or "the militia". */
        boolean institution() {
            String name = known.map(GazetteerEntry::prefLabel).orElseGet(this::fullest).toLowerCase();
            return INSTITUTION.matcher(name).find();
        }

        boolean hasRole(String role) {
            String r = role.equals("pm") || role.equals("premier") ? "prime minister" : role;
            return titles.stream().map(t -> t.toLowerCase().replace("pm", "prime minister")).anyMatch(t -> t.contains(r));
        }

        ArticleActor build() {
            String pref = known.map(GazetteerEntry::prefLabel).orElseGet(this::fullest);
            List<Mention> sorted = new ArrayList<>(mentions);
            sorted.sort((x, y) -> x.span().compareTo(y.span()));
            return new ArticleActor(known, NameKey.mint(fullest()), pref, type, new ArrayList<>(names),
                    new ArrayList<>(titles), sorted);
        }
    }

    public ArticleActors resolve(String text, List<Mention> mentions) {
        Map<String, Builder> byId = new LinkedHashMap<>();
        Map<String, Builder> bySurname = new HashMap<>();
        Map<Mention, Builder> resolved = new HashMap<>();

        // 1. Names the gazetteer knows and full names: these define the article's actors.
        for (Mention m : mentions) {
            if (m.kind() != Mention.Kind.NAME || m.weak()) {
                continue;
            }
            boolean multiword = NameKey.words(m.name()).size() > 1;
            if (m.entry().isPresent() && m.entry().get().type() != ActorType.COUNTRY) {
                add(byId, "iri " + m.entry().get().iri(), m, resolved);
            } else if (m.entry().isEmpty() && multiword) {
                add(byId, "key " + NameKey.of(m.name()), m, resolved);
            } else {
                continue;
            }
            Builder b = resolved.get(m);
            // only a known or titled person lends its surname: "Kataib Hezbollah" looks like a
            // two-word name too, and its last word must not swallow Lebanon's "Hezbollah"
            if (b.type == ActorType.PERSON && (b.known.isPresent() || !b.titles.isEmpty())) {
                for (String n : b.names) {
                    // "Gov. Earl Ray Tomblin of West Virginia": the surname is Tomblin, not Virginia
                    List<String> w = NameKey.words(n.split(" of ", 2)[0]);
                    bySurname.putIfAbsent(w.get(w.size() - 1), b);
                }
            }
        }
        // 2. Surnames and single names: the article's own full name first, then the gazetteer, then new.
        for (Mention m : mentions) {
            if (m.kind() != Mention.Kind.NAME || resolved.containsKey(m)) {
                continue;
            }
            String key = NameKey.of(m.name());
            Builder person = bySurname.get(key);
            if (m.entry().isPresent() && m.entry().get().type() == ActorType.COUNTRY) {
                Builder nisba = bySurname.get(key + "a");
                if (nisba != null && standsForPerson(text, m)) {
                    // "Sudan has declared": a machine translation dropped the -i of Sudani
                    nisba.add(m);
                    resolved.put(m, nisba);
                } else {
                    add(byId, "iri " + m.entry().get().iri(), m, resolved);
                }
            } else if (person != null && m.type() != ActorType.ORGANIZATION && m.type() != ActorType.OUTLET
                    && !m.name().matches("(\\p{Lu}\\.){2,}")) { // "U.N." is no surname of Kim Jong Un
                person.add(m);
                resolved.put(m, person);
            } else if (m.entry().isPresent()) {
                add(byId, "iri " + m.entry().get().iri(), m, resolved);
            } else if (!m.weak() || byId.containsKey("key " + key)) {
                add(byId, "key " + key, m, resolved); // a weak one only joins a name written elsewhere
            }
        }
        // 3. Descriptions and pronouns refer back to an actor named shortly before.
        List<Mention> order = new ArrayList<>(mentions);
        order.sort((x, y) -> x.span().compareTo(y.span()));
        for (int i = 0; i < order.size(); i++) {
            Mention m = order.get(i);
            if (m.kind() == Mention.Kind.NAME) {
                continue;
            }
            Builder b = apposition(order, i, resolved, text);
            if (b == null) {
                b = antecedent(order, i, resolved, text);
            }
            if (b != null) {
                b.add(m);
                resolved.put(m, b);
            }
        }
        List<ArticleActor> out = new ArrayList<>();
        byId.values().forEach(b -> out.add(b.build()));
        return new ArticleActors(out);
    }

    private static void add(Map<String, Builder> byId, String id, Mention m, Map<Mention, Builder> resolved) {
        Builder b = byId.computeIfAbsent(id, k -> new Builder(m.entry(), m.type()));
        b.add(m);
        resolved.put(m, b);
    }

    /** A country name used as the subject of a saying verb, not after a preposition. */
    private static boolean standsForPerson(String text, Mention m) {
        String after = text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 20));
        String before = text.substring(Math.max(0, m.span().start() - 12), m.span().start());
        return SUBJECT_VERB.matcher(after).find() && !PREPOSITION_BEFORE.matcher(before).find();
    }

    /** "The militia, Kata’ib Hezbollah,": a description followed by a comma and a name is that name. */
    private static Builder apposition(List<Mention> order, int i, Map<Mention, Builder> resolved, String text) {
        Mention m = order.get(i);
        if (m.kind() != Mention.Kind.DESCRIPTION || i + 1 >= order.size()) {
            return null;
        }
        Mention next = order.get(i + 1);
        String between = text.substring(m.span().end(), Math.max(m.span().end(), next.span().start()));
        return between.strip().equals(",") && next.kind() == Mention.Kind.NAME ? resolved.get(next) : null;
    }

    /**
     * The nearest earlier resolved mention, within reach, whose actor fits the description or pronoun.
     * A pronoun prefers its sentence's subject to a person inside a prepositional phrase: in "The PM
     * received an invitation from Vice President Harris, reflecting the position he has reached", "he"
     * is the PM. The person after the preposition is kept only when nothing else fits.
     */
    private static Builder antecedent(List<Mention> order, int i, Map<Mention, Builder> resolved, String text) {
        Mention m = order.get(i);
        Builder oblique = null;
        for (int k = i - 1; k >= 0; k--) {
            Mention c = order.get(k);
            if (m.sentence() - c.sentence() > ANAPHOR_REACH) {
                return oblique;
            }
            Builder b = resolved.get(c);
            if (b == null) {
                continue;
            }
            boolean fits = switch (m.kind()) {
                case PRONOUN -> b.type == ActorType.PERSON && m.sentence() - c.sentence() <= 1
                        && !UNNAMED_PERSON.matcher(text.substring(c.span().end(), m.span().start())).find();
                case DESCRIPTION -> m.type() == ActorType.ORGANIZATION
                        ? b.type == ActorType.ORGANIZATION && m.sentence() - c.sentence() <= 1 && !b.institution()
                        : b.type == ActorType.PERSON && b.hasRole(m.name());
                case NAME -> false;
            };
            if (fits && m.kind() == Mention.Kind.PRONOUN && oblique == null && c.sentence() == m.sentence()
                    && afterPreposition(text, c)) {
                oblique = b;
            } else if (fits && b != oblique) {
                return b;
            }
        }
        return oblique;
    }

    /** "from US Vice President Kamala Harris": a preposition, then at most a few title words, then the name. */
    private static boolean afterPreposition(String text, Mention c) {
        String before = text.substring(Math.max(0, c.span().start() - 60), c.span().start());
        return OBLIQUE_BEFORE.matcher(before).find();
    }
}
