package org.planwatch.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde for generated Avro records using Avro's single-object encoding: a two-byte marker, the
 * writer schema's 64-bit fingerprint, then the binary record. Readers resolve the fingerprint in
 * a {@link SchemaStore}, so a consumer decodes any older writer version it knows of without a
 * registry round trip. Thread-safe: Avro's encoder and decoder keep per-thread buffers.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    static {
        // Avro 1.12 refuses to instantiate classes outside trusted packages while decoding.
        TrustedPackages.trust();
    }

    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;
    private final String typeName;

    private AvroSerde(Schema schema, SchemaStore knownVersions) {
        SpecificData model = SpecificData.getForSchema(schema);
        this.encoder = new BinaryMessageEncoder<>(model, schema);
        this.decoder = new BinaryMessageDecoder<>(model, schema, knownVersions);
        this.decoder.addSchema(schema);
        this.typeName = schema.getFullName();
    }

    /** A serde for {@code schema}, also reading the older writer schemas in {@code knownVersions}. */
    public static <T extends SpecificRecord> AvroSerde<T> of(Schema schema, SchemaStore knownVersions) {
        return new AvroSerde<>(schema, knownVersions);
    }

    /** A serde for {@code schema} that reads only data written with that exact schema. */
    public static <T extends SpecificRecord> AvroSerde<T> of(Schema schema) {
        return new AvroSerde<>(schema, new SchemaStore.Cache());
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, record) -> {
            if (record == null) {
                return null;
            }
            try {
                ByteBuffer buffer = encoder.encode(record);
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                return bytes;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                return decoder.decode(bytes);
            } catch (IOException | RuntimeException e) {
                throw new SerializationException(
                        "cannot decode " + typeName + " from topic " + topic + ": " + e.getMessage(), e);
            }
        };
    }
}
