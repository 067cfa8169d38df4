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
            "\\b(?:from|by|with|to|of|against|about|for)\\s+(?:(?:the|a|an)\\s+)?(?:\\p{Lu}[\\p{L}.]*\\s+){0,4}$");

    /** Organs of a state by their names: never what "the group" or "the militia" refers to. */
    private static final Pattern INSTITUTION = Pattern.compile(
            "\\b(government|department|ministry|office|house|embassy|parliament|council|army|authorities|commission"
                    + "|force|corps|police|agency|pentagon|navy|military|bureau|administration)\\b");
    /** "an architect who said he was stiffed": a person introduced between a name and the pronoun is nearer. */
    private static final Pattern NEW_PERSON = Pattern.compile(
            "\\b(?:an?|one)\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+\\s+who\\b", Pattern.CASE_INSENSITIVE);
    /**
     * "detoured to daughter Chelsea Clinton’s apartment": a relative named as the relative of someone is
     * not who the next bare "Clinton" means.
     */
    private static final Pattern KIN_BEFORE = Pattern.compile(
            "\\b(?:daughter|son|wife|husband|mother|father|brother|sister|granddaughter|grandson|niece|nephew"
                    + "|cousin|uncle|aunt|daughter-in-law|son-in-law|stepdaughter|stepson)\\s+$", Pattern.CASE_INSENSITIVE);
    // Compiled once: String.matches and String.split compile a regex on every call, and these run per mention.
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.){2,}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Words of a title that say whether a man or a woman is meant, not which role: left out of role matching. */
    private static final Set<String> COURTESY = Set.of("mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.");

    /** An actor while its mentions are being collected. */
    private static final class Builder {
        Optional<GazetteerEntry> known;
        ActorType type;
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> titles = new LinkedHashSet<>();
        final List<Mention> mentions = new ArrayList<>();
        Gender gender = Gender.UNKNOWN;

        Builder(Optional<GazetteerEntry> known, ActorType type) {
            this.known = known;
            this.type = type;
            known.ifPresent(e -> gender = Gender.ofName(e.prefLabel()));
        }

        void add(Mention m) {
            mentions.add(m);
            if (m.kind() == Mention.Kind.NAME) {
                names.add(m.name());
                if (gender == Gender.UNKNOWN) {
                    gender = Gender.ofName(m.name());
                }
                if (gender == Gender.UNKNOWN && m.title().isPresent()) {
                    gender = Gender.ofTitle(m.title().get());
                }
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
            if (known.isPresent() && known.get().stateBody()) {
                return true;
            }
            String name = known.map(GazetteerEntry::prefLabel).orElseGet(this::fullest).toLowerCase();
            return INSTITUTION.matcher(name).find();
        }

        boolean hasRole(String role) {
            return hasRole(role, titles) || known.map(e -> hasRole(role, e.titles())).orElse(false);
        }

        private static boolean hasRole(String role, java.util.Collection<String> titles) {
            String r = role.equals("pm") || role.equals("premier") ? "prime minister" : role;
            return titles.stream().map(t -> t.toLowerCase().replace("pm", "prime minister")).anyMatch(t -> t.contains(r));
        }

        /** Whether a person with this gender and these role words could be this actor. */
        boolean fits(Gender g, Set<String> roles) {
            return type == ActorType.PERSON && gender.agrees(g) && roles.stream().allMatch(this::hasRole);
        }

        ArticleActor build() {
            String pref = known.map(GazetteerEntry::prefLabel).orElseGet(this::fullest);
            List<Mention> sorted = new ArrayList<>(mentions);
            sorted.sort((x, y) -> x.span().compareTo(y.span()));
            // a place keeps its vowels: Guinea and Ghana, Gaza and Giza fold to one key but are two places
            String key = type == ActorType.PLACE ? NameKey.spelling(fullest()) : NameKey.mint(fullest());
            return new ArticleActor(known, key, pref, type, new ArrayList<>(names), new ArrayList<>(titles), sorted);
        }
    }

    /** A full name of a person, where it stands: what a later bare surname may refer back to. */
    private record Anchor(int start, Builder actor) {
    }

    private final Gazetteer gazetteer;

    public ActorResolver() {
        this(Gazetteer.empty());
    }

    /** With the gazetteer whose people a surname may name when the article gives no full name. */
    public ActorResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public ArticleActors resolve(String text, List<Mention> mentions) {
        Map<String, Builder> byId = new LinkedHashMap<>();
        Map<String, List<Anchor>> bySurname = new HashMap<>();
        Map<Mention, Builder> resolved = new HashMap<>();

        // 1. Names the gazetteer knows and full names: these define the article's actors. A bare
        // surname the gazetteer lists ("Clinton") waits for step 2: the article may mean another Clinton.
        for (Mention m : mentions) {
            if (m.kind() != Mention.Kind.NAME || m.weak() || bareSurname(m)) {
                continue;
            }
            boolean multiword = NameKey.words(m.name()).size() > 1;
            if (m.entry().isPresent() && m.entry().get().type() != ActorType.COUNTRY) {
                add(byId, m.entry().get(), m, resolved);
            } else if (m.entry().isEmpty() && multiword) {
                add(byId, nameId(byId, m), m, resolved);
            }
        }
        // only a known or titled person, or one with a first name we know, lends its surname: "Kataib
        // Hezbollah" looks like a two-word name too, and its last word must not swallow Lebanon's "Hezbollah"
        for (Mention m : mentions) {
            Builder b = resolved.get(m);
            if (b != null && b.type == ActorType.PERSON
                    && (b.known.isPresent() || !b.titles.isEmpty() || b.gender != Gender.UNKNOWN)
                    && !KIN_BEFORE.matcher(text.substring(Math.max(0, m.span().start() - 20), m.span().start())).find()) {
                String surname = NameKey.surname(m.name());
                bySurname.computeIfAbsent(surname, k -> new ArrayList<>()).add(new Anchor(m.span().start(), b));
                b.known.map(e -> NameKey.surname(e.prefLabel())).filter(k -> !k.equals(surname))
                        .ifPresent(k -> bySurname.computeIfAbsent(k, x -> new ArrayList<>()).add(new Anchor(m.span().start(), b)));
            }
        }
        // 2. Surnames and single names: the nearest fitting full name before them in the article, then
        // the gazetteer, then a full name after them, then new.
        List<Mention> inOrder = new ArrayList<>(mentions);
        inOrder.sort((x, y) -> x.span().compareTo(y.span()));
        for (Mention m : inOrder) {
            if (m.kind() != Mention.Kind.NAME || resolved.containsKey(m)) {
                continue;
            }
            String key = NameKey.of(m.name());
            if (m.entry().isPresent() && m.entry().get().type() == ActorType.COUNTRY) {
                Builder nisba = nearest(bySurname.get(key + "a"), m, Gender.UNKNOWN, Set.of(), false);
                nisba = nisba != null ? nisba : nearest(bySurname.get(key + "a"), m, Gender.UNKNOWN, Set.of(), true);
                if (nisba != null && standsForPerson(text, m)) {
                    // "Sudan has declared": a machine translation dropped the -i of Sudani
                    nisba.add(m);
                    resolved.put(m, nisba);
                } else {
                    add(byId, m.entry().get(), m, resolved);
                }
                continue;
            }
            boolean canBePerson = m.type() != ActorType.ORGANIZATION && m.type() != ActorType.OUTLET
                    && !INITIALS.matcher(m.name()).matches(); // "U.N." is no surname of Kim Jong Un
            Builder person = null;
            if (canBePerson) {
                Gender g = m.title().map(Gender::ofTitle).orElse(Gender.UNKNOWN);
                Set<String> roles = m.title().map(ActorResolver::roles).orElse(Set.of());
                List<Anchor> anchors = sameSurname(bySurname.get(key), m);
                person = nearest(anchors, m, g, roles, false);
                Optional<GazetteerEntry> listed = person != null ? Optional.empty() : listedPerson(m, g, roles);
                if (person == null && listed.isPresent()) {
                    add(byId, listed.get(), m, resolved);
                    continue;
                }
                if (person == null && !roles.isEmpty()) {
                    person = nearest(anchors, m, g, Set.of(), false);
                }
                if (person == null && m.entry().isEmpty()) {
                    person = nearest(anchors, m, g, Set.of(), true);
                }
            }
            if (person != null) {
                person.add(m);
                resolved.put(m, person);
            } else if (m.entry().isPresent()) {
                add(byId, m.entry().get(), m, resolved);
            } else if (!m.weak() || byId.containsKey(nameId(byId, m))) {
                add(byId, nameId(byId, m), m, resolved); // a weak one only joins a name written elsewhere
            }
            // "Mr. Obama … Michelle Obama … Mr. Obama … over Obama years": a resolved surname is the
            // nearest antecedent of the next one too
            Builder b = resolved.get(m);
            if (b != null && b.type == ActorType.PERSON) {
                bySurname.computeIfAbsent(key, k -> new ArrayList<>()).add(new Anchor(m.span().start(), b));
            }
        }
        // 3. Descriptions and pronouns refer back to an actor named shortly before.
        List<Mention> order = new ArrayList<>(mentions);
        order.sort((x, y) -> x.span().compareTo(y.span()));
        int[] quotes = Quotes.regions(text);
        for (int i = 0; i < order.size(); i++) {
            Mention m = order.get(i);
            if (m.kind() == Mention.Kind.NAME) {
                continue;
            }
            Builder b = apposition(order, i, resolved, text);
            if (b == null) {
                b = antecedent(order, i, resolved, text, quotes);
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

    /** A one-word spelling of a listed person whose full name is longer: "Clinton", "Qaani". */
    private static boolean bareSurname(Mention m) {
        return m.entry().isPresent() && m.entry().get().type() == ActorType.PERSON
                && NameKey.words(m.name()).size() == 1 && NameKey.words(m.entry().get().prefLabel()).size() > 1;
    }

    /**
     * The id of a name the gazetteer does not know. A place keeps its vowels (Guinea is not Ghana), so
     * it only meets spellings that differ in case, particles, apostrophes or doubled letters; anything
     * else meets by the folded key, transliterations included.
     */
    private static String nameId(Map<String, Builder> byId, Mention m) {
        String place = "place " + NameKey.spelling(m.name());
        if (m.type() == ActorType.PLACE || byId.containsKey(place)) {
            return place;
        }
        return "key " + NameKey.of(m.name());
    }

    /**
     * Full names with this surname key that may be this mention: the surname must also be spelled like
     * the full name's last word, vowels and all, within a few letters (Qani and Qaani, Hockstein and
     * Hochstein): a key alone lets "Ala." (Alabama) be Muhammad Ali and Kaine be Qaani.
     */
    private static List<Anchor> sameSurname(List<Anchor> anchors, Mention m) {
        if (anchors == null) {
            return List.of();
        }
        return anchors.stream().filter(a -> (m.entry().isPresent() && a.actor().known.equals(m.entry()))
                || a.actor().names.stream().anyMatch(n -> NameKey.spelledLike(m.name(), NameKey.surnameWord(n)))).toList();
    }

    /**
     * The fitting actor whose full name stands nearest before the mention; with {@code after}, the
     * first fitting one after it (a headline's surname before the body's full name).
     */
    private static Builder nearest(List<Anchor> anchors, Mention m, Gender g, Set<String> roles, boolean after) {
        if (anchors == null) {
            return null;
        }
        Builder best = null;
        int bestStart = after ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        for (Anchor a : anchors) {
            boolean before = a.start() < m.span().start();
            if (before == after || !a.actor().fits(g, roles)) {
                continue;
            }
            if (after ? a.start() < bestStart : a.start() > bestStart) {
                best = a.actor();
                bestStart = a.start();
            }
        }
        return best;
    }

    /**
     * With no full name before it in the article, the gazetteer's person for a surname: the entry its
     * spelling names when that fits the title ("Clinton": Hillary Clinton), else another listed person
     * with the surname who does ("Mr. Clinton", "former President Clinton": Bill Clinton).
     */
    private Optional<GazetteerEntry> listedPerson(Mention m, Gender g, Set<String> roles) {
        List<GazetteerEntry> candidates = new ArrayList<>();
        m.entry().filter(e -> e.type() == ActorType.PERSON).ifPresent(candidates::add);
        candidates.addAll(gazetteer.people(NameKey.of(m.name())));
        for (GazetteerEntry e : candidates) {
            Builder probe = new Builder(Optional.of(e), ActorType.PERSON);
            if (probe.fits(g, roles) && (m.entry().filter(e::equals).isPresent() || spelledLikeSurname(m, e))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static boolean spelledLikeSurname(Mention m, GazetteerEntry e) {
        return NameKey.spelledLike(m.name(), NameKey.surnameWord(e.prefLabel()));
    }

    /** The role words of a title ("former President" gives president), courtesy titles left out. */
    private static Set<String> roles(String title) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : WHITESPACE.split(title.toLowerCase())) {
            if (Lexicon.PERSON_TITLES.contains(w) && !COURTESY.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static void add(Map<String, Builder> byId, String id, Mention m, Map<Mention, Builder> resolved) {
        Builder b = byId.computeIfAbsent(id, k -> new Builder(m.entry(), m.type()));
        b.add(m);
        resolved.put(m, b);
    }

    private static void add(Map<String, Builder> byId, GazetteerEntry e, Mention m, Map<Mention, Builder> resolved) {
        Builder b = byId.computeIfAbsent("iri " + e.iri(), k -> new Builder(Optional.of(e), e.type()));
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
     * is the PM; in "He would not have done that to a Mitt Romney. He would not …" it is still the first
     * "he". The person after the preposition is kept only when nothing else fits.
     */
    private static Builder antecedent(List<Mention> order, int i, Map<Mention, Builder> resolved, String text,
                                      int[] quotes) {
        Mention m = order.get(i);
        Gender g = Gender.ofPronoun(m.name());
        Builder oblique = null;
        for (int k = i - 1; k >= 0; k--) {
            Mention c = order.get(k);
            if (m.sentence() - c.sentence() > ANAPHOR_REACH) {
                return oblique;
            }
            Builder b = resolved.get(c);
            if (b == null || Quotes.shut(quotes, c.span().start(), m.span().start())) {
                continue; // "“… if Donald Trump is elected …,” he said": the speaker, not a name in the quote
            }
            boolean fits = switch (m.kind()) {
                case PRONOUN -> b.type == ActorType.PERSON && m.sentence() - c.sentence() <= 1 && b.gender.agrees(g)
                        && !UNNAMED_PERSON.matcher(text.substring(c.span().end(), m.span().start())).find()
                        && !NEW_PERSON.matcher(text.substring(c.span().end(), m.span().start())).find();
                case DESCRIPTION -> m.type() == ActorType.ORGANIZATION
                        ? b.type == ActorType.ORGANIZATION && m.sentence() - c.sentence() <= 1 && !b.institution()
                        : b.type == ActorType.PERSON && b.hasRole(m.name());
                case NAME -> false;
            };
            if (fits && m.kind() == Mention.Kind.PRONOUN && oblique == null && afterPreposition(text, c)) {
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
