package org.claimgraph.eval;

import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.claimgraph.rdf.Vocab.OA;

/**
 * What a Web Annotation span of the graph selects: its code-point offsets (from the position
 * selector) and, when the graph records it, its words (from the quote selector). The evaluations
 * read spans back this way to show a mention in its context.
 */
record SelectedText(int start, int end, Optional<String> exact) {

    /** The span's selection, or empty when it has no position selector. */
    static Optional<SelectedText> of(Resource span) {
        Integer start = null;
        Integer end = null;
        String exact = null;
        for (Statement sel : span.listProperties(OA.hasSelector).toList()) {
            Resource r = sel.getResource();
            if (r.hasProperty(OA.start) && r.hasProperty(OA.end)) {
                start = r.getProperty(OA.start).getInt();
                end = r.getProperty(OA.end).getInt();
            }
            if (r.hasProperty(OA.exact)) {
                exact = r.getProperty(OA.exact).getString();
            }
        }
        return start == null ? Optional.empty() : Optional.of(new SelectedText(start, end, Optional.ofNullable(exact)));
    }
}
