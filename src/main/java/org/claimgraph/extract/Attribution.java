package org.claimgraph.extract;

import java.util.List;
import java.util.Optional;

/**
 * One attribution found in a text, in PolNeAR's terms: who (source), the word(s) that attribute (cue),
 * and what is attributed (content). Each role may be discontinuous; source may be empty (an
 * unattributed cue such as "it is believed").
 *
 * @param source          the source mention as written ("he", "five of the sources", "Reuters")
 * @param cue             the cue ("said", "according to", "told ... that")
 * @param content         what is attributed
 * @param kind            direct, indirect or mixed quotation
 * @param sourceReferent  for pronouns and descriptions like "the group": the mention they refer to
 * @param relays          outer sources that passed the content on, nearest first
 *                        ("The report quoted an informed source as saying" gives relay "The report")
 */
public record Attribution(
        List<Span> source,
        List<Span> cue,
        List<Span> content,
        QuoteKind kind,
        Optional<Span> sourceReferent,
        List<Span> relays) {

    public Attribution {
        source = List.copyOf(source);
        cue = List.copyOf(cue);
        content = List.copyOf(content);
        relays = List.copyOf(relays);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("an attribution needs content");
        }
    }

    public Attribution(List<Span> source, List<Span> cue, List<Span> content, QuoteKind kind) {
        this(source, cue, content, kind, Optional.empty(), List.of());
    }

    /** The mention that names who said it: the referent when the source is a pronoun, else the source. */
    public Optional<Span> speakerMention() {
        if (sourceReferent.isPresent()) {
            return sourceReferent;
        }
        return source.isEmpty() ? Optional.empty() : Optional.of(Span.cover(source));
    }
}
