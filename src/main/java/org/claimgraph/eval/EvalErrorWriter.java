package org.claimgraph.eval;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes errors one per line, tab-separated, so that {@code grep}, {@code cut} and {@code sort}
 * work on them:
 * <pre>KIND  role  article  span=OFFSETS "text"  closest=OFFSETS "text"|closest=none  context="..."</pre>
 * KIND is MISS (gold not matched exactly) or FALSE_ALARM (prediction not matched exactly).
 * OFFSETS are code points in brat notation, as in the .ann files; "closest" is the other side's
 * instance of the same role that overlaps most. Texts are quoted with \" and \\ escaped and
 * whitespace collapsed, so a record never spans lines.
 */
public final class EvalErrorWriter {

    private EvalErrorWriter() {
    }

    public static void write(List<EvalError> errors, Writer out) throws IOException {
        out.write("# kind\trole\tarticle\tspan\tclosest\tcontext; offsets are Unicode code points (brat notation, end exclusive)\n");
        for (EvalError e : errors) {
            out.write(e.kind().name());
            out.write('\t');
            out.write(e.role().key());
            out.write('\t');
            out.write(e.article());
            out.write("\tspan=");
            out.write(located(e.span()));
            out.write("\tclosest=");
            out.write(e.closest().map(EvalErrorWriter::located).orElse("none"));
            out.write("\tcontext=");
            out.write(quoted(e.context()));
            out.write('\n');
        }
    }

    private static String located(EvalError.Located l) {
        return l.offsets() + " " + quoted(l.text());
    }

    private static String quoted(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return '"' + flat.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
