package org.claimgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;

/**
 * Reads PolNeAR's brat standoff files into gold attributions.
 *
 * <p>Only {@code T} (text-bound) and {@code E} (event) lines matter: an event's arguments named
 * Source, Cue or Content (brat numbers repeats: Content2, ...) give that role's spans, merged
 * and sorted. Everything else is skipped: A/R/# lines, blank lines, the Attribution anchor,
 * Discard/Discuss spans, and the continuation lines brat writes when an annotated span contains a
 * line break. Events with none of the three roles (brat leftovers such as
 * {@code E2 Attribution-no-source:T5} with no other argument) are dropped because nothing could ever match them.
 */
public final class BratAttributionReader {

    // Strict prefixes, so a continuation line that happens to start with "T" is never taken for a span.
    private static final Pattern TEXT_BOUND =
            Pattern.compile("^(T\\d+)\\t(\\S+) (\\d+ \\d+(?:;\\d+ \\d+)*)(?:\\t.*)?$");
    private static final Pattern EVENT = Pattern.compile("^E\\d+\\t(.*)$");
    private static final Pattern ARGUMENT = Pattern.compile("^([A-Za-z-]+?)\\d*:(T\\d+)$");
    private static final Map<String, Role> ROLE_NAMES =
            Map.of("Source", Role.SOURCE, "Cue", Role.CUE, "Content", Role.CONTENT);

    private BratAttributionReader() {
    }

    /**
     * The attributions of one .ann file, in file order, with offsets converted from code points to
     * UTF-16 chars of {@code text}.
     *
     * @throws IOException if the file cannot be read, or a span is malformed or outside {@code text}
     */
    public static List<GoldAttribution> read(Path annFile, String text) throws IOException {
        List<String> lines = Files.readAllLines(annFile, StandardCharsets.UTF_8);
        try {
            return parse(lines, text);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IOException(annFile + ": " + e.getMessage(), e);
        }
    }

    static List<GoldAttribution> parse(List<String> lines, String text) {
        CodePointOffsets offsets = new CodePointOffsets(text);
        Map<String, List<Span>> spansById = new HashMap<>();
        List<String> events = new ArrayList<>();
        for (String line : lines) {
            Matcher t = TEXT_BOUND.matcher(line);
            if (t.matches()) {
                spansById.put(t.group(1), spans(t.group(3), offsets));
                continue;
            }
            Matcher e = EVENT.matcher(line);
            if (e.matches()) {
                events.add(e.group(1));
            }
        }
        // Events may name spans defined further down, so they are resolved after the whole file.
        List<GoldAttribution> result = new ArrayList<>();
        for (String arguments : events) {
            Map<Role, List<Span>> roles = new EnumMap<>(Role.class);
            for (String argument : arguments.trim().split("\\s+")) {
                Matcher a = ARGUMENT.matcher(argument);
                if (!a.matches()) {
                    continue;
                }
                Role role = ROLE_NAMES.get(a.group(1));
                List<Span> spans = spansById.get(a.group(2));
                if (role != null && spans != null) {
                    roles.computeIfAbsent(role, r -> new ArrayList<>()).addAll(spans);
                }
            }
            if (!roles.isEmpty()) {
                result.add(new GoldAttribution(sorted(roles.get(Role.SOURCE)),
                        sorted(roles.get(Role.CUE)), sorted(roles.get(Role.CONTENT))));
            }
        }
        return result;
    }

    private static List<Span> spans(String field, CodePointOffsets offsets) {
        List<Span> spans = new ArrayList<>();
        for (String piece : field.split(";")) {
            String[] bounds = piece.split(" ");
            spans.add(new Span(offsets.toChar(Integer.parseInt(bounds[0])),
                    offsets.toChar(Integer.parseInt(bounds[1]))));
        }
        return spans;
    }

    private static List<Span> sorted(List<Span> spans) {
        return spans == null ? List.of() : spans.stream().sorted().toList();
    }
}
