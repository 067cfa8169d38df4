package org.claimgraph.provenance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.Span;
import org.claimgraph.provenance.ArticleCue.Kind;

/**
 * Finds the phrases by which an article shows its own provenance. Only wire agencies count as the
 * original reporter from "told X" alone: "told Asharq Al-Awsat" in Asharq Al-Awsat's own story says
 * nothing about a copy, while "told Reuters" on any other outlet's page means the story is Reuters'.
 */
public final class ArticleCues {

    private static final String WIRE = "(Reuters|AFP|Agence France-Presse|The Associated Press|Associated Press|AP)";

    private record Rule(Kind kind, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Kind.REPORTER, Pattern.compile("\\(" + WIRE + "\\)")),
            new Rule(Kind.REPORTER, Pattern.compile("\\b(?:told|in a statement to|speaking to|speaks to|said to)\\s+"
                    + WIRE + "\\b")),
            new Rule(Kind.REPORTER, Pattern.compile("For this report,\\s+([A-Z][\\w.&-]*(?: [A-Z][\\w.&-]*)*)\\s+"
                    + "(?:spoke|talked) (?:with|to)")),
            new Rule(Kind.TRANSLATOR, Pattern.compile("Translated by:\\s*([A-Z][\\w&-]*(?: [A-Z][\\w&-]*)*?)"
                    + "(?:\\s+(?:LINK|Agency))?[ \\t]*$", Pattern.MULTILINE)),
            new Rule(Kind.TRANSLATOR, Pattern.compile("in a report translated by\\s+([A-Z][\\w&-]*(?: [A-Z][\\w&-]*)*?)"
                    + "(?:\\s+Agency)?\\s*[,.]")),
            new Rule(Kind.PUBLISHER, Pattern.compile("^\\d{4}-\\d{2}-\\d{2}\\s+([A-Z][\\w&-]*(?: [A-Z][\\w&-]*)*)\\s*/",
                    Pattern.MULTILINE)),
            new Rule(Kind.SOURCE_LINK, Pattern.compile("^Source [Ll]ink[ \\t]*$", Pattern.MULTILINE)),
            new Rule(Kind.CONTRIBUTORS, Pattern.compile("Reporting was contributed by\\b")));

    private ArticleCues() {
    }

    /** Every cue inside {@code region}, in text order. */
    public static List<ArticleCue> find(String text, Span region) {
        List<ArticleCue> cues = new ArrayList<>();
        CharSequence window = text.subSequence(0, region.end());
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(window);
            m.region(region.start(), region.end());
            while (m.find()) {
                Optional<String> agent = m.groupCount() >= 1 && m.group(1) != null
                        ? Optional.of(canonical(m.group(1))) : Optional.empty();
                cues.add(new ArticleCue(rule.kind(), agent, new Span(m.start(), m.end())));
            }
        }
        cues.sort(Comparator.comparing(ArticleCue::span));
        return cues;
    }

    /** The first outlet named by cues of {@code kind}. */
    public static Optional<String> first(List<ArticleCue> cues, Kind kind) {
        return cues.stream().filter(c -> c.kind() == kind).flatMap(c -> c.agent().stream()).findFirst();
    }

    /** One spelling per agency, so that "AP" and "The Associated Press" meet in one actor. */
    static String canonical(String name) {
        return switch (name) {
            case "AP", "The Associated Press" -> "Associated Press";
            case "Agence France-Presse" -> "AFP";
            default -> name;
        };
    }
}
