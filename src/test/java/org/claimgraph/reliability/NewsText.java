package org.claimgraph.reliability;

import java.util.Random;

/** Seeded news-like text: sentences with cues, sources, quotations and plain statements. */
final class NewsText {

    static final String[] SENTENCES = {
        "The minister said the talks would resume next week. ",
        "\"We will not stop,\" a senior official told Reuters. ",
        "According to the report, five people were killed in the attack. ",
        "Ahmed Kareem, a spokesman for the group, said that the truce holds. ",
        "Prices rose again in March. ",
        "The group denied the claims, saying they were false. ",
        "“There are clear efforts to keep the calm,” an informed source was quoted as saying. ",
        "Officials in Baghdad declined to comment.\n\n",
        "Sara Haddad told the newspaper that the border crossing was closed. ",
    };

    private NewsText() {
    }

    /** Exactly {@code chars} chars of news-like text, the same for the same seed. */
    static String of(int chars, long seed) {
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder(chars + 100);
        while (b.length() < chars) {
            b.append(SENTENCES[random.nextInt(SENTENCES.length)]);
        }
        b.setLength(chars);
        return b.toString();
    }

    /** A short article whose claim is {@code "the <subject> was <state>"}, said by a named person. */
    static String article(int n) {
        return "Talks Update Number " + n + "\n\n"
                + "Officials met in Baghdad on Monday. Farhad Alaadin said the meeting number " + n
                + " was productive. \"We expect progress on item " + n + ",\" the minister told reporters.\n";
    }
}
