package org.claimgraph.resolve;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.extract.Span;

/** The actors and places of one article, and which of them each stretch of text mentions. */
public final class ArticleActors {

    private final List<ArticleActor> actors;
    /** Every resolved mention with its actor, in text order. */
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<Mention, ArticleActor> actorOf = new IdentityHashMap<>();

    ArticleActors(List<ArticleActor> actors) {
        this.actors = List.copyOf(actors);
        for (ArticleActor a : actors) {
            for (Mention m : a.mentions()) {
                mentions.add(m);
                actorOf.put(m, a);
            }
        }
        mentions.sort((x, y) -> x.span().compareTo(y.span()));
    }

    public static ArticleActors none() {
        return new ArticleActors(List.of());
    }

    public List<ArticleActor> actors() {
        return actors;
    }

    public List<Mention> mentions() {
        return List.copyOf(mentions);
    }

    public ArticleActor actorOf(Mention m) {
        return actorOf.get(m);
    }

    /** The actor named by a mention overlapping this span, preferring names and the last one (the head). */
    public Optional<ArticleActor> named(Span span) {
        Mention best = null;
        for (Mention m : overlapping(span)) {
            if (m.kind() == Mention.Kind.NAME || best == null) {
                best = m;
            }
        }
        return Optional.ofNullable(best).map(actorOf::get);
    }

    /** The actors mentioned inside these spans (a claim's content), in order of first mention. */
    public List<ArticleActor> within(List<Span> spans) {
        Set<ArticleActor> out = new LinkedHashSet<>();
        for (Span s : spans) {
            for (Mention m : overlapping(s)) {
                if (s.contains(m.span())) {
                    out.add(actorOf.get(m));
                }
            }
        }
        return List.copyOf(out);
    }

    /** Mentions overlapping a span, found by binary search on the sorted mentions. */
    List<Mention> overlapping(Span span) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).span().end() <= span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        // mentions do not nest, so ends grow with starts and the first overlap is at lo
        List<Mention> out = new ArrayList<>();
        for (int i = lo; i < mentions.size() && mentions.get(i).span().start() < span.end(); i++) {
            if (mentions.get(i).span().overlaps(span)) {
                out.add(mentions.get(i));
            }
        }
        return out;
    }
}
