package org.planwatch.streams;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.ProgressStatus;

/**
 * The last-evaluation store's values: a format byte, the status by its name (an ordinal would
 * shift with a status added to the schema), the digest; about 30 bytes.
 * A value a job before issue 26 wrote there is a whole {@link ProgressEvaluation} in Avro's
 * single-object encoding (it opens with {@code C3 01}); it is read as the judgement it makes, so
 * a store and changelog kept from such a job need no migration and say no status twice.
 */
final class LastJudgementSerde {
    private static final byte FORMAT = 1;
    private static final int DIGEST = 2 * Long.BYTES;
    private static final byte[] AVRO_SINGLE_OBJECT = {(byte) 0xC3, 0x01};

    private LastJudgementSerde() {}

    /** {@code evaluations} reads the whole evaluations older jobs stored. */
    static Serde<LastJudgement> of(Serde<ProgressEvaluation> evaluations) {
        Deserializer<ProgressEvaluation> legacy = evaluations.deserializer();
        Serializer<LastJudgement> serializer = (topic, judgement) -> judgement == null ? null : encode(judgement);
        Deserializer<LastJudgement> deserializer = (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            if (bytes.length >= 2 && bytes[0] == AVRO_SINGLE_OBJECT[0] && bytes[1] == AVRO_SINGLE_OBJECT[1]) {
                return LastJudgement.of(legacy.deserialize(topic, bytes));
            }
            return decode(topic, bytes);
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }

    private static byte[] encode(LastJudgement judgement) {
        byte[] status = judgement.status().name().getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(2 + status.length + DIGEST)
                .put(FORMAT)
                .put((byte) status.length)
                .put(status)
                .putLong(judgement.digestHigh())
                .putLong(judgement.digestLow())
                .array();
    }

    private static LastJudgement decode(String topic, byte[] bytes) {
        int statusLength = bytes.length < 2 ? -1 : bytes[1];
        if (statusLength < 1 || bytes[0] != FORMAT || bytes.length != 2 + statusLength + DIGEST) {
            throw new SerializationException(
                    "a value of " + bytes.length + " bytes in " + topic + " is not a last judgement (format " + FORMAT
                            + ": a status's name and a " + DIGEST + "-byte digest)");
        }
        String status = new String(bytes, 2, statusLength, StandardCharsets.US_ASCII);
        ByteBuffer digest = ByteBuffer.wrap(bytes, 2 + statusLength, DIGEST);
        try {
            return new LastJudgement(ProgressStatus.valueOf(status), digest.getLong(), digest.getLong());
        } catch (IllegalArgumentException e) {
            throw new SerializationException("a last judgement in " + topic + " names no status: " + status, e);
        }
    }
}
