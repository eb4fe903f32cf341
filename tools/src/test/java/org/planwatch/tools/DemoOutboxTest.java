package org.planwatch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's default outbox: one folder, reused, with only this run's messages. */
class DemoOutboxTest {
    @TempDir
    Path tmp;

    @Test
    void shouldReuseOneFolderAndRemoveOnlyTheMessagesAnEarlierRunLeft() throws Exception {
        Path first = DemoCommand.freshOutbox(tmp);
        Files.writeString(first.resolve("jm-14_440700_gdp_growth_2021_ON_TRACK_ab12.txt"), "an earlier run's message");
        Files.writeString(first.resolve("notes.md"), "the user's own file");

        Path second = DemoCommand.freshOutbox(tmp);

        assertThat(second).isEqualTo(first).isEqualTo(tmp.resolve("planwatch-demo-outbox"));
        try (var left = Files.list(second)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("notes.md");
        }
        try (var folders = Files.list(tmp)) {
            assertThat(folders).hasSize(1);
        }
    }
}
