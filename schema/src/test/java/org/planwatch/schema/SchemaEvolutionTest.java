package org.planwatch.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;

/**
 * Every record schema of {@code src/main/avro} against each earlier version of it kept in {@code
 * avro-history/}: backward (today's code reads what an older producer wrote, a changelog or a
 * topic's old records) and forward, structurally (an older reader could read what today's code writes, once
 * it holds today's schema: single-object encoding finds a writer by its fingerprint). To change a schema: change it so that this test passes, then copy the whole
 * set to a new {@code avro-history/NN-<commit>/}; the newest snapshot must equal the current set.
 */
class SchemaEvolutionTest {
    /** Records no longer used, which nothing reads or writes. */
    private static final java.util.Set<String> RETIRED = java.util.Set.of("org.planwatch.schema.TargetSet");

    private static final Path HISTORY = Path.of("avro-history");
    private static final SchemaHistory CURRENT = SchemaHistory.read(Path.of("src/main/avro"));

    @Test
    void everySchemaIsBackwardAndForwardCompatibleWithEachEarlierVersion() {
        List<SchemaHistory> snapshots = SchemaHistory.snapshots(HISTORY);
        assertThat(snapshots).as("versions kept in %s", HISTORY).hasSizeGreaterThan(1);
        List<String> problems = new ArrayList<>();
        int pairs = 0;
        for (SchemaHistory snapshot : snapshots) {
            for (Map.Entry<String, Schema> old : snapshot.records().entrySet()) {
                Schema now = CURRENT.named(old.getKey());
                if (now == null) {
                    if (!RETIRED.contains(old.getKey())) {
                        problems.add(old.getKey() + " of " + snapshot.name() + " is gone: rename it with an alias,"
                                + " or list it as retired");
                    }
                    continue;
                }
                problems.addAll(incompatibilities(now, old.getValue(), snapshot.name()));
                pairs++;
            }
        }
        assertThat(problems).as("incompatible changes").isEmpty();
        assertThat(pairs).isGreaterThan(20);
    }

    @Test
    void theNewestSnapshotIsTheCurrentSetOfSchemas() {
        List<SchemaHistory> snapshots = SchemaHistory.snapshots(HISTORY);
        SchemaHistory newest = snapshots.get(snapshots.size() - 1);
        assertThat(newest.records())
                .as("copy src/main/avro to a new %s/NN-<commit>/ after changing a schema", HISTORY)
                .isEqualTo(CURRENT.records());
    }

    @Test
    void aRequiredFieldWithoutADefaultFailsTheCheck() {
        Schema current = CURRENT.records().get("org.planwatch.schema.IndicatorReading");
        Schema withRequiredField = withField(
                current, new Schema.Field("checkedBy", Schema.create(Schema.Type.STRING), "required, no default"));

        assertThat(incompatibilities(withRequiredField, current, "current"))
                .singleElement()
                .asString()
                .as("an older reader ignores the new field (forward); the new one cannot read old data")
                .contains("(backward)")
                .contains("READER_FIELD_MISSING_DEFAULT_VALUE at /fields/11: checkedBy");
    }

    private static String describe(SchemaCompatibility.SchemaPairCompatibility pair) {
        return pair.getResult().getIncompatibilities().stream()
                .map(i -> i.getType() + " at " + i.getLocation() + ": " + i.getMessage())
                .toList()
                .toString();
    }

    /** {@code schema} under {@code fullName}, the same fields and types. */
    private static Schema underName(Schema schema, String fullName) {
        if (schema.getFullName().equals(fullName)) {
            return schema;
        }
        List<Schema.Field> fields = new ArrayList<>();
        schema.getFields().forEach(f -> fields.add(new Schema.Field(f, f.schema())));
        return Schema.createRecord(fullName, schema.getDoc(), null, false, fields);
    }

    @Test
    void aRenamedRecordIsCheckedAgainstItsEarlierVersionsUnderItsAlias() {
        Schema evaluation = CURRENT.named("org.planwatch.schema.ProgressAlert");
        assertThat(evaluation.getFullName()).isEqualTo("org.planwatch.schema.ProgressEvaluation");
        Schema former = SchemaHistory.snapshots(HISTORY).get(0).records().get("org.planwatch.schema.ProgressAlert");
        assertThat(incompatibilities(evaluation, former, "01")).isEmpty();
        List<Schema.Field> fields = new ArrayList<>();
        evaluation.getFields().forEach(f -> fields.add(new Schema.Field(f, f.schema())));
        Schema withoutAlias = Schema.createRecord(
                evaluation.getName(), evaluation.getDoc(), evaluation.getNamespace(), false, fields);
        assertThat(withoutAlias.getAliases()).isEmpty();
        assertThat(incompatibilities(withoutAlias, former, "01"))
                .as("without the alias, today's reader cannot read what was written under the old name")
                .anySatisfy(p -> assertThat(p).contains("(backward)").contains("NAME_MISMATCH"));
    }

    /** {@code schema} with one more field: the fixture of a careless change. */
    private static Schema withField(Schema schema, Schema.Field added) {
        List<Schema.Field> fields = new ArrayList<>();
        schema.getFields().forEach(f -> fields.add(new Schema.Field(f, f.schema())));
        fields.add(added);
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }

    /** What stops {@code now} and {@code old} from reading each other's data, one line per direction. */
    static List<String> incompatibilities(Schema now, Schema old, String version) {
        List<String> problems = new ArrayList<>();
        var backward = SchemaCompatibility.checkReaderWriterCompatibility(now, old);
        if (backward.getType() != SchemaCompatibilityType.COMPATIBLE) {
            problems.add(now.getFullName() + " cannot read " + version + " (backward): " + describe(backward));
        }
        // Forward is structural: an older reader meets a newer record only through a schema store that holds
        // it (single-object encoding finds the writer by fingerprint); a renamed record is compared under its
        // old name, so that its fields must still agree.
        var forward = SchemaCompatibility.checkReaderWriterCompatibility(old, underName(now, old.getFullName()));
        if (forward.getType() != SchemaCompatibilityType.COMPATIBLE) {
            problems.add(version + " cannot read " + now.getFullName() + " (forward): " + describe(forward));
        }
        return problems;
    }
}
