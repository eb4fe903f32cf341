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
}
