package org.planwatch.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.junit.jupiter.api.Test;

/** What an older PlanWatch wrote still decodes after an upgrade (issue 26's migration). */
class KnownSchemasTest {
    private static final Path HISTORY = Path.of("avro-history");

    @Test
    void theIndexListsEverySnapshotFile() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(HISTORY)) {
            onDisk = files.filter(f -> f.toString().endsWith(".avsc"))
                    .map(f -> HISTORY.relativize(f).toString())
                    .sorted()
                    .toList();
        }
        List<String> listed = Files.readAllLines(HISTORY.resolve("index.txt")).stream()
                .filter(l -> !l.isBlank())
                .sorted()
                .toList();
        assertThat(listed)
                .as("avro-history/index.txt: list a new snapshot's files there")
                .isEqualTo(onDisk);
    }

    /**
     * A reading re-keyed by region by the job before subscriptions existed, still in the by-region
     * topic when the new job starts: decoded, the fields it lacked at their defaults.
     */
    @Test
    void decodesARegionEventWrittenWithTheSchemaBeforeSubscriptions() throws IOException {
        Schema old = SchemaHistory.read(HISTORY.resolve("09-withdrawal"))
                .records()
                .get(RegionEvent.getClassSchema().getFullName());
        Schema oldReading = old.getField("reading").schema().getTypes().get(1);
        GenericRecord reading = new GenericData.Record(oldReading);
        for (Schema.Field f : oldReading.getFields()) {
            if (f.hasDefaultValue()) {
                reading.put(f.name(), GenericData.get().getDefaultValue(f));
            }
        }
        reading.put("region", "440700");
        reading.put("indicator", "hospital_beds_per_1000");
        reading.put("year", 2023);
        reading.put("value", 5.5);
        reading.put("readingId", "r-1");
        reading.put("source", "bench (simulated)");
        reading.put("vintage", 1L);
        reading.put("publishedAt", 1_700_000_000_000L);
        GenericRecord event = new GenericData.Record(old);
        event.put("reading", reading);
        event.put("reference", false);
        event.put("originTopic", "plan-readings");
        event.put("originPartition", 3);
        event.put("originOffset", 42L);
        ByteBuffer written = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), old).encode(event);
        byte[] bytes = new byte[written.remaining()];
        written.get(bytes);

        RegionEvent read = AvroSerde.<RegionEvent>of(RegionEvent.getClassSchema(), KnownSchemas.store())
                .deserializer()
                .deserialize("by-region", bytes);

        assertThat(read.getReading().getValue()).isEqualTo(5.5);
        assertThat(read.getOriginOffset()).isEqualTo(42L);
        assertThat(read.getHistory()).isNull();
        assertThat(read.getAnsweredBy()).isNull();
        assertThatThrownBy(() -> AvroSerde.<RegionEvent>of(RegionEvent.getClassSchema())
                        .deserializer()
                        .deserialize("by-region", bytes))
                .as("without the old versions it would not decode")
                .hasMessageContaining("cannot decode");
    }
}
