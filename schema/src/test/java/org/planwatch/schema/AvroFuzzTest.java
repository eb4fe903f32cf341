package org.planwatch.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.planwatch.domain.TargetCatalogue;

/**
 * Every topic's value deserializer against bytes no PlanWatch producer wrote: real records with
 * bytes flipped, cut, repeated or inserted (a length prefix turned huge among them), and noise.
 * The documented answer is a record or {@link SerializationException} (which Kafka Streams'
 * deserialization handler sends to the dead-letter topic); nothing else, and no out-of-memory.
 */
class AvroFuzzTest {
    private static final IndicatorReading READING = IndicatorReading.newBuilder()
            .setReadingId("fuzz")
            .setRegion("440700")
            .setIndicator("hospital_beds_per_1000")
            .setYear(2023)
            .setValue(5.5)
            .setUnit("张")
            .setSource("fuzz")
            .setPublishedAt(Instant.parse("2026-11-30T00:00:00Z"))
            .setRevision(RevisionStatus.FINAL)
            .setVintage(1)
            .build();

    private static final List<byte[]> VALID =
            List.of(Topics.READINGS.valueSerde().serializer().serialize("", READING), target(0), target(100));

    /** Target number {@code i} of the bundled catalogue, as the targets topic holds it. */
    private static byte[] target(int i) {
        return Topics.TARGETS
                .valueSerde()
                .serializer()
                .serialize(
                        "",
                        TargetCodec.toEvent(TargetCatalogue.bundled().targets().get(i)));
    }

    private static final List<Deserializer<?>> DESERIALIZERS = List.of(
            Topics.READINGS.valueSerde().deserializer(),
            Topics.TARGETS.valueSerde().deserializer(),
            Topics.ALERTS.valueSerde().deserializer(),
            Topics.STATUSES.valueSerde().deserializer());

    @Property(tries = 5000)
    void anyBytesDecodeOrAreRefusedAsSerializationErrors(@ForAll("bytes") byte[] bytes) {
        for (Deserializer<?> deserializer : DESERIALIZERS) {
            Throwable refused = catchThrowable(() -> deserializer.deserialize("fuzz", bytes));
            if (refused != null) {
                assertThat(refused).isInstanceOf(SerializationException.class);
            }
        }
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> mutated = Combinators.combine(
                        Arbitraries.of(VALID), Arbitraries.integers().between(1, 6), Arbitraries.longs())
                .as((valid, edits, seed) -> mutate(valid, edits, new Random(seed)));
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, mutated), net.jqwik.api.Tuple.of(1, noise));
    }

    /** A byte set to an edge value, inserted, dropped, a span repeated or cut. */
    private static byte[] mutate(byte[] valid, int edits, Random random) {
        byte[] edges = {0, 1, -1, 127, -128, 0x7f, (byte) 0xfe, (byte) 0xff, 2, 0x40};
        java.io.ByteArrayOutputStream out;
        byte[] b = valid.clone();
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = random.nextInt(b.length);
            out = new java.io.ByteArrayOutputStream();
            switch (random.nextInt(5)) {
                case 0 -> {
                    b[at] = edges[random.nextInt(edges.length)];
                    continue;
                }
                case 1 -> {
                    out.write(b, 0, at);
                    out.write(edges[random.nextInt(edges.length)]);
                    out.write(b, at, b.length - at);
                }
                case 2 -> {
                    out.write(b, 0, at);
                    out.write(b, at + 1, b.length - at - 1);
                }
                case 3 -> {
                    int len = Math.min(b.length - at, 1 + random.nextInt(20));
                    out.write(b, 0, at + len);
                    out.write(b, at, b.length - at);
                }
                default -> out.write(b, 0, at);
            }
            b = out.toByteArray();
        }
        return b;
    }
}
