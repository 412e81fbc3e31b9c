package dev.releaserules.core.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict UTF-8 decoding: a text is either decoded exactly or refused with the offset of its first bad byte. */
public final class Utf8 {
    private Utf8() {
    }

    /**
     * Decodes bytes that must be UTF-8.
     *
     * @param bytes the bytes
     * @return the text, or empty when a byte sequence is not UTF-8
     */
    public static Optional<String> decode(byte[] bytes) {
        return firstBadByte(bytes) < 0 ? Optional.of(new String(bytes, StandardCharsets.UTF_8)) : Optional.empty();
    }

    /**
     * The offset of the first byte that does not belong to a well-formed UTF-8 sequence.
     *
     * @param bytes the bytes
     * @return the offset, or -1 when all bytes are UTF-8
     */
    public static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (!result.isOverflow()) {
                break;
            }
            out.clear();
        }
        while (decoder.flush(out).isOverflow()) {
            out.clear();
        }
        return -1;
    }
}
