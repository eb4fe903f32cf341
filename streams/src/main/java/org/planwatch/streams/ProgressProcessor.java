package org.planwatch.streams;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.Target;
import org.planwatch.evaluation.Evaluation;
import org.planwatch.evaluation.Evaluator;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.PlanTarget;
import org.planwatch.schema.ProgressAlert;
import org.planwatch.schema.ProgressStatus;
import org.planwatch.schema.ReadingHistory;
import org.planwatch.schema.RegionEvent;
import org.planwatch.schema.TargetCodec;
import org.planwatch.schema.Topics;

/**
 * Keeps, per region, every indicator's history and every plan's targets, and re-evaluates on
 * either side's change: a new or revised reading re-evaluates the targets it bears on (its own and
 * those linked to it); a new or revised target is evaluated against the history already held, so
 * a quota that arrives after the readings is judged at once. An evaluation is forwarded only when
 * it differs from the last one for its {@code plan|region|indicator}, with the status before it.
 */
final class ProgressProcessor implements Processor<String, RegionEvent, String, Outcome> {
    private final Evaluator evaluator;
    private final Clock clock;
    private final IndicatorDictionary indicators;
    private final RegionDictionary regions;
    private ProcessorContext<String, Outcome> context;
    private TargetIndex targets;
    private KeyValueStore<String, ReadingHistory> histories;
    private KeyValueStore<String, ProgressAlert> lastEvaluations;

    ProgressProcessor(Evaluator evaluator, Clock clock, IndicatorDictionary indicators, RegionDictionary regions) {
        this.evaluator = evaluator;
        this.clock = clock;
        this.indicators = indicators;
        this.regions = regions;
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
        this.targets = new TargetIndex(context.getStateStore(ProgressTopology.TARGETS_STORE));
        this.histories = context.getStateStore(ProgressTopology.HISTORY_STORE);
        this.lastEvaluations = context.getStateStore(ProgressTopology.LAST_EVALUATION_STORE);
    }

    @Override
    public void process(Record<String, RegionEvent> record) {
        RegionEvent event = record.value();
        if (event.getReading() != null) {
            onReading(record, event.getReading());
        } else if (event.getTarget() != null) {
            targets.put(event.getTarget());
            evaluate(event.getTarget(), record);
        } else {
            targets.remove(event.getTargetKey());
            lastEvaluations.delete(event.getTargetKey());
        }
    }

    private void onReading(Record<String, RegionEvent> record, IndicatorReading reading) {
        if (indicators.code(reading.getIndicator()).isEmpty()) {
            refuse(
                    record,
                    reading,
                    DeadLetterHeaders.UNKNOWN_INDICATOR,
                    "indicator '" + reading.getIndicator() + "' is not in the indicator dictionary");
            return;
        }
        if (regions.code(reading.getRegion()).isEmpty()) {
            refuse(
                    record,
                    reading,
                    DeadLetterHeaders.UNKNOWN_REGION,
                    "region '" + reading.getRegion() + "' is not in the region dictionary");
            return;
        }
        List<PlanTarget> affected = targets.affectedBy(reading.getRegion(), reading.getIndicator());
        List<PlanTarget> own = affected.stream()
                .filter(t -> t.getIndicator().equals(reading.getIndicator()))
                .toList();
        // With no target yet the figure is kept: the target may come later (a quota) and is then judged on it.
        if (!own.isEmpty()
                && own.stream().noneMatch(t -> TargetCodec.toDomain(t).covers(reading.getYear()))) {
            refuse(
                    record,
                    reading,
                    DeadLetterHeaders.YEAR_OUTSIDE_PLANS,
                    "no plan period covers " + reading.getYear() + " for "
                            + Topics.readingKey(reading.getRegion(), reading.getIndicator()));
            return;
        }
        String key = Topics.readingKey(reading.getRegion(), reading.getIndicator());
        Optional<ReadingHistory> changed = ReadingHistories.with(histories.get(key), reading);
        if (changed.isEmpty()) {
            return;
        }
        histories.put(key, changed.get());
        for (PlanTarget target : affected) {
            evaluate(target, record);
        }
    }

    /** Evaluates {@code event}'s target on the latest figure its period covers; forwards a changed result. */
    private void evaluate(PlanTarget event, Record<String, RegionEvent> record) {
        Target target = TargetCodec.toDomain(event);
        ReadingHistory history = histories.get(Topics.readingKey(target.region(), target.indicator()));
        Optional<IndicatorReading> latest = ReadingHistories.latest(history, target::covers);
        if (latest.isEmpty()) {
            return;
        }
        IndicatorReading reading = latest.get();
        Evaluation e = evaluator.evaluate(target, reading.getYear(), reading.getValue());
        String key = Topics.targetKey(target);
        ProgressAlert last = lastEvaluations.get(key);
        ProgressAlert alert = ProgressAlert.newBuilder()
                .setPlan(target.plan())
                .setRegion(target.region())
                .setIndicator(target.indicator())
                .setYear(e.year())
                .setStatus(ProgressStatus.valueOf(e.status().name()))
                .setPreviousStatus(last == null ? null : last.getStatus())
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
        if (sameResult(last, alert)) {
            return;
        }
        lastEvaluations.put(key, alert);
        context.forward(new Record<>(key, Outcome.alert(alert), record.timestamp()));
    }

    /** The same judgement on the same figure: re-publishing a target or a reading is not news. */
    private static boolean sameResult(ProgressAlert last, ProgressAlert now) {
        return last != null
                && last.getStatus() == now.getStatus()
                && last.getYear() == now.getYear()
                && last.getActual() == now.getActual()
                && Objects.equals(last.getExpected(), now.getExpected())
                && Objects.equals(last.getProgress(), now.getProgress())
                && last.getReason().equals(now.getReason())
                && Objects.equals(last.getDepartment(), now.getDepartment())
                && last.getBinding() == now.getBinding()
                && last.getReadingId().equals(now.getReadingId());
    }

    private void refuse(Record<String, RegionEvent> record, IndicatorReading reading, String reason, String detail) {
        RegionEvent event = record.value();
        Record<String, Outcome> refused = new Record<>(
                Topics.readingKey(reading.getRegion(), reading.getIndicator()),
                Outcome.refused(reading),
                record.timestamp(),
                new RecordHeaders());
        DeadLetterHeaders.add(
                refused.headers(),
                reason,
                detail,
                event.getOriginTopic(),
                event.getOriginPartition(),
                event.getOriginOffset());
        context.forward(refused);
    }
}
