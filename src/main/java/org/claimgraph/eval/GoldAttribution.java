package org.claimgraph.eval;

import java.util.List;
import org.claimgraph.extract.Span;

/**
 * One annotated attribution, spans already converted to the project's UTF-16 offsets.
 * Unlike {@link org.claimgraph.extract.Attribution} any role may be empty: annotators leave out
 * sources of unattributed cues, and a few brat events lack a cue or content.
 */
public record GoldAttribution(List<Span> source, List<Span> cue, List<Span> content) {

    public GoldAttribution {
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        content = List.copyOf(content);
    }
}
