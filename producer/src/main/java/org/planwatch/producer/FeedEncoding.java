package org.planwatch.producer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How a feed's bytes become text: UTF-8 (a byte-order mark is dropped), GB18030 as Chinese offices
 * still export it, or {@code auto}: UTF-8 when the bytes are valid UTF-8, GB18030 otherwise. The
 * two overlap only on ASCII, where they agree, so the guess cannot misread a file.
 */
public enum FeedEncoding {
    AUTO,
    UTF_8,
    GB18030;

    static final Charset GB = Charset.forName("GB18030");

    /** The text, and the charset it was read in. */
    public record Decoded(String text, Charset charset) {}

    public Decoded decode(byte[] bytes) {
        boolean bom = bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf;
        ByteBuffer body = ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0));
        return switch (this) {
            case UTF_8 -> new Decoded(strict(body, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            case GB18030 -> new Decoded(strict(body, GB), GB);
            case AUTO -> {
                try {
                    yield new Decoded(strictly(body.duplicate(), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
                } catch (CharacterCodingException notUtf8) {
                    yield new Decoded(strict(body, GB), GB);
                }
            }
        };
    }

    /** {@code auto}, {@code utf-8} or {@code gb18030}, any case. */
    public static FeedEncoding of(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> AUTO;
            case "utf-8", "utf8" -> UTF_8;
            case "gb18030", "gbk", "gb2312" -> GB18030;
            default -> throw new IllegalArgumentException("encoding '" + text + "' is not auto, utf-8 or gb18030");
        };
    }

    private static String strict(ByteBuffer bytes, Charset charset) {
        try {
            return strictly(bytes, charset);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the file is not valid " + charset.name());
        }
    }

    private static String strictly(ByteBuffer bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(bytes)
                .toString();
    }
}
