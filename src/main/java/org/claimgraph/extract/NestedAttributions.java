package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Attributions whose cue lies inside the content of another ("X said Y denied Z": "denied" is
 * inside what X said). PolNeAR annotates only the outer one; claimgraph keeps the inner one as
 * well but marks it with the outer source as a relay, so the chain of who passed what on survives.
 */
final class NestedAttributions {

    private NestedAttributions() {
    }

    /** Each nested attribution gets its nearest enclosing attribution's source as first relay. */
    static List<Attribution> withRelays(List<Attribution> all) {
        ContentIndex index = new ContentIndex(all);
        List<Attribution> out = new ArrayList<>(all.size());
        for (Attribution a : all) {
            Attribution outer = index.enclosing(a);
            if (outer == null || outer.source().isEmpty() || !a.relays().isEmpty()) {
                out.add(a);
                continue;
            }
            List<Span> relays = new ArrayList<>();
            relays.add(outer.speakerMention().orElse(Span.cover(outer.source())));
            relays.addAll(outer.relays());
            out.add(new Attribution(a.source(), a.cue(), a.content(), a.kind(), a.sourceReferent(), relays));
        }
        return out;
    }

    /**
     * No attribution inside another's content: the PolNeAR annotation convention. Usually the
     * inner one goes; but when the inner cue is a plain speech verb and the outer is not, the
     * outer content has more likely run too far, and the outer one goes instead.
     */
    static List<Attribution> flatten(String text, List<Attribution> all) {
        java.util.Set<Attribution> dropped = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        ContentIndex index = new ContentIndex(all);
        for (Attribution a : all) {
            Attribution outer = index.enclosing(a);
            if (outer == null || dropped.contains(outer)) {
                continue;
            }
            boolean innerStrong = SPEECH.contains(Span.textOf(text, a.cue()).toLowerCase(java.util.Locale.ROOT));
            String outerCue = Span.textOf(text, outer.cue()).toLowerCase(java.util.Locale.ROOT);
            // a speaker's colon ("TAPPER: ...") holds the whole turn, whatever is said inside it
            String outerSource = outer.source().isEmpty() ? "" : Span.textOf(text, outer.source());
            boolean transcriptTurn = outerCue.equals(":") && !outerSource.isEmpty()
                    && outerSource.equals(outerSource.toUpperCase(java.util.Locale.ROOT));
            boolean outerStrong = SPEECH.contains(outerCue) || transcriptTurn;
            // "The report quoted X as saying": the inner attribution already carries the outer source as relay
            boolean relayed = !a.relays().isEmpty();
            // "CONTENT WITH ITS OWN CUE, the Times reported.": the trailing cue frames the whole sentence
            // (each holds the other's cue then; the later cue is the frame)
            if (frames(text, a, outer, outerCue)) {
                dropped.add(outer);
                continue;
            }
            if (frames(text, outer, a, Span.textOf(text, a.cue()))) {
                dropped.add(a);
                continue;
            }
            dropped.add(relayed || innerStrong && !outerStrong ? outer : a);
        }
        List<Attribution> out = new ArrayList<>(all.size());
        for (Attribution a : all) {
            if (!dropped.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }

    /** Whether frame's content ends before its cue and holds the cue of other, which comes first. */
    private static boolean frames(String text, Attribution frame, Attribution other, String otherCue) {
        Span cue = Span.cover(other.cue());
        String frameCue = Span.textOf(text, frame.cue()).toLowerCase(java.util.Locale.ROOT);
        return (SPEECH.contains(frameCue) || frameCue.equals("reported") || frameCue.equals("reports"))
                && contentBeforeCue(frame) && !otherCue.equals(":") && cue.start() < Span.cover(frame.cue()).start()
                && holds(frame.content(), cue);
    }

    /** "CONTENT, X said": every content piece ends before the cue. */
    private static boolean contentBeforeCue(Attribution a) {
        return Span.cover(a.content()).end() <= Span.cover(a.cue()).start();
    }

    private static boolean holds(List<Span> pieces, Span inner) {
        for (Span p : pieces) {
            if (p.contains(inner)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> SPEECH = java.util.Set.of("said", "says", "say", "told", "tells",
            "according to", "wrote", "writes", "added", "asked", "replied", "said in a statement", "explained",
            "noted", "argued", "stated", "insisted", "tweeted");

    /**
     * Content pieces sorted by start, so that finding the pieces that contain a cue looks only at
     * pieces starting at most the longest piece's length before it: linear in the article for news,
     * where every attribution was compared with every other before (quadratic on long texts).
     */
    private static final class ContentIndex {
        private final int[] starts;
        private final Span[] pieces;
        private final Attribution[] owners;
        private final int longest;

        ContentIndex(List<Attribution> all) {
            List<Object[]> entries = new ArrayList<>();
            for (Attribution b : all) {
                for (Span piece : b.content()) {
                    entries.add(new Object[] {piece, b});
                }
            }
            entries.sort(java.util.Comparator.comparingInt(e -> ((Span) e[0]).start()));
            starts = new int[entries.size()];
            pieces = new Span[entries.size()];
            owners = new Attribution[entries.size()];
            int max = 0;
            for (int i = 0; i < entries.size(); i++) {
                pieces[i] = (Span) entries.get(i)[0];
                owners[i] = (Attribution) entries.get(i)[1];
                starts[i] = pieces[i].start();
                max = Math.max(max, pieces[i].length());
            }
            longest = max;
        }

        /** The attribution with the smallest content piece that contains a's cue (and source), or null. */
        Attribution enclosing(Attribution a) {
            Span cue = a.source().isEmpty() ? Span.cover(a.cue())
                    : Span.cover(List.of(Span.cover(a.cue()), Span.cover(a.source())));
            Attribution best = null;
            int bestLength = Integer.MAX_VALUE;
            int from = lowerBound(cue.start() - longest);
            for (int i = from; i < starts.length && starts[i] <= cue.start(); i++) {
                Span piece = pieces[i];
                Attribution b = owners[i];
                if (b != a && piece.contains(cue) && piece.length() < bestLength && !a.content().contains(piece)) {
                    best = b;
                    bestLength = piece.length();
                }
            }
            return best;
        }

        private int lowerBound(int value) {
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < value) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

}
