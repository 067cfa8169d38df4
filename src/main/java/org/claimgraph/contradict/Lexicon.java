package org.claimgraph.contradict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the hand-written rule and word lists in src/main/resources/org/claimgraph/contradict: one
 * entry a line, '#' starts a comment line, fields separated by '|'. Keeping them out of the code
 * lets a reader check and extend the rules without reading Java.
 */
final class Lexicon {

    private Lexicon() {
    }

    /** The non-comment, non-blank lines of a resource file, trimmed. */
    static List<String> lines(String file) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.trim();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    lines.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Lines split on '|' into trimmed fields. */
    static List<List<String>> rows(String file) {
        return lines(file).stream().map(Lexicon::fields).toList();
    }

    /** The rows of lines that start with {@code tag:}, without the tag. */
    static List<List<String>> tagged(String file, String tag) {
        String prefix = tag + ":";
        return lines(file).stream().filter(l -> l.startsWith(prefix))
                .map(l -> fields(l.substring(prefix.length()))).toList();
    }

    /** The lines that start with {@code tag:}, without the tag, unsplit: regular expressions use '|'. */
    static List<String> patterns(String file, String tag) {
        String prefix = tag + ":";
        return lines(file).stream().filter(l -> l.startsWith(prefix))
                .map(l -> l.substring(prefix.length()).trim()).toList();
    }

    static List<String> fields(String line) {
        return Arrays.stream(line.split("\\|")).map(String::trim).toList();
    }
}
