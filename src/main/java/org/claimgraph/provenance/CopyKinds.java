package org.claimgraph.provenance;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.claimgraph.rdf.Vocab.CG;

/**
 * The kind of a copy whose metadata does not say. An article spinner's tell is the reporting verb: it
 * swaps "said" for "mentioned" and "told" for "instructed" throughout, which no newsroom does.
 * Without that tell the copy counts as a reprint; telling a machine translation from a reprint needs
 * the original, which the corpus often lacks, so only metadata declares one.
 */
final class CopyKinds {

    private static final Pattern SAID = Pattern.compile("\\b(said|told)\\b");
    private static final Pattern SPUN = Pattern.compile("\\b(mentioned|instructed)\\b");

    private CopyKinds() {
    }

    static Resource infer(String text) {
        return count(SPUN, text) > count(SAID, text) ? CG.SpunCopy : CG.Reprint;
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
