package org.planwatch.streams;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.planwatch.domain.Evaluation;
import org.planwatch.domain.Evaluator;
import org.planwatch.domain.Target;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.PlanTarget;
import org.planwatch.schema.ProgressAlert;
import org.planwatch.schema.ProgressStatus;
import org.planwatch.schema.TargetCodec;
import org.planwatch.schema.Topics;

/**
 * Evaluates a reading against every plan target whose period covers its year, forwarding one
 * alert per target keyed {@code plan|region|indicator}. A reading no target covers is forwarded
 * as refused, under its own key, with headers that say why.
 */
final class EvaluateProcessor implements Processor<String, ReadingWithTargets, String, Outcome> {
    private final Evaluator evaluator;
    private final Clock clock;
    private ProcessorContext<String, Outcome> context;

    EvaluateProcessor(Evaluator evaluator, Clock clock) {
        this.evaluator = evaluator;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, ReadingWithTargets> record) {
        IndicatorReading reading = record.value().reading();
        List<PlanTarget> targets = record.value().targets() == null
                ? List.of()
                : record.value().targets().getTargets();
        List<Target> covering = targets.stream()
                .map(TargetCodec::toDomain)
                .filter(t -> t.covers(reading.getYear()))
                .toList();
        if (covering.isEmpty()) {
            refuse(record, reading, targets.isEmpty());
            return;
        }
        for (Target target : covering) {
            Evaluation e = evaluator.evaluate(target, reading.getYear(), reading.getValue());
            ProgressAlert alert = ProgressAlert.newBuilder()
                    .setPlan(target.plan())
                    .setRegion(target.region())
                    .setIndicator(target.indicator())
                    .setYear(e.year())
                    .setStatus(ProgressStatus.valueOf(e.status().name()))
                    .setPreviousStatus(null)
                    .setActual(e.actual())
                    .setExpected(e.expected())
                    .setProgress(e.progress())
                    .setReason(e.reason())
                    .setDepartment(target.department())
                    .setBinding(target.binding())
                    .setTargetSource(target.source())
                    .setReadingId(reading.getReadingId())
                    .setReadingSource(reading.getSource())
                    .setEvaluatedAt(Instant.ofEpochMilli(clock.millis()))
                    .build();
            String key = Topics.targetKey(target);
            context.forward(record.withKey(key).withValue(Outcome.alert(alert)));
        }
    }

    private void refuse(Record<String, ReadingWithTargets> record, IndicatorReading reading, boolean noTarget) {
        Record<String, Outcome> refused = record.withValue(Outcome.refused(reading))
                .withHeaders(new RecordHeaders(record.headers().toArray()));
        String reason = noTarget ? DeadLetterHeaders.NO_TARGET : DeadLetterHeaders.YEAR_OUTSIDE_PLANS;
        String detail = noTarget
                ? "no plan target for region " + reading.getRegion() + ", indicator " + reading.getIndicator()
                : "no plan period covers " + reading.getYear() + " for " + record.key();
        context.recordMetadata().ifPresent(m -> DeadLetterHeaders.add(refused.headers(), reason, detail, m));
        context.forward(refused);
    }
}
