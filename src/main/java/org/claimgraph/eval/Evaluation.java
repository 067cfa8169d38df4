package org.claimgraph.eval;

import java.util.List;

/** A report together with the errors behind it, in article order. */
public record Evaluation(EvalReport report, List<EvalError> errors) {

    public Evaluation {
        errors = List.copyOf(errors);
    }
}
