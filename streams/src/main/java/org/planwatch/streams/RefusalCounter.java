package org.planwatch.streams;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.planwatch.domain.ReadingCheck;

/**
 * Counts the records the job sends to the dead-letter topic, by reason ({@code
 * planwatch_readings_refused_total{reason="out-of-range"}}). The dead-letter topic is the record of
 * truth: a counter is not transactional, and a task that crashes and replays counts again.
 */
final class RefusalCounter {
    static final String NAME = "planwatch.readings.refused";
    /** Reason tag of records Kafka Streams could not deserialize. */
    static final String UNDECODABLE = "undecodable";

    private final MeterRegistry registry;

    RefusalCounter(MeterRegistry registry) {
        this.registry = registry;
        // every reason from the start, so that rate() and the alert rules see a zero, not nothing
        List<String> reasons = new ArrayList<>(ReadingCheck.REASONS);
        reasons.add(DeadLetterHeaders.EVALUATION_FAILED);
        reasons.add(UNDECODABLE);
        for (String reason : reasons) {
            Counter.builder(NAME)
                    .tag("reason", reason)
                    .description("Records sent to the dead-letter topic, by reason")
                    .register(registry);
        }
    }

    void count(String reason) {
        Counter.builder(NAME)
                .tag("reason", reason)
                .description("Records sent to the dead-letter topic, by reason")
                .register(registry)
                .increment();
    }
}
