package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimgraph.extract.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratAttributionReaderTest {

    // Offsets: '"'0 We1-3 ' '3 win4-7 ','7 '"'8 ' '9 Jones10-15 ' '15 said16-20 ','20 ' '21 '"'22 soon23-27 '.'27 '"'28
    private static final String QUOTE = "\"We win,\" Jones said, \"soon.\"";

    @TempDir
    Path tmp;

    private List<GoldAttribution> read(String text, String... lines) throws IOException {
        Path ann = tmp.resolve("a_x.ann");
        Files.writeString(ann, lines.length == 0 ? "" : String.join("\n", lines) + "\n");
        return BratAttributionReader.read(ann, text);
    }

    @Test
    void readsRolesWithDiscontinuousContent() throws IOException {
        List<GoldAttribution> gold = read(QUOTE,
                "T1\tSource 10 15\tJones",
                "T2\tCue 16 20\tsaid",
                "T3\tContent 0 9;22 29\t\"We win,\" \"soon.\"",
                "T4\tAttribution 16 20\tsaid",
                "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3");
        assertEquals(List.of(new GoldAttribution(List.of(new Span(10, 15)), List.of(new Span(16, 20)),
                List.of(new Span(0, 9), new Span(22, 29)))), gold);
    }

    @Test
    void numberedRepeatsOfARoleAreMergedAndSorted() throws IOException {
        List<GoldAttribution> gold = read(QUOTE,
                "E1\tAttribution:T4 Cue:T2 Source:T1 Content:T5 Content2:T3",
                "T1\tSource 10 15\tJones",
                "T2\tCue 16 20\tsaid",
                "T3\tContent 0 9\t\"We win,\"",
                "T5\tContent 22 29\t\"soon.\"",
                "T4\tAttribution 16 20\tsaid");
        assertEquals(List.of(new Span(0, 9), new Span(22, 29)), gold.get(0).content());
    }

    @Test
    void attributionWithoutSourceHasEmptySource() throws IOException {
        // "It is said that taxes rise.": "is said" 3-10, "that taxes rise" 11-26
        List<GoldAttribution> gold = read("It is said that taxes rise.",
                "T1\tCue 3 10\tis said",
                "T2\tContent 11 26\tthat taxes rise",
                "T3\tAttribution-no-source 3 10\tis said",
                "E1\tAttribution-no-source:T3 Cue:T1 Content:T2");
        assertEquals(List.of(new GoldAttribution(List.of(), List.of(new Span(3, 10)), List.of(new Span(11, 26)))), gold);
    }

    @Test
    void skipsBlankNoteAndContinuationLinesAndRolelessEvents() throws IOException {
        List<GoldAttribution> gold = read("Smith said the plan works.\nThe end.",
                "",
                "T1\tSource 0 5\tSmith",
                "T2\tCue 6 10\tsaid",
                "T3\tContent 11 35\tthe plan works.",
                "The end.",
                "T4\tAttribution 6 10\tsaid",
                "A1\tNegated T4",
                "R1\tCoref Arg1:T1 Arg2:T1",
                "#1\tAnnotatorNotes T1\ta note",
                "",
                "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
                "E2\tAttribution-no-source:T4 ");
        assertEquals(1, gold.size());
        assertEquals(List.of(new Span(11, 35)), gold.get(0).content());
    }

    @Test
    void emptyFileHasNoAttributions() throws IOException {
        assertTrue(read("Some text.").isEmpty());
    }

    @Test
    void convertsCodePointOffsetsToUtf16() throws IOException {
        // U+1F600 is one code point but two UTF-16 chars: code point offsets 2-5 ("Ann") are chars 3-6.
        String text = "\uD83D\uDE00 Ann said hi.";
        List<GoldAttribution> gold = read(text,
                "T1\tSource 2 5\tAnn",
                "T2\tCue 6 10\tsaid",
                "T3\tContent 11 13\thi",
                "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3");
        GoldAttribution a = gold.get(0);
        assertEquals(List.of(new Span(3, 6)), a.source());
        assertEquals(List.of(new Span(7, 11)), a.cue());
        assertEquals(List.of(new Span(12, 14)), a.content());
        assertEquals("Ann", a.source().get(0).of(text));
        assertEquals("hi", a.content().get(0).of(text));
    }

    @Test
    void offsetBeyondTheTextIsAnErrorNamingTheFile() {
        IOException e = assertThrows(IOException.class, () -> read("Short.",
                "T1\tContent 0 60\tShort.",
                "E1\tAttribution:T1 Content:T1"));
        assertTrue(e.getMessage().contains("a_x.ann"), e.getMessage());
    }
}
