package org.planwatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A backfill's thousands of refusals: some lines in full, the rest summed up, none unsaid. */
class RefusedReadingsLogTest {
    private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");

    private final MovingClock clock = new MovingClock(START);
    private final RefusedReadingsLog log = new RefusedReadingsLog(clock);
    private final Logger logger = (Logger) LoggerFactory.getLogger(RefusedReadingsLog.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void capture() {
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void release() {
        logger.detachAppender(lines);
    }

    private void refuse(int count, String reason) {
        for (int i = 0; i < count; i++) {
            log.refused("plan-readings", 3, i, "440700|gdp_growth|" + (2000 + i), reason, "why " + i);
        }
    }

    private String line(int i) {
        return lines.list.get(i).getFormattedMessage();
    }

    @Test
    void shouldLogEveryRefusalInFullWhileThereAreFew() {
        refuse(RefusedReadingsLog.FULL_LINES - 1, "year-outside-plans");
        log.flush();
        clock.advance(RefusedReadingsLog.WINDOW);
        log.flush();

        assertThat(lines.list).hasSize(RefusedReadingsLog.FULL_LINES - 1);
        assertThat(line(0))
                .isEqualTo("refused reading plan-readings-3@0 440700|gdp_growth|2000: year-outside-plans: why 0"
                        + " (sent to the dead-letter topic)");
    }

    @Test
    void shouldCountTheRestOfAFloodAndSayHowManyOnceItsWindowIsOver() {
        refuse(2_500, "year-outside-plans");

        assertThat(lines.list).hasSize(RefusedReadingsLog.FULL_LINES + 1);
        assertThat(line(RefusedReadingsLog.FULL_LINES))
                .isEqualTo("10 readings refused as year-outside-plans in 10 s: more until 2026-12-07T10:00:10Z"
                        + " are counted, not logged one by one");

        log.flush(); // the window is not over: nothing to say yet
        assertThat(lines.list).hasSize(RefusedReadingsLog.FULL_LINES + 1);

        clock.advance(RefusedReadingsLog.WINDOW);
        log.flush();
        assertThat(lines.list).hasSize(RefusedReadingsLog.FULL_LINES + 2);
        assertThat(line(RefusedReadingsLog.FULL_LINES + 1))
                .startsWith("2490 more readings refused as year-outside-plans until 2026-12-07T10:00:10Z were not"
                        + " logged one by one");

        log.flush(); // said once
        assertThat(lines.list).hasSize(RefusedReadingsLog.FULL_LINES + 2);
    }

    @Test
    void shouldStartAFreshWindowWithTheFirstRefusalAfterOneEnded() {
        refuse(12, "out-of-range");
        clock.advance(RefusedReadingsLog.WINDOW.plus(Duration.ofMillis(1)));
        refuse(1, "out-of-range");

        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).satisfies(all -> {
            assertThat(all).hasSize(RefusedReadingsLog.FULL_LINES + 3);
            assertThat(all.get(RefusedReadingsLog.FULL_LINES + 1))
                    .startsWith("2 more readings refused as out-of-range");
            assertThat(all.get(RefusedReadingsLog.FULL_LINES + 2)).startsWith("refused reading plan-readings-3@0 ");
        });
    }

    @Test
    void shouldKeepEachReasonsLinesApart() {
        refuse(RefusedReadingsLog.FULL_LINES + 5, "year-outside-plans");
        refuse(1, "wrong-unit");

        assertThat(lines.list)
                .last()
                .extracting(ILoggingEvent::getFormattedMessage)
                .asString()
                .contains("wrong-unit: why 0");
    }
}
