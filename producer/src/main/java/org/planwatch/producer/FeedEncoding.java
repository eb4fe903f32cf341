package org.planwatch.producer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How a feed's bytes become text: UTF-8 (a byte-order mark is dropped), GB18030 as Chinese offices
 * still export it, or {@code auto}: UTF-8 when the bytes are valid UTF-8, GB18030 otherwise. The
 * two overlap only on ASCII, where they agree, so the guess cannot misread a file. A file that
 * starts with a UTF-16 byte-order mark (as Excel's "Unicode text" saves) is read as UTF-16 by
 * {@code auto} and named as UTF-16 otherwise; UTF-16 without a mark is named, not called bad
 * GB18030.
 */
public enum FeedEncoding {
    AUTO,
    UTF_8,
    GB18030;

    static final Charset GB = Charset.forName("GB18030");

    /** The text, and the charset it was read in. */
    public record Decoded(String text, Charset charset) {}

    public Decoded decode(byte[] bytes) {
        Charset utf16 = utf16(bytes);
        if (utf16 != null && this == AUTO) {
            return new Decoded(strict(ByteBuffer.wrap(bytes, 2, bytes.length - 2), utf16), utf16);
        }
        if (utf16 != null) {
            throw new IllegalArgumentException("the file is UTF-16 (its byte-order mark says so), not "
                    + (this == UTF_8 ? "UTF-8" : "GB18030") + "; read it with --encoding auto or save it as UTF-8");
        }
        boolean bom = bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf;
        ByteBuffer body = ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0));
        Decoded decoded = switch (this) {
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
        if (decoded.text().indexOf('\0') >= 0) {
            throw new IllegalArgumentException("the file has NUL characters, as UTF-16 without a byte-order mark"
                    + " has, not " + decoded.charset().name() + " text; save it as UTF-8");
        }
        return decoded;
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

    /** UTF-16 when the bytes start with its byte-order mark, else null. */
    private static Charset utf16(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
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
