package org.claimgraph.eval;

import com.google.common.base.CharMatcher;
import java.text.BreakIterator;
import java.util.Locale;
import org.claimgraph.extract.Span;

/** The sentence(s) around a span, kept within its line, for error files a person reads. */
final class SentenceContext {

    private static final int MAX_CHARS = 600;

    private SentenceContext() {
    }

    static String around(String text, Span cover) {
        if (text.isEmpty()) {
            return "";
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        int start = sentences.preceding(Math.min(cover.start() + 1, text.length()));
        int end = cover.end() >= text.length() ? text.length() : sentences.following(Math.max(cover.end() - 1, 0));
        // Headlines and bylines carry no full stop, so the sentence detector would run on across them.
        start = Math.max(start == BreakIterator.DONE ? 0 : start, text.lastIndexOf('\n', cover.start() - 1) + 1);
        int lineEnd = text.indexOf('\n', cover.end());
        end = Math.min(end == BreakIterator.DONE ? text.length() : end, lineEnd < 0 ? text.length() : lineEnd);
        String context = CharMatcher.whitespace().trimAndCollapseFrom(text.substring(start, Math.max(start, end)), ' ');
        return context.length() <= MAX_CHARS ? context : context.substring(0, MAX_CHARS) + "…";
    }
}
