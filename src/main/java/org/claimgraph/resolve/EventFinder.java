package org.claimgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.claimgraph.extract.Span;
import org.claimgraph.ingest.PublicationDate;

/**
 * Finds the events of an article from trigger words ("attack", "visit", "suspension", "killed"), fills
 * who did it, to whom, where and when from the mentions around the trigger in its sentence, and merges
 * the mentions of one event within the article ("Qaani’s visit to Baghdad" … "the visit"). An event is
 * kept only when something anchors it (an actor or place): "attacks" in general are no event.
 */
public final class EventFinder {

    private record Trigger(EventType type, boolean verb) {
    }

    private static final Map<String, Trigger> TRIGGERS = new HashMap<>();

    static {
        for (String w : List.of("attack", "assault", "strike", "airstrike", "bombing")) {
            TRIGGERS.put(w, new Trigger(EventType.ATTACK, false));
        }
        for (String w : List.of("visit", "trip")) {
            TRIGGERS.put(w, new Trigger(EventType.VISIT, false));
        }
        for (String w : List.of("visited", "traveled", "travelled")) {
            TRIGGERS.put(w, new Trigger(EventType.VISIT, true));
        }
        TRIGGERS.put("announcement", new Trigger(EventType.ANNOUNCEMENT, false));
        for (String w : List.of("announced", "announces", "declared")) {
            TRIGGERS.put(w, new Trigger(EventType.ANNOUNCEMENT, true));
        }
        for (String w : List.of("killing", "assassination", "liquidation")) {
            TRIGGERS.put(w, new Trigger(EventType.KILLING, false));
        }
        for (String w : List.of("killed", "assassinated")) {
            TRIGGERS.put(w, new Trigger(EventType.KILLING, true));
        }
        for (String w : List.of("talks", "negotiations", "meeting")) {
            TRIGGERS.put(w, new Trigger(EventType.TALKS, false));
        }
        TRIGGERS.put("met", new Trigger(EventType.TALKS, true));
        for (String w : List.of("suspension", "pause")) {
            TRIGGERS.put(w, new Trigger(EventType.SUSPENSION, false));
        }
        for (String w : List.of("suspend", "suspended", "suspending", "suspends")) {
            TRIGGERS.put(w, new Trigger(EventType.SUSPENSION, true));
        }
        for (String w : List.of("ceasefire", "truce")) {
            TRIGGERS.put(w, new Trigger(EventType.CEASEFIRE, false));
        }
    }

    private static final Set<String> LIGHT_VERBS = Set.of("made", "make", "makes", "paid", "pay", "held", "hold", "carried");
    /** Words before "attack" or "strike" that make it a verb of intent ("before we strike back"), not an event. */
    private static final Set<String> SUBJECTS_AND_MODALS = Set.of(
            "we", "they", "i", "you", "will", "would", "could", "should", "must", "might", "can", "may");
    private static final Set<String> FORMS_OF_BE = Set.of("is", "are", "was", "were", "been", "be", "being");
    /** What is declared that is no announcement: a court filing. */
    private static final Set<String> NOT_ANNOUNCED = Set.of("bankruptcy", "insolvency");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> PREPOSITIONS = Set.of(
            "in", "to", "from", "of", "on", "at", "for", "with", "into", "against", "by", "about", "between",
            "near", "over", "after", "before", "than", "-");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "on", "inside", "outside");
    private static final Set<String> PLACE_HEADS = Set.of("border", "frontier", "base", "outpost", "coast", "city");
    /** How far a date may stand from its trigger, in tokens, before or after. */
    private static final int DATE_BEFORE = 8;
    private static final int DATE_AFTER = 16;
    /** How far from its trigger a slot filler may stand, in tokens. */
    private static final int REACH = 10;
    private static final int SUBJECT_REACH = 15;

    private final Gazetteer gazetteer;
    /** Where the article's trigger words start: a date goes with the trigger nearest to it. */
    private List<Integer> triggerStarts = List.of();
    /** Every date expression of the article, found once. */
    private List<RelativeDates.Found> dates = List.of();

    public EventFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A mention of an event before merging. */
    private static final class Draft {
        EventType type;
        EntityRef doneBy;
        EntityRef doneTo;
        final Set<EntityRef> participants = new LinkedHashSet<>();
        EntityRef place;
        EventDate date;
        final List<Span> triggers = new ArrayList<>();
        int sentence;

        boolean anchored() {
            return doneBy != null || doneTo != null || place != null || !participants.isEmpty();
        }

        boolean compatible(Draft o) {
            return type == o.type && fits(doneBy, o.doneBy) && fits(doneTo, o.doneTo) && fits(place, o.place);
        }

        boolean shares(Draft o) {
            return (doneBy != null && doneBy.equals(o.doneBy)) || (doneTo != null && doneTo.equals(o.doneTo))
                    || (place != null && place.equals(o.place));
        }

        void absorb(Draft o) {
            doneBy = doneBy != null ? doneBy : o.doneBy;
            doneTo = doneTo != null ? doneTo : o.doneTo;
            place = place != null ? place : o.place;
            if (date == null || (o.date != null && o.date.date().precision().compareTo(date.date().precision()) > 0)) {
                date = o.date != null ? o.date : date;
            }
            participants.addAll(o.participants);
            triggers.addAll(o.triggers);
        }

        private static boolean fits(EntityRef a, EntityRef b) {
            return a == null || b == null || a.equals(b);
        }
    }

    public List<ArticleEvent> find(String text, ArticleActors actors, Optional<PublicationDate> articleDate) {
        return find(text, TextTokens.of(text), actors, articleDate);
    }

    /** Each call scans with a fresh instance: the per-article state below is never shared between threads. */
    List<ArticleEvent> find(String text, List<Tok> toks, ArticleActors actors, Optional<PublicationDate> articleDate) {
        return new EventFinder(gazetteer).scan(text, toks, actors, articleDate);
    }

    private List<ArticleEvent> scan(String text, List<Tok> toks, ArticleActors actors,
                                    Optional<PublicationDate> articleDate) {
        Mention[] startsAt = new Mention[toks.size()];
        Mention[] endsAt = new Mention[toks.size()];
        index(toks, actors, startsAt, endsAt);
        List<Draft> drafts = new ArrayList<>();
        List<Integer> triggerStarts = new ArrayList<>();
        for (Tok t : toks) {
            if (TRIGGERS.containsKey(t.text())) {
                triggerStarts.add(t.start());
            }
        }
        this.triggerStarts = triggerStarts;
        this.dates = toks.isEmpty() ? List.of()
                : RelativeDates.find(text, toks, articleDate);
        for (int i = 0; i < toks.size(); i++) {
            Tok t = toks.get(i);
            if (!t.word() || !Character.isLowerCase(t.text().codePointAt(0))) {
                continue;
            }
            Trigger trig = TRIGGERS.get(t.text());
            boolean spunVisit = t.text().equals("go") && i + 1 < toks.size() && toks.get(i + 1).is("to")
                    && i > 0 && (toks.get(i - 1).is("the") || toks.get(i - 1).lower().equals("'s"));
            if (spunVisit) {
                trig = new Trigger(EventType.VISIT, false); // a spinner's "the go to" for "the visit"
            }
            if (trig == null || negated(toks, i) || ofSomeone(toks, i, startsAt) || notAnEvent(toks, i, trig)) {
                continue;
            }
            if (!trig.verb() && i > 0 && toks.get(i - 1).is("to") && trig.type() == EventType.VISIT) {
                trig = new Trigger(trig.type(), true); // "to visit Washington"
            }
            if (!trig.verb() && lightVerbBefore(toks, i)) {
                trig = new Trigger(trig.type(), true); // "Qaani made a surprise visit": Qaani visited
            }
            drafts.add(draft(text, toks, i, trig, startsAt, endsAt, actors, articleDate));
        }
        return merge(drafts, articleDate);
    }

    private static void index(List<Tok> toks, ArticleActors actors, Mention[] startsAt, Mention[] endsAt) {
        int k = 0;
        List<Mention> ms = actors.mentions();
        for (int i = 0; i < toks.size() && k < ms.size(); i++) {
            Tok t = toks.get(i);
            while (k < ms.size() && ms.get(k).span().end() <= t.start()) {
                k++;
            }
            for (int j = k; j < ms.size() && ms.get(j).span().start() < t.end(); j++) {
                Mention m = ms.get(j);
                if (m.span().start() == t.start()) {
                    startsAt[i] = m;
                }
                if (m.span().end() == t.end()) {
                    endsAt[i] = m;
                }
            }
        }
    }

    /** "the suspension of the U.S. presence": what is suspended is someone's, not an armed group's operations. */
    private static boolean ofSomeone(List<Tok> toks, int i, Mention[] startsAt) {
        if (!toks.get(i).is("suspension") || i + 1 >= toks.size() || !toks.get(i + 1).is("of")) {
            return false;
        }
        for (int k = i + 2; k < Math.min(toks.size(), i + 5); k++) {
            if (startsAt[k] != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Trigger words used in another sense: "the most-visited page" (part of a compound adjective), "has
     * been meeting regulatory standards" (the verb meet), "before we strike back" (an intent), "declared
     * bankruptcy" (a filing).
     */
    private static boolean notAnEvent(List<Tok> toks, int i, Trigger trig) {
        String before = i > 0 ? toks.get(i - 1).lower() : "";
        String after = i + 1 < toks.size() ? toks.get(i + 1).lower() : "";
        if (before.equals("-")) {
            return true;
        }
        if (toks.get(i).is("meeting") && FORMS_OF_BE.contains(before) && !after.equals("with")) {
            return true;
        }
        if (trig.type() == EventType.ATTACK && !trig.verb() && SUBJECTS_AND_MODALS.contains(before)) {
            return true;
        }
        return trig.type() == EventType.ANNOUNCEMENT && NOT_ANNOUNCED.contains(after);
    }

    private static boolean lightVerbBefore(List<Tok> toks, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (LIGHT_VERBS.contains(toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean negated(List<Tok> toks, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (NEGATIONS.contains(toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private Draft draft(String text, List<Tok> toks, int i, Trigger trig, Mention[] startsAt, Mention[] endsAt,
                        ArticleActors actors, Optional<PublicationDate> articleDate) {
        Draft d = new Draft();
        d.type = trig.type();
        d.sentence = toks.get(i).sentence();
        d.triggers.add(new Span(toks.get(i).start(), toks.get(i).end()));
        int sentence = d.sentence;
        int from = i;
        int to = i;
        while (from > 0 && toks.get(from - 1).sentence() == sentence) {
            from--;
        }
        while (to + 1 < toks.size() && toks.get(to + 1).sentence() == sentence) {
            to++;
        }
        // "Qaani’s visit", "Kata’ib Hezbollah’s announcement"
        if (i >= 2 && toks.get(i - 1).lower().equals("'s") && endsAt[i - 2] != null) {
            d.doneBy = actor(endsAt[i - 2], actors);
        }
        // "the Jordan attack", "a Kataib Hezbollah attack"
        if (i >= 1 && endsAt[i - 1] != null && d.doneBy == null) {
            EntityRef pre = actor(endsAt[i - 1], actors);
            // "the Jordan attack" happened in Jordan; "a U.S. attack" (an acronym as adjective) is by the US
            boolean adjective = toks.get(i - 1).allCaps();
            if (pre != null && !adjective && (pre.type() == ActorType.PLACE || pre.type() == ActorType.COUNTRY)) {
                d.place = pre;
            } else if (pre != null) {
                d.doneBy = pre;
            }
        }
        if (trig.verb() && i + 1 < toks.size() && startsAt[i + 1] != null && d.type.takesPlace()
                && d.type != EventType.KILLING) {
            EntityRef obj = actor(startsAt[i + 1], actors);
            if (obj != null && (obj.type() == ActorType.PLACE || obj.type() == ActorType.COUNTRY)) {
                d.place = obj; // "visit Washington"
            }
        }
        if (trig.verb() && d.doneBy == null && d.type != EventType.KILLING) {
            d.doneBy = subject(toks, i, from, startsAt, endsAt, actors);
        }
        for (int k = i + 1; k <= Math.min(to, i + REACH); k++) {
            String w = toks.get(k).lower();
            Mention next = k + 1 <= to ? startsAt[k + 1] : null;
            if (w.equals("by") && d.doneBy == null) {
                d.doneBy = lastInPhrase(toks, k + 1, to, startsAt, endsAt, actors);
            } else if ((w.equals("with") || w.equals("between") || (w.equals("and") && endsAt[k - 1] != null
                    && d.participants.contains(actor(endsAt[k - 1], actors)))) && next != null
                    && (d.type == EventType.TALKS || d.type == EventType.CEASEFIRE)) {
                EntityRef p = actor(next, actors);
                if (p != null && p.type().isActor()) {
                    d.participants.add(p);
                }
            } else if ((w.equals("of") || (trig.verb() && k == i + 1)) && d.type == EventType.KILLING && d.doneTo == null) {
                d.doneTo = firstPerson(toks, k + (w.equals("of") ? 1 : 0), Math.min(to, k + 8), startsAt, actors);
            } else if ((w.equals("on") || w.equals("against")) && d.type == EventType.ATTACK && next != null
                    && d.doneTo == null && k <= i + 2) {
                EntityRef target = actor(next, actors);
                if (target != null && target.type() == ActorType.PLACE) {
                    d.place = d.place == null ? target : d.place;
                } else {
                    d.doneTo = target;
                }
            }
            if (d.type.takesPlace() && d.place == null && next != null
                    && (PLACE_PREPOSITIONS.contains(w) || (w.equals("to") && d.type == EventType.VISIT && (k <= i + 2 || endsAt[k - 1] != null)))) {
                EntityRef p = actor(next, actors);
                if (p != null && (p.type() == ActorType.PLACE || p.type() == ActorType.COUNTRY)) {
                    d.place = p;
                }
            }
            if (d.type.takesPlace() && d.place == null && PLACE_PREPOSITIONS.contains(w)) {
                // "on the Jordanian-Syrian border": a demonym stands for its country
                for (int j = k + 1; j <= Math.min(to, k + 3); j++) {
                    Optional<GazetteerEntry> c = gazetteer.demonym(toks.get(j).text());
                    if (c.isPresent() && placeHeadFollows(toks, j, to)) {
                        d.place = EntityRef.of(c.get());
                        break;
                    }
                }
            }
        }
        // "Nasrallah was killed"
        if (d.type == EventType.KILLING && trig.verb() && d.doneTo == null && i >= 2
                && (toks.get(i - 1).is("was") || toks.get(i - 1).is("were")) && endsAt[i - 2] != null) {
            EntityRef p = actor(endsAt[i - 2], actors);
            d.doneTo = p != null && p.type() == ActorType.PERSON ? p : null;
        }
        if (d.type == EventType.KILLING && trig.verb() && d.doneTo != null) {
            d.doneBy = null;
        }
        d.date = date(text, toks, i, from, to, articleDate);
        return d;
    }

    private static boolean placeHeadFollows(List<Tok> toks, int j, int to) {
        for (int k = j + 1; k <= Math.min(to, j + 4); k++) {
            if (PLACE_HEADS.contains(toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static EntityRef actor(Mention m, ArticleActors actors) {
        ArticleActor a = actors.actorOf(m);
        return a == null ? null : EntityRef.of(a);
    }

    /** The nearest actor before a verb that is not the object of a preposition or a modifier ("a U.S. base"). */
    private static EntityRef subject(List<Tok> toks, int i, int from, Mention[] startsAt, Mention[] endsAt,
                                     ArticleActors actors) {
        for (int k = i - 1; k >= Math.max(from, i - SUBJECT_REACH); k--) {
            Mention m = endsAt[k];
            if (m == null) {
                continue;
            }
            int start = k;
            while (start > from && startsAt[start] != m) {
                start--;
            }
            String before = start > from ? toks.get(start - 1).lower() : "";
            String after = k + 1 < toks.size() ? toks.get(k + 1).text() : "";
            boolean modifier = !after.isEmpty() && (Character.isLowerCase(after.codePointAt(0)) && k + 1 < i
                    && !isVerbLike(after) || after.equals("-"));
            boolean objectOfPreposition = PREPOSITIONS.contains(before);
            EntityRef ref = actor(m, actors);
            if (ref == null || ref.type() == ActorType.PLACE || modifier || objectOfPreposition) {
                continue;
            }
            return ref;
        }
        return null;
    }

    private static boolean isVerbLike(String w) {
        return w.endsWith("ed") || w.equals("then") || w.equals("has") || w.equals("had") || w.equals("was")
                || w.equals("is") || w.equals("would") || w.equals("will") || w.equals("decided") || w.equals("made");
    }

    /** "by Iranian Quds Force commander Esmail Qaani to Baghdad": the last actor before the phrase ends. */
    private static EntityRef lastInPhrase(List<Tok> toks, int k, int to, Mention[] startsAt, Mention[] endsAt,
                                          ArticleActors actors) {
        if (k <= to && (toks.get(k).is("the") || toks.get(k).is("a")) && k + 1 <= to
                && Character.isLowerCase(toks.get(k + 1).text().codePointAt(0))) {
            return null; // "by the commander of ...": a description, not the name
        }
        EntityRef last = null;
        for (int j = k; j <= Math.min(to, k + 8); j++) {
            Tok t = toks.get(j);
            if (!t.word() && !t.text().equals("-") && !t.text().equals("’s") && !t.text().equals("'s")) {
                break;
            }
            if (endsAt[j] == null && Character.isLowerCase(t.text().codePointAt(0)) && PREPOSITIONS.contains(t.lower())) {
                break;
            }
            if (endsAt[j] != null) {
                EntityRef ref = actor(endsAt[j], actors);
                if (ref != null && ref.type() != ActorType.PLACE) {
                    last = ref;
                }
            }
        }
        return last;
    }

    private static EntityRef firstPerson(List<Tok> toks, int from, int to, Mention[] startsAt, ArticleActors actors) {
        for (int j = from; j <= to && j < startsAt.length; j++) {
            Tok t = toks.get(j);
            if (!t.word() && !t.text().equals("-") && !t.lower().equals("'s") && startsAt[j] == null) {
                return null; // the phrase ended: "the killing of Nujaba’s top official in Baghdad, Sudan ..."
            }
            if (startsAt[j] != null) {
                EntityRef ref = actor(startsAt[j], actors);
                if (ref != null && ref.type() == ActorType.PERSON) {
                    return ref;
                }
            }
        }
        return null;
    }

    /** The date written nearest after the trigger in its sentence, else the nearest before. */
    private EventDate date(String text, List<Tok> toks, int i, int from, int to,
                                  Optional<PublicationDate> articleDate) {
        int sentenceStart = toks.get(from).start();
        int sentenceEnd = toks.get(to).end();
        List<RelativeDates.Found> found = dates.stream()
                .filter(f -> f.span().start() >= sentenceStart && f.span().end() <= sentenceEnd).toList();
        int at = toks.get(i).start();
        int lo = toks.get(Math.max(from, i - DATE_BEFORE)).start();
        int hi = toks.get(Math.min(to, i + DATE_AFTER)).end();
        RelativeDates.Found best = null;
        for (RelativeDates.Found f : found) {
            if (f.span().end() < lo || f.span().start() > hi || nearerTrigger(at, f.span().start())) {
                continue;
            }
            boolean after = f.span().start() >= at;
            if (best == null) {
                best = f;
            } else {
                boolean bestAfter = best.span().start() >= at;
                int dist = Math.abs(f.span().start() - at);
                int bestDist = Math.abs(best.span().start() - at);
                if ((after && !bestAfter) || (after == bestAfter && dist < bestDist)) {
                    best = f;
                }
            }
        }
        return best == null ? null : best.date();
    }

    private boolean nearerTrigger(int trigger, int date) {
        int dist = Math.abs(date - trigger);
        for (int t : triggerStarts) {
            if (t != trigger && Math.abs(date - t) < dist) {
                return true;
            }
        }
        return false;
    }

    /**
     * One event per thing that happened: an announcement of a suspension is the suspension; a mention
     * that shares an anchor with an earlier one of its type and contradicts none is that event; a mention
     * with no anchor ("the visit") is the article's only event of its type, or none.
     */
    private static List<ArticleEvent> merge(List<Draft> drafts, Optional<PublicationDate> articleDate) {
        // an announcement in the sentence of a suspension announces it
        for (Draft a : drafts) {
            if (a.type != EventType.ANNOUNCEMENT) {
                continue;
            }
            for (Draft s : drafts) {
                if (s.type == EventType.SUSPENSION && s.sentence == a.sentence) {
                    s.absorb(a);
                    a.type = null;
                    break;
                }
            }
        }
        List<Draft> events = new ArrayList<>();
        List<Draft> loose = new ArrayList<>();
        for (Draft d : drafts) {
            if (d.type == null) {
                continue;
            }
            if (!d.anchored()) {
                loose.add(d);
                continue;
            }
            Draft same = events.stream().filter(e -> e.compatible(d) && e.shares(d)).findFirst().orElse(null);
            if (same != null) {
                same.absorb(d);
            } else {
                events.add(d);
            }
        }
        // mentions merged late can join two events that were apart: "Qaani’s visit" and "a visit to Baghdad"
        boolean merged = true;
        while (merged) {
            merged = false;
            outer:
            for (int a = 0; a < events.size(); a++) {
                for (int b = a + 1; b < events.size(); b++) {
                    if (events.get(a).compatible(events.get(b)) && events.get(a).shares(events.get(b))) {
                        events.get(a).absorb(events.remove(b));
                        merged = true;
                        break outer;
                    }
                }
            }
        }
        // "Kata’ib Hezbollah’s announcement" of the suspension it made
        for (Draft a : List.copyOf(events)) {
            if (a.type == EventType.ANNOUNCEMENT) {
                events.stream().filter(s -> s.type == EventType.SUSPENSION && Objects.equals(s.doneBy, a.doneBy))
                        .findFirst().ifPresent(s -> {
                            s.absorb(a);
                            events.remove(a);
                        });
            }
        }
        for (Draft d : loose) {
            List<Draft> sameType = events.stream().filter(e -> e.type == d.type).toList();
            if (sameType.size() == 1) {
                sameType.get(0).absorb(d);
            }
        }
        List<ArticleEvent> out = new ArrayList<>();
        for (Draft d : events) {
            if ((d.type == EventType.ANNOUNCEMENT && d.doneBy == null) || (d.type == EventType.KILLING && d.doneTo == null)) {
                continue; // an announcement by nobody, a killing of people the text does not name
            }
            out.add(build(d, articleDate));
        }
        return out;
    }

    private static ArticleEvent build(Draft d, Optional<PublicationDate> articleDate) {
        Integer year = d.date != null ? Integer.valueOf(d.date.date().first().getYear())
                : articleDate.map(a -> a.first().getYear()).orElse(null);
        // the anchors: what tells this event from others of its type, the same in every article
        List<EntityRef> anchors = new ArrayList<>();
        switch (d.type) {
            case KILLING -> anchors.add(d.doneTo);
            case ATTACK -> anchors.add(d.place != null ? d.place : d.doneTo != null ? d.doneTo : d.doneBy);
            case VISIT -> {
                anchors.add(d.doneBy);
                anchors.add(d.place);
            }
            case SUSPENSION, ANNOUNCEMENT -> anchors.add(d.doneBy);
            case TALKS, CEASEFIRE -> {
                Map<String, EntityRef> byId = new java.util.TreeMap<>();
                if (d.doneBy != null) {
                    byId.put(id(d.doneBy), d.doneBy);
                }
                d.participants.forEach(p -> byId.put(id(p), p));
                if (byId.isEmpty() && d.place != null) {
                    byId.put(id(d.place), d.place);
                }
                anchors.addAll(byId.values());
            }
        }
        boolean dated = d.type != EventType.KILLING; // a person is killed once
        StringBuilder identity = new StringBuilder(d.type.name().toLowerCase());
        List<String> names = new ArrayList<>();
        for (EntityRef r : anchors) {
            identity.append('|').append(id(r));
            if (r != null) {
                names.add(r.label());
            }
        }
        if (dated && year != null) {
            identity.append('|').append(year);
            names.add(String.valueOf(year));
        }
        String label = capitalise(d.type.name().toLowerCase()) + ": " + String.join(", ", names);
        return new ArticleEvent(d.type, Optional.ofNullable(d.doneBy), Optional.ofNullable(d.doneTo),
                new ArrayList<>(d.participants), Optional.ofNullable(d.place), Optional.ofNullable(d.date),
                d.triggers, identity.toString(), label);
    }

    /** A place counts as the country it lies in, so "Tower 22" and "Jordan" anchor the same attack. */
    private static String id(EntityRef r) {
        return r == null ? "-" : r.known().map(e -> e.within() != null ? e.within() : e.iri()).orElse("key:" + r.key());
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
