package org.planwatch.planimport.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Text bytes in, the text and the encoding it was in out, never an encoding error. The order of
 * the guesses: a byte-order mark (UTF-8, UTF-16LE/BE); UTF-8 that decodes cleanly; UTF-16 without
 * a mark (NUL bytes at odd or even places, as ASCII and digits give); GB18030, the Chinese
 * government encoding that also covers GBK and GB2312; and for bytes none of them decodes
 * cleanly, the one with the fewest bad sequences, bad bytes read as U+FFFD.
 */
final class TextDecoder {
    static final Charset GB18030 = Charset.forName("GB18030");

    /** The text and the encoding it was decoded from. */
    record Decoded(String text, Charset charset) {}

    private TextDecoder() {}

    static Decoded decode(byte[] bytes) {
        Optional<Decoded> marked = byBom(bytes);
        if (marked.isPresent()) {
            return marked.get();
        }
        Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent() && utf8.get().indexOf('\0') < 0) {
            return new Decoded(utf8.get(), StandardCharsets.UTF_8);
        }
        Optional<Charset> utf16 = utf16ByNuls(bytes);
        if (utf16.isPresent()) {
            return new Decoded(lenient(bytes, utf16.get()), utf16.get());
        }
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), StandardCharsets.UTF_8);
        }
        Optional<String> gb = strict(bytes, GB18030);
        if (gb.isPresent()) {
            return new Decoded(gb.get(), GB18030);
        }
        String asUtf8 = lenient(bytes, StandardCharsets.UTF_8);
        String asGb = lenient(bytes, GB18030);
        return count(asUtf8, '\uFFFD') <= count(asGb, '\uFFFD')
                ? new Decoded(asUtf8, StandardCharsets.UTF_8)
                : new Decoded(asGb, GB18030);
    }

    /** The bytes in {@code charset} if they decode cleanly in it; otherwise as {@link #decode} guesses. */
    static Decoded decode(byte[] bytes, Charset charset) {
        Optional<Decoded> marked = byBom(bytes);
        if (marked.isPresent()) {
            return marked.get();
        }
        return strict(bytes, charset).map(t -> new Decoded(t, charset)).orElseGet(() -> decode(bytes));
    }

    private static Optional<Decoded> byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(new Decoded(lenient(b, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(new Decoded(lenient(b, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE));
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(new Decoded(lenient(b, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE));
        }
        return Optional.empty();
    }

    /**
     * UTF-16 without a mark: in text with ASCII in it (digits, %, line ends) one byte of each
     * such pair is NUL, always at the same parity. A tenth of the pairs so, all on one side, is
     * UTF-16; Chinese text has no NUL in UTF-8 or GB18030.
     */
    private static Optional<Charset> utf16ByNuls(byte[] b) {
        int pairs = b.length / 2;
        if (pairs == 0) {
            return Optional.empty();
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i + 1 < b.length; i += 2) {
            if (b[i] == 0) {
                even++;
            }
            if (b[i + 1] == 0) {
                odd++;
            }
        }
        if (odd * 10 >= pairs && even * 20 <= odd) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (even * 10 >= pairs && odd * 20 <= even) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String lenient(byte[] bytes, Charset charset) {
        return lenient(bytes, 0, charset);
    }

    private static String lenient(byte[] bytes, int from, Charset charset) {
        // String's constructor replaces malformed input with U+FFFD: it never throws
        return new String(bytes, from, bytes.length - from, charset);
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
