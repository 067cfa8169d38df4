package org.claimgraph.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.Span;

/** Compares one article's predicted attributions with its gold ones. */
final class ArticleScorer {

    private record Sortable(int start, EvalError error) {
    }

    private ArticleScorer() {
    }

    static ArticleScore score(GoldArticle article, List<Attribution> predicted) {
        String text = article.text();
        Map<Role, List<RoleSpans>> gold = new EnumMap<>(Role.class);
        Map<Role, List<RoleSpans>> pred = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            gold.put(role, article.gold().stream().map(a -> RoleSpans.of(role.of(a), text)).toList());
            pred.put(role, predictedSpans(article, predicted, role));
        }
        Map<Role, RoleTally> tallies = new EnumMap<>(Role.class);
        List<Sortable> errors = new ArrayList<>();
        CodePointOffsets offsets = new CodePointOffsets(text);
        for (Role role : Role.values()) {
            RoleMatcher.RoleMatch match = RoleMatcher.match(gold.get(role), pred.get(role), text);
            tallies.put(role, match.tally());
            for (int g : match.missed()) {
                errors.add(error(EvalError.Kind.MISS, article, role, gold.get(role).get(g), pred.get(role), offsets));
            }
            for (int p : match.falseAlarms()) {
                errors.add(error(EvalError.Kind.FALSE_ALARM, article, role, pred.get(role).get(p), gold.get(role), offsets));
            }
        }
        errors.sort(Comparator.comparingInt(Sortable::start));
        return new ArticleScore(tallies, article.gold().size(), predicted.size(),
                allExact(gold, pred, article.gold().size()), errors.stream().map(Sortable::error).toList());
    }

    private static List<RoleSpans> predictedSpans(GoldArticle article, List<Attribution> predicted, Role role) {
        try {
            return predicted.stream().map(a -> RoleSpans.of(role.of(a), article.text())).toList();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("extractor returned a " + role.key() + " " + e.getMessage()
                    + " in article " + article.name(), e);
        }
    }

    /**
     * Gold attributions matched, one-to-one, by a prediction equal in all three roles; a role the
     * gold lacks must be lacking in the prediction too. Equality is transitive, so first-free is optimal.
     */
    private static int allExact(Map<Role, List<RoleSpans>> gold, Map<Role, List<RoleSpans>> pred, int goldCount) {
        int predictedCount = pred.get(Role.SOURCE).size();
        boolean[] used = new boolean[predictedCount];
        int hits = 0;
        for (int g = 0; g < goldCount; g++) {
            for (int p = 0; p < predictedCount; p++) {
                if (!used[p] && sameInAllRoles(gold, g, pred, p)) {
                    used[p] = true;
                    hits++;
                    break;
                }
            }
        }
        return hits;
    }

    private static boolean sameInAllRoles(Map<Role, List<RoleSpans>> gold, int g, Map<Role, List<RoleSpans>> pred, int p) {
        for (Role role : Role.values()) {
            if (!gold.get(role).get(g).equals(pred.get(role).get(p))) {
                return false;
            }
        }
        return true;
    }

    private static Sortable error(EvalError.Kind kind, GoldArticle article, Role role, RoleSpans instance,
            List<RoleSpans> otherSide, CodePointOffsets offsets) {
        String text = article.text();
        Optional<EvalError.Located> closest = otherSide.stream()
                .filter(o -> o.overlap(instance, text) > 0)
                .max(Comparator.comparingLong(o -> o.overlap(instance, text)))
                .map(o -> located(o, text, offsets));
        Span cover = Span.cover(instance.pieces());
        EvalError error = new EvalError(kind, article.name(), role, located(instance, text, offsets), closest,
                SentenceContext.around(text, cover));
        return new Sortable(cover.start(), error);
    }

    private static EvalError.Located located(RoleSpans instance, String text, CodePointOffsets offsets) {
        String brat = instance.pieces().stream()
                .map(s -> offsets.toCodePoint(s.start()) + " " + offsets.toCodePoint(s.end()))
                .collect(Collectors.joining(";"));
        return new EvalError.Located(brat, Span.textOf(text, instance.pieces()));
    }
}
