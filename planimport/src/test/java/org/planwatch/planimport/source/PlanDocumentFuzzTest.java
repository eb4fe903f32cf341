package org.planwatch.planimport.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The document readers against bytes no user meant to give them: each form's real bytes (a PDF, a
 * .docx, web pages, markdown, text in GB18030 and UTF-16) with bytes replaced, inserted, dropped,
 * repeated or cut off, random bytes behind each form's mark, and plain random bytes, read as
 * found or as a forced format. The documented answers are a {@link PlanDocument} or a
 * {@link DocumentException} naming the file in one line; nothing else may come out.
 */
class PlanDocumentFuzzTest {
    private static final List<byte[]> SAMPLES = List.of(
            DocumentWriters.pdf(
                    List.of("Main indicators"),
                    List.of(List.of("Indicator", "2025", "2030"), List.of("GDP growth", "5.0", "about 5")),
                    DocumentWriters.HELVETICA),
            DocumentWriters.docx("规划纲要", "表1 主要指标", IndicatorTables.FIFTEENTH_PLAN),
            DocumentWriters.html("gb2312", "规划纲要", "表1 主要指标", IndicatorTables.FIFTEENTH_PLAN)
                    .getBytes(TextDecoder.GB18030),
            DocumentWriters.html("utf-8", "规划纲要", "表1 主要指标", IndicatorTables.FIFTEENTH_PLAN)
                    .getBytes(StandardCharsets.UTF_8),
            DocumentWriters.markdown("规划纲要", IndicatorTables.FIFTEENTH_PLAN).getBytes(StandardCharsets.UTF_8),
            IndicatorTables.guangdongTabText().getBytes(StandardCharsets.UTF_16LE),
            IndicatorTables.guangdongTabText().getBytes(TextDecoder.GB18030));
    private static final List<byte[]> MARKS = List.of(
            "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
            new byte[] {'P', 'K', 3, 4},
            "<html><table><tr><td rowspan=99999 colspan=-1>".getBytes(StandardCharsets.US_ASCII),
            "| a | b |\n|---|---|\n".getBytes(StandardCharsets.US_ASCII),
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

    @Property(tries = 400)
    void aMangledDocumentIsReadOrRefusedByName(
            @ForAll("mangledDocuments") byte[] bytes, @ForAll("formats") DocumentFormat forced) {
        assertReadOrRefused(bytes, forced);
    }

    @Property(tries = 400)
    void randomBytesAreReadOrRefusedByName(
            @ForAll("randomBytes") byte[] bytes, @ForAll("formats") DocumentFormat forced) {
        assertReadOrRefused(bytes, forced);
    }

    private static void assertReadOrRefused(byte[] bytes, DocumentFormat forced) {
        Throwable thrown = catchThrowable(() -> {
            PlanDocument document = PlanDocuments.read("fuzz.bin", bytes, forced);
            assertThat(document.lines()).anyMatch(l -> !l.isBlank());
        });
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(DocumentException.class);
            assertThat(thrown.getMessage()).startsWith("fuzz.bin: ").doesNotContain("\n");
        }
    }

    @Provide
    Arbitrary<DocumentFormat> formats() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.just(null)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(DocumentFormat.class)));
    }

    @Provide
    Arbitrary<byte[]> mangledDocuments() {
        return Combinators.combine(
                        Arbitraries.of(SAMPLES), Arbitraries.integers().between(1, 8), Arbitraries.longs())
                .as((sample, edits, seed) -> mutate(sample, edits, new Random(seed)));
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        Arbitrary<byte[]> plain = Arbitraries.bytes().array(byte[].class).ofMaxSize(600);
        Arbitrary<byte[]> marked =
                Combinators.combine(Arbitraries.of(MARKS), plain).as(PlanDocumentFuzzTest::concat);
        return Arbitraries.oneOf(plain, marked);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** A byte replaced, inserted or dropped, a span repeated or cut, or the end cut off. */
    private static byte[] mutate(byte[] sample, int edits, Random random) {
        byte[] b = sample.clone();
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = random.nextInt(b.length);
            int span = 1 + random.nextInt(Math.min(b.length - at, 200));
            b = switch (random.nextInt(6)) {
                case 0 -> {
                    b[at] = (byte) random.nextInt(256);
                    yield b;
                }
                case 1 -> concat(concat(Arrays.copyOf(b, at), new byte[] {(byte) random.nextInt(256)}), tail(b, at));
                case 2 -> concat(Arrays.copyOf(b, at), tail(b, at + 1));
                case 3 -> concat(Arrays.copyOf(b, at + span), tail(b, at));
                case 4 -> concat(Arrays.copyOf(b, at), tail(b, at + span));
                default -> Arrays.copyOf(b, at);
            };
        }
        return b;
    }

    private static byte[] tail(byte[] b, int from) {
        return Arrays.copyOfRange(b, Math.min(from, b.length), b.length);
    }
}
