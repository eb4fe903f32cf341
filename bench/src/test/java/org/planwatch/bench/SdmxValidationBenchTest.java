package org.planwatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.producer.FeedBatch;
import org.planwatch.producer.FeedEncoding;
import org.planwatch.producer.FeedFiles;
import org.planwatch.producer.FeedFormat;
import org.planwatch.producer.FeedMapping;
import org.planwatch.producer.FeedValidator;
import org.planwatch.producer.Rejection;

/** The SDMX stage measures the reader's and the validator's work: its message is read row for row, not refused whole. */
class SdmxValidationBenchTest {
    @TempDir
    Path dir;

    @Test
    void shouldWriteAMessageEveryRowOfWhichIsReadAndCheckedNotRefusedUnread() throws Exception {
        Path file = dir.resolve("bench.csv");
        Path mapping = dir.resolve("bench.mapping.tsv");
        SdmxValidationBench.generate(file, mapping, 5_000);
        FeedMapping codes = FeedMapping.read(mapping);

        FeedBatch batch = new FeedValidator(
                        TargetCatalogue.bundled(), IndicatorDictionary.bundled(), RegionDictionary.bundled())
                .validate(FeedFiles.read(file, FeedFormat.AUTO, FeedEncoding.AUTO, codes), codes);

        assertThat(Files.readAllLines(file)).hasSize(5_001).first().isEqualTo(SdmxValidationBench.HEADER);
        assertThat(batch.readings().size() + batch.rejections().size()).isEqualTo(5_000);
        assertThat(batch.readings().size()).isGreaterThan(4_000);
        // what is refused is refused by the plans' years, never as unreadable, unmapped or ambiguous
        assertThat(batch.rejections()).extracting(Rejection::code).containsOnly(FeedValidator.YEAR_OUTSIDE_PLANS);
    }
}
