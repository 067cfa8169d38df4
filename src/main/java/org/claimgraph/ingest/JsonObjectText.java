package org.claimgraph.ingest;

import java.io.StringReader;
import org.apache.jena.atlas.io.PeekReader;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.io.JSONMaker;
import org.apache.jena.atlas.json.io.parser.JSONP;
import org.apache.jena.atlas.json.io.parser.TokenizerJSON;

/**
 * Parses a text that must be exactly one JSON object, with Jena's JSON parser.
 * {@code JSON.parse} stops after the first object and ignores the rest, so two records in a .json
 * file (or on one JSON Lines line) would silently lose the second; this parser rejects them.
 */
final class JsonObjectText {

    private JsonObjectText() {
    }

    /** @throws BadInputException "broken JSON at line L, column C: ..." */
    static JsonObject parse(String json) throws BadInputException {
        return parse(json, true);
    }

    /** For one line of JSON Lines, whose line number the caller reports. @throws BadInputException "broken JSON at column C: ..." */
    static JsonObject parseLine(String json) throws BadInputException {
        return parse(json, false);
    }

    private static JsonObject parse(String json, boolean withLine) throws BadInputException {
        // A byte order mark is not JSON; Jena's tokenizer rejects it. Offsets into a JSON file do not matter.
        String body = json.startsWith("\uFEFF") ? json.substring(1) : json;
        WholeInputParser parser = new WholeInputParser(body);
        try {
            return parser.parseWhole();
        } catch (JsonParseException e) {
            throw new BadInputException("broken JSON at " + where(e.getLine(), e.getColumn(), withLine) + ": " + message(e));
        } catch (RuntimeException e) {
            // Jena 5.6.0's JSONP dereferences a null token type when input ends inside a value
            // ({"a": ) and throws NullPointerException. Whatever the parser throws on user input is
            // broken input to us, never a reason to stop reading the other files.
            String what = e instanceof NullPointerException ? "unexpected end of input" : "unreadable JSON (" + e + ")";
            throw new BadInputException("broken JSON at " + where(parser.line(), parser.column(), withLine) + ": " + what);
        }
    }

    private static String where(long line, long column, boolean withLine) {
        return (withLine ? "line " + line + ", " : "") + "column " + column;
    }

    /** Jena's message without the position it appends, which we report in our own words. */
    private static String message(JsonParseException e) {
        String m = String.valueOf(e.getMessage());
        return m.replaceFirst("\\s*\\[\\d+, ?\\d+\\]\\s*$", "");
    }

    /** Jena's JSONP keeps its look-ahead private; a subclass can still ask whether tokens remain. */
    private static final class WholeInputParser extends JSONP {
        private final JSONMaker maker;

        private WholeInputParser(String json) {
            this(json, new JSONMaker());
        }

        private WholeInputParser(String json, JSONMaker maker) {
            super(new TokenizerJSON(PeekReader.make(new StringReader(json))), maker);
            this.maker = maker;
        }

        long line() {
            return currLine;
        }

        long column() {
            return currCol;
        }

        JsonObject parseWhole() {
            parse();
            if (moreTokens()) {
                exception("more content after the JSON object: %s", peekToken());
            }
            return maker.jsonValue().getAsObject();
        }
    }
}
