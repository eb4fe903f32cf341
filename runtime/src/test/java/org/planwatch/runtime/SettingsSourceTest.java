package org.planwatch.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsSourceTest {
    @TempDir
    Path dir;

    @Test
    void shouldDeriveEachVariableFromItsKey() {
        assertThat(SettingsSource.variable("commit-interval")).isEqualTo("PLANWATCH_COMMIT_INTERVAL");
        assertThat(SettingsSource.variable("commit.interval")).isEqualTo("PLANWATCH_COMMIT_INTERVAL");
        assertThat(SettingsSource.variable("bootstrap")).isEqualTo("PLANWATCH_BOOTSTRAP");
    }

    @Test
    void shouldTakeTheEnvironmentOverTheFileAndTheFileOverTheDefault() throws Exception {
        Path file = Files.writeString(dir.resolve("streams.properties"), """
                commit.interval=PT0.05S
                threads=2
                """);
        SettingsSource source =
                SettingsSource.of(Map.of("PLANWATCH_THREADS", "4", "PLANWATCH_CONFIG", file.toString()));

        assertThat(source.integer("threads", 1, 1, 64)).isEqualTo(4);
        assertThat(source.duration("commit-interval", Duration.ofMillis(30))).isEqualTo(Duration.ofMillis(50));
        assertThat(source.duration("session-timeout", Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(10));
        assertThat(source.keysRead()).containsExactlyInAnyOrder("threads", "commit-interval", "session-timeout");
    }

    @Test
    void shouldReadADurationAsTheCommandLineReadsIt() {
        SettingsSource source = SettingsSource.of(Map.of(
                "PLANWATCH_COMMIT_INTERVAL", "30ms", "PLANWATCH_SESSION_TIMEOUT", "10s", "PLANWATCH_POLL", "PT2M"));
        assertThat(source.duration("commit-interval", Duration.ofSeconds(1))).isEqualTo(Duration.ofMillis(30));
        assertThat(source.duration("session-timeout", Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(10));
        assertThat(source.duration("poll", Duration.ofSeconds(1))).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void shouldNameTheVariableOfAValueThatCannotBeUsed() {
        SettingsSource source = SettingsSource.of(
                Map.of("PLANWATCH_COMMIT_INTERVAL", "soon", "PLANWATCH_THREADS", "0", "PLANWATCH_POLL", "0s"));

        assertThatThrownBy(() -> source.duration("commit-interval", Duration.ofMillis(30)))
                .isInstanceOf(SettingsException.class)
                .hasMessage("PLANWATCH_COMMIT_INTERVAL: 'soon' is not a duration: write it as 30s, 500ms, 5m or PT30S");
        assertThatThrownBy(() -> source.duration("poll", Duration.ofMillis(30)))
                .hasMessage("PLANWATCH_POLL: '0s' is not a time longer than zero");
        assertThatThrownBy(() -> source.integer("threads", 1, 1, 64))
                .hasMessage("PLANWATCH_THREADS: '0' is not between 1 and 64");
    }

    /** A switch is true or false as the command line takes it: a typo is said, never read as off. */
    @Test
    void shouldReadASwitchAsTheCommandLineDoesAndNameAnyOtherWord() {
        SettingsSource source = SettingsSource.of(Map.of("PLANWATCH_DIGEST", "TRUE", "PLANWATCH_SECURED", "yes"));

        assertThat(source.flag("digest", false)).isTrue();
        assertThat(source.flag("once", true)).isTrue();
        assertThatThrownBy(() -> source.flag("secured", false))
                .isInstanceOf(SettingsException.class)
                .hasMessage("PLANWATCH_SECURED: 'yes' is neither true nor false");
    }

    @Test
    void shouldNameTheFileAndKeyOfAValueSetThere() throws Exception {
        Path file = Files.writeString(dir.resolve("s.properties"), "metrics-port=ninety\n");
        SettingsSource source = SettingsSource.of(Map.of(), file);

        assertThatThrownBy(() -> source.integer("metrics-port", 9401, 0, 65535))
                .hasMessage("metrics-port in " + file + ": 'ninety' is not a whole number");
    }

    @Test
    void shouldRefuseAKeyInTheFileThatNoSettingReads() throws Exception {
        Path file = Files.writeString(dir.resolve("s.properties"), "comit.interval=PT1S\nthreads=2\n");
        SettingsSource source = SettingsSource.of(Map.of(), file);
        source.integer("threads", 1, 1, 64);
        source.duration("commit-interval", Duration.ofMillis(30));

        assertThatThrownBy(source::rejectUnread)
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("no setting is named comit-interval");
    }

    @Test
    void shouldSayWhichSettingsFileCannotBeRead() {
        Path missing = dir.resolve("absent.properties");

        assertThatThrownBy(() -> SettingsSource.of(Map.of("PLANWATCH_CONFIG", missing.toString())))
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("PLANWATCH_CONFIG: cannot read settings file " + missing);
    }
}
