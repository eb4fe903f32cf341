package org.planwatch.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.planwatch.domain.Attribute;
import org.planwatch.domain.Bound;
import org.planwatch.domain.Direction;
import org.planwatch.domain.Milestone;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;

class AvroSerdeTest {

    static IndicatorReading reading() {
        return IndicatorReading.newBuilder()
                .setReadingId("abc")
                .setRegion("440700")
                .setIndicator("hospital_beds_per_1000")
                .setYear(2023)
                .setValue(5.56)
                .setUnit("张")
                .setSource("simulated:test")
                .setPublishedAt(Instant.ofEpochMilli(1_700_000_000_000L))
                .setRevision(RevisionStatus.PROVISIONAL)
                .setVintage(1)
                .build();
    }

    @Test
    void shouldRoundTripAReadingWithTheSingleObjectHeader() {
        AvroSerde<IndicatorReading> serde = AvroSerde.of(IndicatorReading.getClassSchema());
        byte[] bytes = serde.serializer().serialize("t", reading());
        // single-object encoding: marker C3 01, then the 8-byte schema fingerprint
        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(reading());
    }

    @Test
    void shouldCarryBothEndsOfARangeTargetThroughTheDomainCodec() {
        Target range = Target.builder("gd-15", "440000", "gdp_growth")
                .names("地区生产总值增长", null)
                .unit("%")
                .kind(TargetKind.ANNUAL_GROWTH, Bound.RANGE)
                .base(2025, 5.0)
                .target(2030, 4.5)
                .targetUpper(5.0)
                .direction(Direction.HIGHER_IS_BETTER)
                .expression("4.5%至5%")
                .source("plan.txt:7")
                .build();
        AvroSerde<PlanTarget> serde = AvroSerde.of(PlanTarget.getClassSchema());

        PlanTarget decoded =
                serde.deserializer().deserialize("t", serde.serializer().serialize("t", TargetCodec.toEvent(range)));

        assertThat(decoded.getBound()).isEqualTo("RANGE");
        assertThat(decoded.getTargetUpper()).isEqualTo(5.0);
        assertThat(TargetCodec.toDomain(decoded)).isEqualTo(range);
    }

    @Test
    void shouldRoundTripATargetThroughTheDomainCodec() {
        Target target = Target.builder("jm-health-14", "440700", "hospital_beds_per_1000")
                .planTitle("江门市卫生与健康事业发展“十四五”规划")
                .names("每千人口拥有医疗卫生机构床位数", "Hospital beds per 1,000 people")
                .unit("张")
                .kind(TargetKind.LEVEL, Bound.EXACT)
                .base(2020, 5.20)
                .milestones(
                        List.of(new Milestone(2022, 5.40, "002_028c46f8710c799b.txt:3300"), new Milestone(2023, 5.60)))
                .target(2025, 6.15)
                .direction(Direction.HIGHER_IS_BETTER)
                .attribute(Attribute.ANTICIPATORY)
                .department("市卫生健康局", false)
                .source("002_028c46f8710c799b.txt:3344")
                .build();
        AvroSerde<PlanTarget> serde = AvroSerde.of(PlanTarget.getClassSchema());
        PlanTarget decoded =
                serde.deserializer().deserialize("t", serde.serializer().serialize("t", TargetCodec.toEvent(target)));
        assertThat(TargetCodec.toDomain(decoded)).isEqualTo(target);
    }

    @Test
    void shouldReadAnOlderWriterVersionFoundInTheSchemaStore() throws Exception {
        // the same record before 'vintage' was added: readers fill in the default
        Schema current = IndicatorReading.getClassSchema();
        Schema older = new Schema.Parser()
                .parse(current.toString()
                        .replace(
                                ",{\"name\":\"vintage\",\"type\":\"int\",\"doc\":\"Higher vintages of the same year's figure supersede lower ones.\",\"default\":0}",
                                ""));
        assertThat(older.getField("vintage")).isNull();
        GenericRecord old = new GenericData.Record(older);
        IndicatorReading r = reading();
        for (Schema.Field f : older.getFields()) {
            Object value = r.get(f.name());
            old.put(
                    f.name(),
                    value instanceof Instant i
                            ? i.toEpochMilli()
                            : value instanceof RevisionStatus s
                                    ? new GenericData.EnumSymbol(f.schema(), s.name())
                                    : value);
        }
        ByteBuffer encoded = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), older).encode(old);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);

        SchemaStore.Cache known = new SchemaStore.Cache();
        known.addSchema(older);
        IndicatorReading decoded =
                AvroSerde.<IndicatorReading>of(current, known).deserializer().deserialize("t", bytes);
        assertThat(decoded.getVintage()).isZero();
        assertThat(decoded.getValue()).isEqualTo(5.56);

        assertThatThrownBy(() ->
                        AvroSerde.<IndicatorReading>of(current).deserializer().deserialize("t", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("cannot decode org.planwatch.schema.IndicatorReading from topic t");
    }

    @Test
    void shouldKeepTheDecimalsAReadingWasWrittenWith() {
        IndicatorReading written = reading();
        written.setValue(5.5);
        written.setDecimals(2); // "5.50": the double alone would say one decimal
        AvroSerde<IndicatorReading> serde = AvroSerde.of(IndicatorReading.getClassSchema());

        IndicatorReading decoded =
                serde.deserializer().deserialize("t", serde.serializer().serialize("t", written));

        assertThat(decoded.getDecimals()).isEqualTo(2);
        assertThat(decoded.getValue()).isEqualTo(5.5);
    }

    @Test
    void shouldReadAReadingWrittenBeforeDecimalsWereCarriedAsUnknownDecimals() throws Exception {
        // the reading as the previous schema set (kept in avro-history) wrote it, a record in the
        // readings topic or the history changelog from before the field
        Schema older = SchemaHistory.read(java.nio.file.Path.of("avro-history/06-5b3515c"))
                .records()
                .get("org.planwatch.schema.IndicatorReading");
        assertThat(older.getField("decimals")).isNull();
        GenericRecord old = new GenericData.Record(older);
        IndicatorReading r = reading();
        for (Schema.Field f : older.getFields()) {
            Object value = r.get(f.name());
            old.put(
                    f.name(),
                    value instanceof Instant i
                            ? i.toEpochMilli()
                            : value instanceof RevisionStatus s
                                    ? new GenericData.EnumSymbol(f.schema(), s.name())
                                    : value);
        }
        ByteBuffer encoded = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), older).encode(old);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        SchemaStore.Cache known = new SchemaStore.Cache();
        known.addSchema(older);

        IndicatorReading decoded = AvroSerde.<IndicatorReading>of(IndicatorReading.getClassSchema(), known)
                .deserializer()
                .deserialize("t", bytes);

        assertThat(decoded.getDecimals()).isNull();
        assertThat(decoded.getValue()).isEqualTo(r.getValue());
        assertThat(decoded.getVintage()).isEqualTo(r.getVintage());
    }

    @Test
    void shouldReadAnEvaluationWrittenUnderItsFormerNameProgressAlert() throws Exception {
        // a plan-status record, or a changelog entry of the job's store, from before the rename: its
        // fingerprint is the old schema's, which KnownSchemas holds; Avro resolves the record by its fields
        // (the alias records the rename for the compatibility checks, SchemaEvolutionTest)
        Schema former = SchemaHistory.read(java.nio.file.Path.of("avro-history/10-subscriptions"))
                .records()
                .get("org.planwatch.schema.ProgressAlert");
        GenericRecord old = new GenericData.Record(former);
        old.put("plan", "cn-15");
        old.put("region", "CN");
        old.put("indicator", "gdp_growth");
        old.put("year", 2026);
        old.put("status", new GenericData.EnumSymbol(former.getField("status").schema(), "ON_TRACK"));
        old.put("actual", 5.0);
        old.put("reason", "按期实现 / on track");
        old.put("binding", true);
        old.put("targetSource", "");
        old.put("readingId", "r1");
        old.put("readingsUsed", List.of("r1"));
        old.put("readingSource", "");
        old.put("evaluatedAt", 1_790_000_000_000L);
        ByteBuffer encoded = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), former).encode(old);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);

        ProgressEvaluation decoded = Topics.STATUSES.valueSerde().deserializer().deserialize("plan-status", bytes);

        assertThat(ProgressEvaluation.getClassSchema().getAliases()).contains("org.planwatch.schema.ProgressAlert");
        assertThat(decoded.getIndicator()).isEqualTo("gdp_growth");
        assertThat(decoded.getStatus()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(decoded.getReadingsUsed()).containsExactly("r1");
        assertThat(decoded.getEvaluatedAt()).isEqualTo(Instant.ofEpochMilli(1_790_000_000_000L));
    }

    @Test
    void shouldNameTheTopicWhenBytesAreNotAvro() {
        AvroSerde<ProgressEvaluation> serde = AvroSerde.of(ProgressEvaluation.getClassSchema());
        assertThatThrownBy(() -> serde.deserializer().deserialize("plan-alerts", "not avro".getBytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("cannot decode org.planwatch.schema.ProgressEvaluation from topic plan-alerts");
    }

    @Test
    void shouldPassNullsThroughForTombstones() {
        AvroSerde<PlanTarget> serde = AvroSerde.of(PlanTarget.getClassSchema());
        assertThat(serde.serializer().serialize("t", null)).isNull();
        assertThat(serde.deserializer().deserialize("t", null)).isNull();
    }

    @Test
    void shouldPrefixEveryTopicOfASet() {
        assertThat(TopicSet.defaults().prefixed("it-").all())
                .extracting(Topic::name)
                .containsExactly(
                        "it-plan-readings",
                        "it-plan-targets",
                        "it-plan-alerts",
                        "it-plan-status",
                        "it-plan-readings-dlq",
                        "it-plan-notifications-dlq");
    }
}
