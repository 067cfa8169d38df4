package org.claimgraph.eval;

import java.util.List;
import java.util.Locale;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.Span;

/** The three scored parts of an attribution, in the order reports list them. */
public enum Role {
    SOURCE, CUE, CONTENT;

    /** The lower-case name used as JSON key and in error files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public List<Span> of(Attribution attribution) {
        return switch (this) {
            case SOURCE -> attribution.source();
            case CUE -> attribution.cue();
            case CONTENT -> attribution.content();
        };
    }

    public List<Span> of(GoldAttribution attribution) {
        return switch (this) {
            case SOURCE -> attribution.source();
            case CUE -> attribution.cue();
            case CONTENT -> attribution.content();
        };
    }
}
