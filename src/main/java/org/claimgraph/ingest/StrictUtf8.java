package org.claimgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and refuses anything else. The JDK's lenient decoders would put U+FFFD into the
 * text, and the graph would then quote words that are not in the file.
 */
final class StrictUtf8 {

    private StrictUtf8() {
    }

    /**
     * The text of {@code bytes}, unchanged: a byte order mark stays in as U+FEFF, so that char
     * offsets into the result count the same characters a reader of the file sees.
     *
     * @param firstByte where {@code bytes} start in their file, so the reported position is the file's
     * @throws BadInputException "not valid UTF-8 at byte N", N counted from 0 at the file's start
     */
    static String decode(byte[] bytes, long firstByte) throws BadInputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never needs more chars than bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new BadInputException("not valid UTF-8 at byte " + (firstByte + in.position()));
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new BadInputException("not valid UTF-8 at byte " + (firstByte + in.position()));
        }
        return out.flip().toString();
    }

    static String decode(byte[] bytes) throws BadInputException {
        return decode(bytes, 0);
    }
}
