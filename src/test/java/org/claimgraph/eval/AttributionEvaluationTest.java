package org.claimgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.QuoteKind;
import org.claimgraph.extract.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expected figures are worked out by hand from the offsets noted beside each text. */
class AttributionEvaluationTest {

    private static final double EPS = 1e-9;

    // S0 m1 i2 t3 h4 _5 s6 a7 i8 d9 _10 t11 ... s24 .25 : Smith 0-5, said 6-10, "the plan works" 11-25, "." 25-26
    private static final String PLAN = "Smith said the plan works.";
    private static final String[] PLAN_GOLD = {
            "T1\tSource 0 5\tSmith", "T2\tCue 6 10\tsaid", "T3\tContent 11 25\tthe plan works",
            "T4\tAttribution 6 10\tsaid", "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3"};

    @TempDir
    Path tmp;

    private static List<Span> at(int start, int end) {
        return List.of(new Span(start, end));
    }

    private static Attribution predicted(List<Span> source, List<Span> cue, List<Span> content) {
        return new Attribution(source, cue, content, QuoteKind.INDIRECT);
    }

    private Evaluation evaluate(String text, List<Attribution> predictions, String... gold) throws IOException {
        TinyCorpus corpus = new TinyCorpus(tmp).text("art", text).ann("art", "0001", gold);
        return new AttributionEvaluation(t -> predictions).run(corpus.open());
    }

    @Test
    void exactHitScoresOneEverywhere() throws IOException {
        Evaluation e = evaluate(PLAN, List.of(predicted(at(0, 5), at(6, 10), at(11, 25))), PLAN_GOLD);
        for (Role role : Role.values()) {
            RoleTally t = e.report().role(role);
            assertEquals(1.0, t.precision(), EPS, role.key());
            assertEquals(1.0, t.recall(), EPS, role.key());
            assertEquals(1.0, t.f1(), EPS, role.key());
            assertEquals(1.0, t.overlapPrecision(), EPS, role.key());
            assertEquals(1.0, t.overlapRecall(), EPS, role.key());
        }
        assertEquals(1.0, e.report().allExact(), EPS);
        assertEquals(1, e.report().articles());
        assertEquals(5, e.report().words());
        assertTrue(e.errors().isEmpty());
    }

    @Test
    void offByOneIsNoExactHitButOverlaps() throws IOException {
        // predicted content 11-26 takes the full stop: 15 chars, 14 of them gold
        Evaluation e = evaluate(PLAN, List.of(predicted(at(0, 5), at(6, 10), at(11, 26))), PLAN_GOLD);
        RoleTally content = e.report().role(Role.CONTENT);
        assertEquals(new RoleTally(1, 1, 0, 14, 15, 14), content);
        assertEquals(0.0, content.f1(), EPS);
        assertEquals(14.0 / 15, content.overlapPrecision(), EPS);
        assertEquals(1.0, content.overlapRecall(), EPS);
        assertEquals(1.0, e.report().role(Role.SOURCE).f1(), EPS);
        assertEquals(0.0, e.report().allExact(), EPS);

        assertEquals(2, e.errors().size());
        EvalError miss = e.errors().stream().filter(x -> x.kind() == EvalError.Kind.MISS).findFirst().orElseThrow();
        assertEquals(Role.CONTENT, miss.role());
        assertEquals(new EvalError.Located("11 25", "the plan works"), miss.span());
        assertEquals(Optional.of(new EvalError.Located("11 26", "the plan works.")), miss.closest());
        assertEquals(PLAN, miss.context());
    }

    @Test
    void surroundingWhitespaceIsTrimmedOnBothSides() throws IOException {
        // gold content 10-25 is " the plan works"; predicted source 0-6 is "Smith "
        Evaluation e = evaluate(PLAN, List.of(predicted(at(0, 6), at(6, 10), at(11, 25))),
                "T1\tSource 0 5\tSmith", "T2\tCue 6 10\tsaid", "T3\tContent 10 25\t the plan works",
                "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3");
        assertEquals(new RoleTally(1, 1, 1, 5, 5, 5), e.report().role(Role.SOURCE));
        assertEquals(new RoleTally(1, 1, 1, 14, 14, 14), e.report().role(Role.CONTENT));
        assertEquals(1.0, e.report().allExact(), EPS);
    }

    // '"'0 We1-3 _3 win4-7 ','7 '"'8 _9 Jones10-15 _15 said16-20 ','20 _21 '"'22 soon23-27 '.'27 '"'28
    private static final String QUOTE = "\"We win,\" Jones said, \"soon.\"";
    private static final String[] QUOTE_GOLD = {
            "T1\tSource 10 15\tJones", "T2\tCue 16 20\tsaid", "T3\tContent 0 9;22 29\t\"We win,\" \"soon.\"",
            "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3"};

    @Test
    void discontinuousContentMatchesWhenAllPiecesDo() throws IOException {
        Evaluation e = evaluate(QUOTE,
                List.of(predicted(at(10, 15), at(16, 20), List.of(new Span(0, 9), new Span(22, 29)))), QUOTE_GOLD);
        assertEquals(new RoleTally(1, 1, 1, 16, 16, 16), e.report().role(Role.CONTENT));
        assertEquals(1.0, e.report().allExact(), EPS);
    }

    @Test
    void discontinuousContentWithOnePieceIsAMissThatOverlaps() throws IOException {
        // only the first piece: 9 of the gold's 9 + 7 = 16 chars
        Evaluation e = evaluate(QUOTE, List.of(predicted(at(10, 15), at(16, 20), at(0, 9))), QUOTE_GOLD);
        RoleTally content = e.report().role(Role.CONTENT);
        assertEquals(0.0, content.recall(), EPS);
        assertEquals(1.0, content.overlapPrecision(), EPS);
        assertEquals(9.0 / 16, content.overlapRecall(), EPS);
        EvalError miss = e.errors().stream().filter(x -> x.kind() == EvalError.Kind.MISS).findFirst().orElseThrow();
        assertEquals("0 9;22 29", miss.span().offsets());
        assertEquals("\"We win,\" \"soon.\"", miss.span().text());
    }

    // brat cuts a span at a line break: "the plan" 11-19 and "works" 20-25 with a newline at 19
    private static final String PLAN_BROKEN = "Smith said the plan\nworks.";
    private static final String[] PLAN_BROKEN_GOLD = {
            "T1\tSource 0 5\tSmith", "T2\tCue 6 10\tsaid", "T3\tContent 11 19;20 25\tthe plan works",
            "T4\tAttribution 6 10\tsaid", "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3"};

    @Test
    void piecesSplitOnlyByALineBreakMatchOneContiguousSpan() throws IOException {
        Evaluation e = evaluate(PLAN_BROKEN, List.of(predicted(at(0, 5), at(6, 10), at(11, 25))), PLAN_BROKEN_GOLD);
        assertEquals(1.0, e.report().role(Role.CONTENT).f1(), EPS);
        assertEquals(1.0, e.report().allExact(), EPS);
    }

    @Test
    void piecesSplitByAWordStayApart() throws IOException {
        // "said" between the pieces is not whitespace: one contiguous prediction is no exact hit
        Evaluation e = evaluate(QUOTE, List.of(predicted(at(10, 15), at(16, 20), at(0, 29))), QUOTE_GOLD);
        assertEquals(0.0, e.report().role(Role.CONTENT).recall(), EPS);
    }

    // I0 t1 _2 i3 s4 _5 s6 a7 i8 d9 _10 t11 h12 a13 t14 _15 taxes16-21 _21 rise22-26 .26
    private static final String TAXES = "It is said that taxes rise.";
    private static final String[] TAXES_GOLD = {
            "T1\tCue 3 10\tis said", "T2\tContent 11 26\tthat taxes rise", "T3\tAttribution-no-source 3 10\tis said",
            "E1\tAttribution-no-source:T3 Cue:T1 Content:T2"};

    @Test
    void missingGoldSourceMissingInPredictionIsAllExact() throws IOException {
        Evaluation e = evaluate(TAXES, List.of(predicted(List.of(), at(3, 10), at(11, 26))), TAXES_GOLD);
        assertEquals(RoleTally.ZERO, e.report().role(Role.SOURCE));
        assertEquals(1.0, e.report().role(Role.CUE).f1(), EPS);
        assertEquals(1.0, e.report().allExact(), EPS);
    }

    @Test
    void sourceWhereGoldHasNoneIsAFalseAlarmAndSpoilsAllExact() throws IOException {
        Evaluation e = evaluate(TAXES, List.of(predicted(at(0, 2), at(3, 10), at(11, 26))), TAXES_GOLD);
        assertEquals(new RoleTally(0, 1, 0, 0, 2, 0), e.report().role(Role.SOURCE));
        assertEquals(1.0, e.report().role(Role.CONTENT).f1(), EPS);
        assertEquals(0.0, e.report().allExact(), EPS);
        assertEquals(1, e.errors().size());
        EvalError alarm = e.errors().get(0);
        assertEquals(EvalError.Kind.FALSE_ALARM, alarm.kind());
        assertEquals(Role.SOURCE, alarm.role());
        assertEquals(new EvalError.Located("0 2", "It"), alarm.span());
        assertEquals(Optional.empty(), alarm.closest());
    }

    @Test
    void eachGoldInstanceIsMatchedAtMostOnce() throws IOException {
        // two identical predictions for one gold attribution: one hit, one false alarm per role
        Attribution p = predicted(at(0, 5), at(6, 10), at(11, 25));
        Evaluation e = evaluate(PLAN, List.of(p, p), PLAN_GOLD);
        RoleTally source = e.report().role(Role.SOURCE);
        assertEquals(new RoleTally(1, 2, 1, 5, 10, 5), source);
        assertEquals(0.5, source.precision(), EPS);
        assertEquals(1.0, source.recall(), EPS);
        assertEquals(2 * 0.5 / 1.5, source.f1(), EPS);
        assertEquals(0.5, source.overlapPrecision(), EPS);
        assertEquals(1.0, e.report().allExact(), EPS);
    }

    // U+1F600 is 2 UTF-16 chars. Code points: emoji0 _1 Ann2-5 _5 said6-10 _10 hi11-13 .13
    // UTF-16 chars: emoji0-2 _2 Ann3-6 _6 said7-11 _11 hi12-14 .14
    private static final String EMOJI = "\uD83D\uDE00 Ann said hi.";
    private static final String[] EMOJI_GOLD = {
            "T1\tSource 2 5\tAnn", "T2\tCue 6 10\tsaid", "T3\tContent 11 13\thi",
            "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3"};

    @Test
    void goldCodePointOffsetsMatchUtf16Predictions() throws IOException {
        Evaluation e = evaluate(EMOJI, List.of(predicted(at(3, 6), at(7, 11), at(12, 14))), EMOJI_GOLD);
        assertEquals(new RoleTally(1, 1, 1, 3, 3, 3), e.report().role(Role.SOURCE));
        assertEquals(new RoleTally(1, 1, 1, 2, 2, 2), e.report().role(Role.CONTENT));
        assertEquals(1.0, e.report().allExact(), EPS);
    }

    @Test
    void predictionUsingCodePointsAsCharsIsWrongAndReportedInCodePoints() throws IOException {
        // chars 2-5 are " An": trimmed to 3-5 "An", code points 2-4; overlaps "Ann" by 2
        Evaluation e = evaluate(EMOJI, List.of(predicted(at(2, 5), at(7, 11), at(12, 14))), EMOJI_GOLD);
        assertEquals(new RoleTally(1, 1, 0, 3, 2, 2), e.report().role(Role.SOURCE));
        EvalError alarm = e.errors().stream()
                .filter(x -> x.kind() == EvalError.Kind.FALSE_ALARM).findFirst().orElseThrow();
        assertEquals(new EvalError.Located("2 4", "An"), alarm.span());
        assertEquals(Optional.of(new EvalError.Located("2 5", "Ann")), alarm.closest());
    }

    @Test
    void twoAnnotatorsScoreAgainstTheAlphabeticallyFirst() throws IOException {
        TinyCorpus corpus = new TinyCorpus(tmp).text("art", PLAN)
                .ann("art", "zz01", "T1\tSource 11 19\tthe plan", "T2\tCue 6 10\tsaid", "T3\tContent 0 5\tSmith",
                        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3")
                .ann("art", "aa02", PLAN_GOLD);
        Evaluation e = new AttributionEvaluation(t -> List.of(predicted(at(0, 5), at(6, 10), at(11, 25))))
                .run(corpus.open());
        assertEquals(1.0, e.report().allExact(), EPS);
        assertEquals(1, e.report().gold());
    }

    @Test
    void limitScoresOnlyTheFirstArticles() throws IOException {
        TinyCorpus corpus = new TinyCorpus(tmp).text("a", PLAN).ann("a", "1", PLAN_GOLD)
                .text("b", TAXES).ann("b", "1", TAXES_GOLD);
        Evaluation e = new AttributionEvaluation(t -> List.of()).run(corpus.open(), 1);
        assertEquals(1, e.report().articles());
        assertEquals(1, e.report().gold());
        assertEquals(3, e.errors().size());
    }
}
