package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The consumer's start-up line says where messages go, or that nobody will be told. */
class NotifyOptionsTest {
    @Test
    void saysWhereMessagesGoOrThatNoneWill() {
        NotifyOptions none = new NotifyOptions();
        assertThat(none.tellsAnyone()).isFalse();
        assertThat(none.destination()).contains("nobody is told");

        NotifyOptions outbox = new NotifyOptions();
        outbox.outbox = Path.of("out");
        assertThat(outbox.tellsAnyone()).isTrue();
        assertThat(outbox.destination()).isEqualTo("messages to department leads written to the outbox out");

        NotifyOptions routes = new NotifyOptions();
        routes.routes = Path.of("routes.tsv");
        assertThat(routes.destination()).isEqualTo("messages to department leads by the routes of routes.tsv");
    }

    @Test
    void digestsABacklogUnlessToldNotTo() {
        NotifyOptions byDefault = new NotifyOptions();
        new picocli.CommandLine(byDefault).parseArgs();
        assertThat(byDefault.digest).isTrue();
        NotifyOptions perChange = new NotifyOptions();
        new picocli.CommandLine(perChange).parseArgs("--no-digest");
        assertThat(perChange.digest).isFalse();
        NotifyOptions named = new NotifyOptions();
        new picocli.CommandLine(named).parseArgs("--digest");
        assertThat(named.digest).isTrue();
    }

    /** Issue 23's second trial: an outbox that cannot be written failed once per message, after the alerts were read. */
    @Test
    void anOutboxThatCannotBeWrittenIsSaidAtStart(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("a-file"), "x");
        NotifyOptions outbox = new NotifyOptions();
        outbox.outbox = file.resolve("outbox");

        org.assertj.core.api.Assertions.assertThatThrownBy(outbox::notifications)
                .isInstanceOf(UsageProblem.class)
                .hasMessageStartingWith("cannot write messages to the outbox " + outbox.outbox);

        NotifyOptions routed = new NotifyOptions();
        routed.routes = java.nio.file.Files.writeString(
                dir.resolve("routes.tsv"),
                "department\tplan\tregion\twhen\tchannel\tto\n*\t*\t*\tall\toutbox\t" + file.resolve("leads") + "\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(routed::notifications)
                .isInstanceOf(UsageProblem.class)
                .hasMessageStartingWith("cannot write messages to the outbox " + file.resolve("leads"));

        NotifyOptions fine = new NotifyOptions();
        fine.outbox = dir.resolve("new-outbox");
        assertThat(fine.notifications()).isPresent();
        assertThat(fine.outbox).isDirectory();
    }
}
