package org.claimgraph.store.index;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * Order keys for the listings that sort named nodes by a stored string (actors by {@code cg:displayName},
 * events by {@code cg:timelineDate}): a number that never decreases where the string increases in
 * SPARQL's order (for xsd:string, Java's {@link String#compareTo}), so that TDB2, which keeps such
 * integers inline and in value order in its indexes, hands the nodes out nearly sorted, as it does the
 * claims' {@link PageKeys}. Strings the key cannot tell apart share it; a page walk takes whole groups of
 * equal keys and the query sorts them exactly. {@link #NONE} marks a node whose value no key can place
 * (another datatype, a character outside a date's alphabet): a walk takes such nodes whatever the page.
 */
public final class OrderKeys {

    /** The key of a value no key can place: read on every page, never counted toward one. */
    public static final long NONE = 0;
    /** Characters of a name a key keeps, 7 bits each, behind one bit that keeps keys above {@link #NONE}. */
    private static final int NAME_CHARS = 7;
    /** The characters of xsd:date, gYearMonth and gYear lexical forms (with time zones), in code order. */
    private static final String DATE_ALPHABET = "+-0123456789:TZ";
    /** Characters of a date a key keeps, 4 bits each: all of "2016-09-25+02:" (53 bits: inline in TDB2). */
    private static final int DATE_CHARS = 13;

    private OrderKeys() {
    }

    /**
     * The key of a name: its first seven characters, 7 bits each; a character from U+007F up ends what the
     * key keeps (it counts as the greatest, the rest as nothing), so names the key cannot tell apart get
     * the same key rather than a wrong order. {@link #NONE} for a literal that is not an xsd:string.
     */
    public static long name(Node name) {
        if (!isString(name)) {
            return NONE;
        }
        String s = name.getLiteralLexicalForm();
        long key = 1;
        boolean ended = false;
        for (int i = 0; i < NAME_CHARS; i++) {
            int c = ended || i >= s.length() ? 0 : s.charAt(i);
            if (c >= 0x7f) {
                c = 0x7f;
                ended = true;
            }
            key = (key << 7) | c;
        }
        return key;
    }

    /**
     * The key of a timeline date (a date's lexical form as a plain string): its first thirteen characters,
     * each its place in {@link #DATE_ALPHABET} from 1 (0 past the end). {@link #NONE} for any other
     * character or datatype.
     */
    public static long date(Node date) {
        if (!isString(date)) {
            return NONE;
        }
        String s = date.getLiteralLexicalForm();
        long key = 1;
        for (int i = 0; i < DATE_CHARS; i++) {
            int c = 0;
            if (i < s.length()) {
                c = DATE_ALPHABET.indexOf(s.charAt(i)) + 1;
                if (c == 0) {
                    return NONE;
                }
            }
            key = (key << 4) | c;
        }
        return key;
    }

    private static boolean isString(Node n) {
        return n.isLiteral() && XSDDatatype.XSDstring.getURI().equals(n.getLiteralDatatypeURI());
    }
}
