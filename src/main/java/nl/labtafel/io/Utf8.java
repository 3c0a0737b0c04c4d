package nl.labtafel.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.labtafel.model.Problem;

/**
 * Strict UTF-8: the JDK's decoder with {@link CodingErrorAction#REPORT} refuses overlong forms ({@code C0 AF}),
 * encoded surrogates and code points past U+10FFFF, which the JSON parser lets through. Decodes into a small
 * reused buffer, so checking a 5,000-note file allocates almost nothing.
 */
final class Utf8 {
    private Utf8() {
    }

    static void check(Path file, byte[] bytes) throws FileProblemException {
        int bad = firstError(bytes);
        if (bad < 0) {
            return;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        throw new FileProblemException(file, List.of(new Problem("", "load.utf8At", bad)), line, bad - lineStart + 1,
                null);
    }

    /** Offset of the first byte that is not strict UTF-8, or -1. */
    static int firstError(byte[] bytes) {
        int i = 0;
        while (i < bytes.length && bytes[i] >= 0) {
            i++; // ASCII, the bulk of any session file
        }
        if (i == bytes.length) {
            return -1;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, i, bytes.length - i);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isOverflow()) {
                out.clear();
            } else {
                break;
            }
        }
        out.clear();
        CoderResult end = decoder.flush(out);
        return end.isError() ? in.position() : -1;
    }
}
