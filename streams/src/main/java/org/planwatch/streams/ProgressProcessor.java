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
import org.planwatch.domain.ReadingCheck;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.Target;
import org.planwatch.evaluation.Evaluation;
import org.planwatch.evaluation.Evaluator;
import org.planwatch.evaluation.Evidence;
import org.planwatch.evaluation.History;
import org.planwatch.evaluation.Observation;
import org.planwatch.evaluation.ProgressEvaluator;
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
 * either side's change: a new or revised reading re-evaluates the targets it bears on (its own,
 * those linked to it, those measured against its region's average); a new or revised target is
 * evaluated against the history already held, so a quota that arrives after the readings is
 * judged at once. The evaluator gets every year's latest figure, not just the newest. A changed
 * evaluation goes to the status topic; a changed status also goes to the alerts topic, with the
 * status before it. A deleted target leaves a tombstone on the status topic.
 */
final class ProgressProcessor implements Processor<String, RegionEvent, String, Outcome> {
    private final Evaluator evaluator;
    private final Clock clock;
    private final ReadingCheck check;
    private final RefusalCounter refusals;
    private ProcessorContext<String, Outcome> context;
    private TargetIndex targets;
    private DecodedHistories histories;
    private KeyValueStore<String, ProgressAlert> lastEvaluations;

    ProgressProcessor(
            Evaluator evaluator,
            Clock clock,
            IndicatorDictionary indicators,
            RegionDictionary regions,
            RefusalCounter refusals) {
        this.refusals = refusals;
        this.evaluator = evaluator;
        this.clock = clock;
        this.check = new ReadingCheck(indicators, regions);
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
        this.targets = new TargetIndex(context.getStateStore(ProgressTopology.TARGETS_STORE));
        this.histories = new DecodedHistories(context.getStateStore(ProgressTopology.HISTORY_STORE));
        this.lastEvaluations = context.getStateStore(ProgressTopology.LAST_EVALUATION_STORE);
    }

    @Override
    public void close() {
        if (histories != null) {
            histories.clear();
        }
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
            if (lastEvaluations.delete(event.getTargetKey()) != null) {
                context.forward(new Record<>(event.getTargetKey(), Outcome.status(null), record.timestamp()));
            }
        }
    }

    private void onReading(Record<String, RegionEvent> record, IndicatorReading reading) {
        // an indicator an import generated is known from its targets, asked only for such a one
        Optional<ReadingCheck.Refusal> refusal = check.check(
                reading.getRegion(),
                reading.getIndicator(),
                reading.getUnit(),
                reading.getValue(),
                () -> targets.affectedBy(reading.getRegion(), reading.getIndicator()).stream()
                        .map(TargetCodec::toDomain)
                        .toList());
        // A reference copy of a province's (or city's) reading is checked like the original, whose
        // own partition sends it to the dead-letter topic: one refusal per reading, not one per copy.
        boolean reference = record.value().getReference();
        if (refusal.isPresent()) {
            if (!reference) {
                refuse(record, reading, refusal.get().reason(), refusal.get().detail());
            }
            return;
        }
        List<PlanTarget> affected = targets.affectedBy(reading.getRegion(), reading.getIndicator());
        List<PlanTarget> own = affected.stream()
                .filter(t -> t.getRegion().equals(reading.getRegion())
                        && t.getIndicator().equals(reading.getIndicator()))
                .toList();
        // With no target yet the figure is kept: the target may come later (a quota) and is then judged on it.
        if (!reference
                && !own.isEmpty()
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

    /** Evaluates {@code event}'s target on every figure it needs; forwards a changed result. */
    private void evaluate(PlanTarget event, Record<String, RegionEvent> record) {
        Target target = TargetCodec.toDomain(event);
        // read once: the evaluation's history and the judged reading's feed both come from it
        ReadingHistory own = histories.get(Topics.readingKey(target.region(), target.indicator()));
        Evidence evidence = new Evidence(
                ReadingHistories.toHistory(own),
                target.linkedTo() == null ? null : history(target.region(), target.linkedTo()),
                ProgressEvaluator.averageRegion(target)
                        .map(region -> history(region, target.indicator()))
                        .orElse(null));
        Optional<Evaluation> evaluation = evaluator.evaluate(target, evidence);
        if (evaluation.isEmpty()) {
            return;
        }
        Evaluation e = evaluation.get();
        Observation judged =
                evidence.own().at(e.year()).orElse(e.used().get(e.used().size() - 1));
        List<String> used = e.used().stream().map(Observation::readingId).toList();
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
                .setProjected(e.projected())
                .setProgress(e.progress())
                .setReason(e.reason())
                .setDepartment(target.department())
                .setBinding(target.binding())
                .setTargetSource(target.source())
                .setReadingId(judged.readingId())
                .setReadingsUsed(used)
                .setReadingSource(
                        ReadingHistories.sourceOf(own, judged.readingId()).orElse(""))
                .setEvaluatedAt(Instant.ofEpochMilli(clock.millis()))
                .build();
        if (sameResult(last, alert)) {
            return;
        }
        lastEvaluations.put(key, alert);
        context.forward(new Record<>(key, Outcome.status(alert), record.timestamp()));
        if (last == null || last.getStatus() != alert.getStatus()) {
            context.forward(new Record<>(key, Outcome.alert(alert), record.timestamp()));
        }
    }

    private History history(String region, String indicator) {
        return ReadingHistories.toHistory(histories.get(Topics.readingKey(region, indicator)));
    }

    /**
     * The same judgement on the same figure: re-publishing a target or a reading is not news, nor is
     * an earlier year's figure that moves none of the numbers.
     */
    private static boolean sameResult(ProgressAlert last, ProgressAlert now) {
        return last != null
                && last.getStatus() == now.getStatus()
                && last.getYear() == now.getYear()
                && last.getActual() == now.getActual()
                && Objects.equals(last.getExpected(), now.getExpected())
                && Objects.equals(last.getProjected(), now.getProjected())
                && Objects.equals(last.getProgress(), now.getProgress())
                && last.getReason().equals(now.getReason())
                && Objects.equals(last.getDepartment(), now.getDepartment())
                && last.getBinding() == now.getBinding()
                && last.getReadingId().equals(now.getReadingId());
    }

    private void refuse(Record<String, RegionEvent> record, IndicatorReading reading, String reason, String detail) {
        refusals.count(reason);
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
