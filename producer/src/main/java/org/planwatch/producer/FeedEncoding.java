package org.planwatch.producer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
        try {
            return decodeOrRefuse(bytes);
        } catch (IllegalArgumentException e) {
            throw namedIfUtf16(e, bytes);
        }
    }

    private Decoded decodeOrRefuse(byte[] bytes) {
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

    /**
     * The file as text read as it goes, in the charset {@link #decode} would choose and with the same
     * refusals (UTF-16 named, not valid text, NUL characters), found by a first pass over its bytes
     * that keeps none of them: a feed of a million rows is never held whole.
     */
    public BufferedReader open(Path file) throws IOException {
        byte[] head = new byte[3];
        int got;
        try (InputStream in = Files.newInputStream(file)) {
            got = in.readNBytes(head, 0, 3);
        }
        byte[] start = java.util.Arrays.copyOf(head, got);
        Charset charset = utf16(start);
        int skip;
        if (charset != null && this != AUTO) {
            decode(start); // says what the file is, as for a file read whole
        }
        Scan scan;
        if (charset != null) {
            skip = 2;
            scan = scan(file, skip, charset);
        } else {
            skip = got == 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf ? 3 : 0;
            charset = this == GB18030 ? GB : StandardCharsets.UTF_8;
            scan = scan(file, skip, charset);
            if (this == AUTO && scan == Scan.INVALID) {
                charset = GB;
                scan = scan(file, skip, charset);
            }
        }
        if (scan == Scan.INVALID) {
            byte[] sample;
            try (InputStream in = Files.newInputStream(file)) {
                sample = in.readNBytes(SAMPLE);
            }
            throw namedIfUtf16(new IllegalArgumentException("the file is not valid " + charset.name()), sample);
        }
        if (scan == Scan.NUL && charset != StandardCharsets.UTF_16BE && charset != StandardCharsets.UTF_16LE) {
            throw new IllegalArgumentException("the file has NUL characters, as UTF-16 without a byte-order mark"
                    + " has, not " + charset.name() + " text; save it as UTF-8");
        }
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(skip);
        return new BufferedReader(
                new InputStreamReader(
                        in,
                        charset.newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)),
                1 << 16);
    }

    /** How much of a refused file is looked at to tell UTF-16 without a byte-order mark. */
    private static final int SAMPLE = 4096;

    /**
     * A refusal of text that is in fact UTF-16 without a byte-order mark, named as such: Chinese
     * text in UTF-16 has no NUL bytes to give it away, and "not valid GB18030" sends a user the
     * wrong way. The refusal as it was otherwise.
     */
    private static IllegalArgumentException namedIfUtf16(IllegalArgumentException refusal, byte[] bytes) {
        if (!refusal.getMessage().startsWith("the file is not valid")) {
            return refusal;
        }
        for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            if (readsAsText(bytes, utf16)) {
                return new IllegalArgumentException("the file looks like " + utf16.name()
                        + " without a byte-order mark, not UTF-8 or GB18030 text; save it as UTF-8");
            }
        }
        return refusal;
    }

    /**
     * Whether nearly every code unit of the first bytes, read in {@code utf16}, is what a feed
     * holds: ASCII, CJK ideographs, CJK or full-width punctuation. GB18030 or UTF-8 bytes read so
     * fall mostly elsewhere.
     */
    static boolean readsAsText(byte[] bytes, Charset utf16) {
        int units = Math.min(bytes.length, SAMPLE) / 2;
        if (units < 4) {
            return false;
        }
        int text = 0;
        boolean little = utf16 == StandardCharsets.UTF_16LE;
        for (int i = 0; i < units; i++) {
            int a = bytes[2 * i] & 0xff;
            int b = bytes[2 * i + 1] & 0xff;
            int c = little ? b << 8 | a : a << 8 | b;
            boolean ascii = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0x7f);
            boolean han = c >= 0x4e00 && c <= 0x9fff;
            boolean punctuation = (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);
            if (ascii || han || punctuation) {
                text++;
            }
        }
        return text >= units * 0.9;
    }

    private enum Scan {
        VALID,
        INVALID,
        NUL
    }

    /** Whether the file's bytes after {@code skip} are valid {@code charset}, and hold a NUL. */
    private static Scan scan(Path file, int skip, Charset charset) throws IOException {
        if (charset == StandardCharsets.UTF_8) {
            return scanUtf8(file, skip);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        boolean nul = false;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skip);
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                bytes.position(bytes.position() + Math.max(0, n));
                bytes.flip();
                CoderResult result;
                do {
                    result = decoder.decode(bytes, chars, end);
                    if (result.isError()) {
                        return Scan.INVALID;
                    }
                    nul |= hasNul(chars);
                } while (result.isOverflow());
                bytes.compact();
            }
            if (decoder.flush(chars).isError()) {
                return Scan.INVALID;
            }
        }
        return nul || hasNul(chars) ? Scan.NUL : Scan.VALID;
    }

    /**
     * The same for UTF-8, on the bytes themselves: well-formed as Java's strict decoder judges (RFC
     * 3629: no overlong form, surrogate or code point past U+10FFFF), several times faster than
     * decoding, and a NUL is a zero byte.
     */
    private static Scan scanUtf8(Path file, int skip) throws IOException {
        byte[] buffer = new byte[1 << 16];
        int need = 0; // continuation bytes still due
        int lower = 0x80; // the next continuation byte's bounds, narrower after E0, ED, F0, F4
        int upper = 0xBF;
        boolean nul = false;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skip);
            ByteBuffer words = ByteBuffer.wrap(buffer).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            for (int n; (n = in.read(buffer)) >= 0; ) {
                for (int i = 0; i < n; i++) {
                    // eight bytes at a time while they are ASCII without NUL: most of a feed
                    while (need == 0 && i + 8 <= n) {
                        long w = words.getLong(i);
                        if ((w & 0x8080808080808080L) != 0
                                || ((w - 0x0101010101010101L) & ~w & 0x8080808080808080L) != 0) {
                            break;
                        }
                        i += 8;
                    }
                    if (i >= n) {
                        break;
                    }
                    int c = buffer[i] & 0xff;
                    if (need == 0) {
                        if (c < 0x80) {
                            nul |= c == 0;
                            continue;
                        }
                        if (c >= 0xC2 && c <= 0xDF) {
                            need = 1;
                        } else if (c >= 0xE0 && c <= 0xEF) {
                            need = 2;
                            lower = c == 0xE0 ? 0xA0 : 0x80;
                            upper = c == 0xED ? 0x9F : 0xBF;
                        } else if (c >= 0xF0 && c <= 0xF4) {
                            need = 3;
                            lower = c == 0xF0 ? 0x90 : 0x80;
                            upper = c == 0xF4 ? 0x8F : 0xBF;
                        } else {
                            return Scan.INVALID;
                        }
                    } else {
                        if (c < lower || c > upper) {
                            return Scan.INVALID;
                        }
                        lower = 0x80;
                        upper = 0xBF;
                        need--;
                    }
                }
            }
        }
        return need > 0 ? Scan.INVALID : nul ? Scan.NUL : Scan.VALID;
    }

    /** Whether the decoded chars hold a NUL; empties the buffer for the next ones. */
    private static boolean hasNul(CharBuffer chars) {
        chars.flip();
        boolean nul = false;
        while (chars.hasRemaining()) {
            nul |= chars.get() == '\0';
        }
        chars.clear();
        return nul;
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
