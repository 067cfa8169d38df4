package org.claimgraph.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of one article.
 *
 * @param allExact  gold attributions whose three roles one prediction got exactly right
 */
record ArticleScore(Map<Role, RoleTally> tallies, int gold, int predicted, int allExact, List<EvalError> errors) {

    ArticleScore {
        tallies = new EnumMap<>(tallies);
        errors = List.copyOf(errors);
    }
}
