package org.planwatch.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.TargetCatalogue;

/** The drop folder without a broker (checking only): a bad file costs that file, never the folder. */
class DropFolderTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static FeedRun checkOnly() {
        return new FeedRun(
                FeedFormat.AUTO,
                FeedEncoding.AUTO,
                FeedMapping.NONE,
                new FeedValidator(TargetCatalogue.bundled(), IndicatorDictionary.bundled(), RegionDictionary.bundled()),
                null,
                FeedSink.checkOnly());
    }

    private DropFolder folder(DropFolder.Handler handler) throws IOException {
        return new DropFolder(dir, handler, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void shouldMoveAFileWhoseReaderFailsAsideWithOneLineAndReadTheNextFile() throws Exception {
        Files.writeString(dir.resolve("a-bad.json"), "{\"data\": {}}");
        Files.writeString(
                dir.resolve("b-good.csv"), "region,indicator,year,value\n440700,hospital_beds_per_1000,2022,5.44\n");
        try (FeedRun run = checkOnly()) {
            DropFolder folder = folder((file, e) -> {
                if (file.getFileName().toString().startsWith("a-bad")) {
                    throw new IllegalArgumentException("attribute position 'contact@organisation.org' is not a number");
                }
                return run.process(file, e);
            });
            folder.poll();

            assertThat(folder.poll()).isEqualTo(2);
        }
        assertThat(dir.resolve("failed/a-bad.json")).exists();
        assertThat(dir.resolve("done/b-good.csv")).exists();
        assertThat(err.toString().lines())
                .containsExactly(dir.resolve("a-bad.json")
                        + ": not read: attribute position 'contact@organisation.org' is not a number");
        assertThat(out.toString())
                .contains(
                        "a-bad.json: published 0, rejected 0 -> failed/",
                        "b-good.csv: published 0, rejected 0 -> done/");
    }

    @Test
    void shouldReadTheWorkingGroupsSampleThatOnceStoppedTheFolder() throws Exception {
        try (var in = getClass().getResourceAsStream("/feeds/agri.json")) {
            Files.write(dir.resolve("agri.json"), in.readAllBytes());
        }
        Files.writeString(
                dir.resolve("next.csv"), "region,indicator,year,value\n440700,hospital_beds_per_1000,2022,5.44\n");
        try (FeedRun run = checkOnly()) {
            DropFolder folder = folder(run::process);
            folder.poll();

            assertThat(folder.poll()).isEqualTo(2);
        }
        assertThat(dir.resolve("failed/agri.json")).exists();
        assertThat(dir.resolve("failed/agri.json.rejects.tsv")).exists();
        assertThat(dir.resolve("done/next.csv")).exists();
        assertThat(err.toString()).doesNotContain("Exception").contains("agri.json#obs 0:0: ");
    }

    @Test
    void shouldReportAFileThatCannotBeMovedOnceAndGoOn() throws Exception {
        Files.writeString(
                dir.resolve("a.csv"), "region,indicator,year,value\n440700,hospital_beds_per_1000,2022,5.44\n");
        Files.writeString(
                dir.resolve("b.csv"), "region,indicator,year,value\n440700,hospital_beds_per_1000,2023,5.5\n");
        try (FeedRun run = checkOnly()) {
            DropFolder folder = folder(run::process);
            Files.createDirectories(dir.resolve("done/a.csv/in-the-way"));
            folder.poll();

            assertThat(folder.poll())
                    .as("b.csv, after a.csv could not be moved")
                    .isEqualTo(1);
            assertThat(folder.poll() + folder.poll())
                    .as("a.csv, unchanged, is not taken again")
                    .isZero();
        }
        assertThat(dir.resolve("done/b.csv")).exists();
        assertThat(err.toString().lines())
                .singleElement()
                .satisfies(l -> assertThat(l).startsWith(dir.resolve("a.csv") + ": cannot be moved to done/"));
    }
}
