package org.claimgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides how a file's bytes become text. UTF-8 (with or without a byte order mark) and UTF-16 with
 * a byte order mark are decoded; they can be told apart without guessing. Anything else is refused
 * with a reason, not guessed: Latin-1, windows-1252 and the other 8-bit encodings cannot be told
 * apart from the bytes alone, and a wrong guess would put words into the graph that are not in the
 * article. The user converts such a file once (iconv) and then every offset is honest.
 *
 * <p>The byte order mark stays in the text as U+FEFF, as {@link StrictUtf8} does, so that offsets
 * count the same characters whatever the encoding: code point offsets into the decoded text are code
 * point offsets into the file's text.
 */
final class TextEncoding {

    static final String CONVERT_HINT = "claimgraph reads UTF-8, or UTF-16 with a byte order mark;"
            + " convert other encodings first, e.g. iconv -f windows-1252 -t utf-8";

    private TextEncoding() {
    }

    /** @throws BadInputException naming the encoding problem and how to fix it */
    static String decode(byte[] bytes) throws BadInputException {
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            throw new BadInputException("UTF-32 text is not supported; " + CONVERT_HINT);
        }
        String text;
        if (startsWith(bytes, 0xFE, 0xFF)) {
            text = strict(bytes, StandardCharsets.UTF_16BE, "UTF-16BE");
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = strict(bytes, StandardCharsets.UTF_16LE, "UTF-16LE");
        } else {
            try {
                text = StrictUtf8.decode(bytes);
            } catch (BadInputException e) {
                throw new BadInputException(e.reason() + (looksLikeBomlessUtf16(bytes)
                        ? ": it looks like UTF-16 without a byte order mark; " : "; ") + CONVERT_HINT);
            }
        }
        int nul = text.indexOf('\u0000');
        if (nul >= 0) {
            // Valid UTF-8 with NULs is a binary file or BOM-less UTF-16 of ASCII text, never an article.
            throw new BadInputException("NUL character at char " + nul + (looksLikeBomlessUtf16(bytes)
                    ? ": it looks like UTF-16 without a byte order mark; " : ": a binary file, not text; ")
                    + CONVERT_HINT);
        }
        return text;
    }

    /** Whether a JSON Lines file starts like UTF-16, which its byte-wise line splitting cannot read. */
    static boolean startsAsUtf16(byte[] bytes) {
        return startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE);
    }

    private static String strict(byte[] bytes, Charset charset, String name) throws BadInputException {
        try {
            // The whole array including the mark, which the BE/LE decoders keep as U+FEFF.
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException("not valid " + name + " (odd length or a lone surrogate)");
        }
    }

    /** ASCII in UTF-16 has a zero byte in every other position; count them in the first kilobyte. */
    private static boolean looksLikeBomlessUtf16(byte[] bytes) {
        int n = Math.min(bytes.length, 1024) & ~1;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        return pairs > 0 && Math.max(evenZeros, oddZeros) * 2 > pairs && Math.min(evenZeros, oddZeros) * 10 < pairs;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
