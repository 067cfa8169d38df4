package org.claimgraph.cli;

import java.util.List;

/** Draws one claim's chain of attribution as a Graphviz DOT digraph: the claim, then hop after hop. */
final class ChainDot {

    /** One row of the attribution-chain query. */
    record Hop(int depth, String agentName, String role) {
    }

    private static final int WRAP = 48;

    private ChainDot() {
    }

    static String render(String claim, String text, List<Hop> hops) {
        StringBuilder dot = new StringBuilder();
        dot.append("digraph chain {\n")
                .append("  graph [rankdir=LR, label=").append(quote(claim)).append(", labelloc=b, fontsize=9];\n")
                .append("  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n")
                .append("  edge [fontname=\"Helvetica\", fontsize=10];\n")
                .append("  claim [shape=note, label=").append(quote(wrap(shorten(text)))).append("];\n");
        for (Hop h : hops) {
            dot.append("  h").append(h.depth()).append(" [label=").append(quote(h.agentName())).append("];\n");
        }
        if (!hops.isEmpty()) {
            dot.append("  claim -> h0 [label=\"said by\", dir=back, style=dashed];\n");
        }
        for (int i = 1; i < hops.size(); i++) {
            dot.append("  h").append(hops.get(i - 1).depth()).append(" -> h").append(hops.get(i).depth())
                    .append(" [label=").append(quote(words(hops.get(i).role()))).append("];\n");
        }
        return dot.append("}\n").toString();
    }

    /** "ToldTo" gives "told to". */
    static String words(String role) {
        return role.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 200 ? flat : flat.substring(0, 197) + "...";
    }

    private static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int line = 0;
        for (String word : text.split(" ")) {
            if (line > 0 && line + word.length() > WRAP) {
                out.append('\n');
                line = 0;
            } else if (line > 0) {
                out.append(' ');
                line++;
            }
            out.append(word);
            line += word.length();
        }
        return out.toString();
    }

    /** A DOT string: backslashes and quotes escaped, line breaks as \n. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
