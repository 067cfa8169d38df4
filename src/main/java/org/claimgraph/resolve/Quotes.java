package org.claimgraph.resolve;

/**
 * Where quotations stand in a text, so that a pronoun outside a quotation does not refer back to a
 * name inside it ("“… if Donald Trump is elected …,” he said" is the speaker). Curly quotes open and
 * close; straight double quotes and `` '' alternate; a paragraph break ends any quotation left open,
 * so an unbalanced quote mark spoils one paragraph at most. One pass, one int per char.
 */
final class Quotes {

    private Quotes() {
    }

    /** For each char, the number of the quotation it stands in (from 1), or 0 outside any. */
    static int[] regions(String text) {
        int[] out = new int[text.length()];
        int current = 0;
        int next = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean open = c == '“' || (c == '`' && i + 1 < text.length() && text.charAt(i + 1) == '`');
            boolean close = c == '”' || (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'');
            if (c == '"') {
                open = current == 0;
                close = current != 0;
            }
            if (c == '\n') {
                current = 0;
            } else if (open && current == 0) {
                current = next++;
            } else if (close && current != 0) {
                out[i] = current;
                current = 0;
                continue;
            }
            out[i] = current;
        }
        return out;
    }

    /** Whether the candidate at {@code from} stands inside a quotation the mention at {@code at} is not in. */
    static boolean shut(int[] regions, int from, int at) {
        return from < regions.length && at < regions.length && regions[from] != 0 && regions[from] != regions[at];
    }
}
