package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvalErrorWriterTest {

    @Test
    void oneTabSeparatedLinePerErrorWithEscapedQuotes() throws IOException {
        List<EvalError> errors = List.of(
                new EvalError(EvalError.Kind.MISS, "art", Role.CONTENT,
                        new EvalError.Located("11 25", "the \"plan\"\nworks"),
                        Optional.of(new EvalError.Located("11 26", "the plan works.")), "Smith said it."),
                new EvalError(EvalError.Kind.FALSE_ALARM, "art", Role.SOURCE,
                        new EvalError.Located("0 2", "It"), Optional.empty(), "It is said."));
        StringWriter out = new StringWriter();
        EvalErrorWriter.write(errors, out);
        String[] lines = out.toString().split("\n");
        assertEquals(3, lines.length);
        assertEquals("MISS\tcontent\tart\tspan=11 25 \"the \\\"plan\\\" works\"\tclosest=11 26 \"the plan works.\""
                + "\tcontext=\"Smith said it.\"", lines[1]);
        assertEquals("FALSE_ALARM\tsource\tart\tspan=0 2 \"It\"\tclosest=none\tcontext=\"It is said.\"", lines[2]);
    }
}
