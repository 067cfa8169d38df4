package org.claimgraph.resolve;

/**
 * One word or punctuation mark of an article, for mention finding.
 *
 * @param start    first char (UTF-16) in the unchanged text
 * @param end      one past the last char
 * @param text     the token as written
 * @param sentence index of its sentence
 * @param headline whether its line is set in title case (headlines, captions), where capitals do not mark names
 * @param lower    the token in lower case with typographic apostrophes folded, for lexicon look-ups
 */
record Tok(int start, int end, String text, int sentence, boolean headline, String lower) {

    Tok(int start, int end, String text, int sentence, boolean headline) {
        this(start, end, text, sentence, headline, text.toLowerCase(java.util.Locale.ROOT).replace('’', '\''));
    }

    boolean capitalised() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    boolean word() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    boolean allCaps() {
        return text.length() > 1 && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }


    boolean is(String s) {
        return text.equalsIgnoreCase(s);
    }
}
