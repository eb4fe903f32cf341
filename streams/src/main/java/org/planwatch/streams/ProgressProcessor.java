package org.planwatch.streams;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.Keys;
import org.planwatch.domain.ReadingCheck;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.Target;
import org.planwatch.evaluation.Evaluation;
import org.planwatch.evaluation.Evaluator;
import org.planwatch.evaluation.Evidence;
import org.planwatch.evaluation.Observation;
import org.planwatch.evaluation.ProgressEvaluator;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.PlanTarget;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.ProgressStatus;
import org.planwatch.schema.ReadingHistory;
import org.planwatch.schema.RegionEvent;
import org.planwatch.schema.TargetCodec;
import org.planwatch.schema.Topics;
import org.planwatch.schema.YearFigure;

/**
 * Keeps, per region, every indicator's history and every plan's targets, and re-evaluates on
 * either side's change: a new or revised reading re-evaluates the targets it bears on (its own,
 * those linked to it, those measured against its region's average); a new or revised target is
 * evaluated against the history already held, so a quota that arrives after the readings is
 * judged at once. The evaluator gets every year's latest figure, not just the newest. A changed
 * evaluation goes to the status topic; a changed status also goes to the alerts topic, with the
 * status before it. A deleted target leaves a tombstone on the status topic, as does a target whose
 * last figure of its period a bureau withdrew.
 *
 * <p>A reading is admitted by {@link ReadingCheck} before it touches the stored history, and the
 * targets it moves are judged on the history with it before that history is stored: a reading
 * whose evaluation throws is refused ({@code evaluation-failed}) and kept out, so one bad figure
 * never poisons a target's later readings. Each refusal is logged once, counted by reason and sent
 * to the dead-letter topic as the bytes it was published as.
 *
 * <p>A target measured against another region's average (a city's "below the provincial
 * average") is judged in its own region's task, on copies of the average region's figures: it
 * subscribes to them ({@link AverageSubscriptions}), the average region's task answers with the
 * figures it holds and copies each later one to its subscribers. Those messages go between tasks
 * through the job's by-region topic, keyed by the region they are for ({@link ProgressTopology}).
 */
final class ProgressProcessor implements Processor<String, RegionEvent, String, Outcome> {
    /** How soon after a task starts its targets measured against an average subscribe again. */
    private static final Duration RESUBSCRIBE_AFTER = Duration.ofSeconds(1);

    private final Evaluator evaluator;
    private final Clock clock;
    private final ReadingCheck check;
    private final RefusalCounter refusals;
    private final RefusedReadingsLog refusedLog;
    private final Serializer<IndicatorReading> readings;
    private final RegionRouting routing;
    /** The input partition this task reads: the regions {@link #routing} puts there are kept here. */
    private int partition;

    private ProcessorContext<String, Outcome> context;
    private TargetIndex targets;
    private DecodedHistories histories;
    private KeyValueStore<String, LastJudgement> lastJudgements;
    private AverageSubscriptions subscriptions;
    /** The topic that takes a message to another region's task: the by-region topic this step reads. */
    private String messages;

    /**
     * {@code readings} encodes a refused reading that came without its published bytes (an event
     * written to the repartition topic by a job from before they were carried).
     */
    ProgressProcessor(
            Evaluator evaluator,
            Clock clock,
            IndicatorDictionary indicators,
            RegionDictionary regions,
            RefusalCounter refusals,
            RefusedReadingsLog refusedLog,
            Serializer<IndicatorReading> readings,
            RegionRouting routing) {
        this.routing = routing;
        this.refusals = refusals;
        this.refusedLog = refusedLog;
        this.evaluator = evaluator;
        this.clock = clock;
        this.readings = readings;
        this.check = new ReadingCheck(indicators, regions);
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
        this.targets = new TargetIndex(context.getStateStore(ProgressTopology.TARGETS_STORE));
        this.histories = new DecodedHistories(
                context.getStateStore(ProgressTopology.YEARLY_HISTORY_STORE),
                context.getStateStore(ProgressTopology.HISTORY_STORE));
        this.subscriptions = new AverageSubscriptions(context.getStateStore(ProgressTopology.SUBSCRIPTIONS_STORE));
        this.lastJudgements = context.getStateStore(ProgressTopology.LAST_EVALUATION_STORE);
        this.messages = ProgressTopology.byRegionTopic(context.applicationId());
        this.partition = context.taskId().partition();
        Cancellable[] once = new Cancellable[1];
        once[0] = context.schedule(RESUBSCRIBE_AFTER, PunctuationType.WALL_CLOCK_TIME, now -> {
            once[0].cancel();
            resubscribe(now);
        });
        context.schedule(RefusedReadingsLog.WINDOW, PunctuationType.WALL_CLOCK_TIME, now -> refusedLog.flush());
    }

    @Override
    public void close() {
        if (histories != null) {
            histories.clear();
        }
        if (targets != null) {
            targets.clear();
        }
        if (subscriptions != null) {
            subscriptions.clear();
        }
    }

    /** A target whose evaluation failed, logged by the record that brought it in (its origin topic and offset). */
    private static void logRefusal(RegionEvent event, Target target, RuntimeException e) {
        RefusalLog.target(
                event.getOriginTopic(),
                event.getOriginPartition(),
                event.getOriginOffset(),
                Topics.targetKey(target),
                e);
    }

    @Override
    public void process(Record<String, RegionEvent> record) {
        RegionEvent event = record.value();
        if (event.getHistory() != null) {
            onAnswer(record, event);
        } else if (event.getReading() != null) {
            onReading(record, event.getReading());
        } else if (event.getReference()) {
            onSubscription(record, event);
        } else if (event.getTarget() != null) {
            onTarget(record, event);
        } else {
            onDeletion(record, event.getTargetKey());
        }
    }

    /**
     * A target filed or changed: judged on the figures held, and, if it is measured against the
     * average of a region another task keeps, subscribed to that region's figures. A new
     * subscription waits for its answer before judging, which replaces whatever copies were held
     * (an older job's, a withdrawn subscription's), so that the target is judged once, on the
     * average region's figures as that region holds them.
     */
    private void onTarget(Record<String, RegionEvent> record, RegionEvent event) {
        PlanTarget filed = event.getTarget();
        Optional<PlanTarget> before = targets.put(filed);
        Optional<String> average = elsewhere(TargetIndex.averageOf(filed));
        Optional<String> was = before.flatMap(t -> elsewhere(TargetIndex.averageOf(t)));
        if (was.isPresent() && !was.equals(average)) {
            withdraw(was.get(), filed.getIndicator(), event, record.timestamp());
        }
        if (average.isPresent() && !average.equals(was)) {
            send(average.get(), subscription(filed, event), record.timestamp());
            return;
        }
        judgeFiled(filed, record, event);
    }

    /** The average region, when another task keeps it: one this task keeps needs no copies. */
    private Optional<String> elsewhere(Optional<String> average) {
        return average.filter(region -> !routing.isHome(region, partition));
    }

    /**
     * Withdraws a target's subscription to {@code average}'s figures of {@code indicator}; the
     * copies go too when no other target here wants them.
     */
    private void withdraw(String average, String indicator, RegionEvent cause, long timestamp) {
        send(average, unsubscription(cause), timestamp);
        if (targets.affectedBy(average, indicator).isEmpty()) {
            histories.replace(Topics.readingKey(average, indicator), new ReadingHistory(List.of()));
        }
    }

    private void judgeFiled(PlanTarget filed, Record<String, RegionEvent> record, RegionEvent event) {
        Target target = TargetCodec.toDomain(filed);
        try {
            change(target, Map.of(), record).ifPresent(Runnable::run);
        } catch (RuntimeException e) {
            // the target stays filed and its last evaluation stands; its next reading judges it again
            logRefusal(event, target, e);
        }
    }

    private void onDeletion(Record<String, RegionEvent> record, String targetKey) {
        targets.remove(targetKey)
                .flatMap(t -> elsewhere(TargetIndex.averageOf(t)))
                .ifPresent(region ->
                        withdraw(region, TargetIndex.indicatorOf(targetKey), record.value(), record.timestamp()));
        forget(targetKey, record);
    }

    /**
     * In the average region's task (the record's key): a target elsewhere subscribes to this
     * region's figures of its indicator, and is answered with those held so far; or withdraws.
     */
    private void onSubscription(Record<String, RegionEvent> record, RegionEvent event) {
        String average = record.key();
        String targetKey = event.getTargetKey();
        String region = TargetIndex.regionOf(targetKey);
        String indicator = TargetIndex.indicatorOf(targetKey);
        if (event.getTarget() == null) {
            subscriptions.remove(average, indicator, region, TargetIndex.planOf(targetKey));
            return;
        }
        subscriptions.add(average, indicator, region, TargetIndex.planOf(targetKey));
        ReadingHistory held = histories.get(Topics.readingKey(average, indicator));
        send(region, answer(event, average, held == null ? new ReadingHistory(List.of()) : held), record.timestamp());
    }

    /**
     * In the subscriber's task: the average region's figures as that region holds them, in place of
     * any copies held before; the target that asked is judged on them.
     */
    private void onAnswer(Record<String, RegionEvent> record, RegionEvent event) {
        String from = event.getAnsweredBy();
        Optional<PlanTarget> filed = targets.get(event.getTargetKey())
                .filter(t -> from != null && TargetIndex.averageOf(t).equals(Optional.of(from)));
        if (filed.isEmpty()) {
            return; // the target is gone, or measured against another region now, whose answer is on its way
        }
        if (!routing.isHome(from, partition)) {
            histories.replace(Topics.readingKey(from, filed.get().getIndicator()), event.getHistory());
        }
        judgeFiled(filed.get(), record, event);
    }

    /**
     * A reading of a region others measure themselves against goes, once stored here, as a copy to
     * each of those: what they hold is what this task holds.
     */
    private void copyToSubscribers(Record<String, RegionEvent> record, IndicatorReading reading) {
        if (record.value().getReference()) {
            return;
        }
        List<String> subscribers = subscriptions.of(reading.getRegion(), reading.getIndicator());
        if (subscribers.isEmpty()) {
            return;
        }
        RegionEvent copy = message(reading, null, null, null, null, record.value());
        for (String region : subscribers) {
            send(region, copy, record.timestamp());
        }
    }

    /**
     * Subscribes again, once at start, every target filed here that is measured against another
     * region's average: a job that kept copies of every region's figures before subscriptions
     * existed has none on record, and a subscription lost with a region's state is made good.
     */
    private void resubscribe(long timestamp) {
        targets.forEachAverage((average, filed) -> {
            if (!routing.isHome(average, partition)) {
                send(average, subscription(filed, null), timestamp);
            }
        });
    }

    /**
     * A message about an average (a reference event), carrying the origin of the record that
     * caused it for the logs; {@code cause} is null for the re-subscriptions made at start.
     */
    private static RegionEvent message(
            IndicatorReading reading,
            String targetKey,
            PlanTarget target,
            ReadingHistory answer,
            String answeredBy,
            RegionEvent cause) {
        return new RegionEvent(
                reading,
                targetKey,
                target,
                true,
                cause == null ? "" : cause.getOriginTopic(),
                cause == null ? -1 : cause.getOriginPartition(),
                cause == null ? -1L : cause.getOriginOffset(),
                null,
                answer,
                answeredBy);
    }

    private static RegionEvent subscription(PlanTarget target, RegionEvent cause) {
        return message(
                null,
                Keys.target(target.getPlan(), target.getRegion(), target.getIndicator()),
                target,
                null,
                null,
                cause);
    }

    /** The withdrawal of the subscription of the target a target event (a change, a deletion) names. */
    private static RegionEvent unsubscription(RegionEvent cause) {
        return message(null, cause.getTargetKey(), null, null, null, cause);
    }

    private static RegionEvent answer(RegionEvent subscription, String average, ReadingHistory held) {
        return message(null, subscription.getTargetKey(), null, held, average, subscription);
    }

    private void send(String region, RegionEvent message, long timestamp) {
        context.forward(new Record<>(region, Outcome.message(message, messages), timestamp));
    }

    private void onReading(Record<String, RegionEvent> record, IndicatorReading reading) {
        List<Target> affected = targets.affectedBy(reading.getRegion(), reading.getIndicator());
        Optional<ReadingCheck.Refusal> refusal = ReadingHistories.withdrawn(reading)
                ? check.checkWithdrawal(reading.getRegion(), reading.getIndicator(), reading.getYear(), () -> affected)
                : check.check(
                        reading.getRegion(),
                        reading.getIndicator(),
                        reading.getUnit(),
                        reading.getYear(),
                        reading.getValue(),
                        () -> affected);
        // A reference copy of a province's (or city's) reading is checked like the original, whose
        // own partition sends it to the dead-letter topic: one refusal per reading, not one per copy.
        boolean reference = record.value().getReference();
        String key = Topics.readingKey(reading.getRegion(), reading.getIndicator());
        if (refusal.isPresent()) {
            if (!reference) {
                refuse(record, reading, refusal.get().reason(), refusal.get().detail());
            }
            if (!refusal.get().reason().equals(ReadingCheck.YEAR_OUTSIDE_PLANS)) {
                return;
            }
            // Said, but kept unjudged: the plan that covers its year may come later (a target
            // published a moment after the reading, a new plan loaded next year) and must find it.
        }
        if (refusal.isPresent() || affected.isEmpty()) {
            // nothing to judge: the reading takes its year's place, if it supersedes what is there
            if (histories.keep(key, reading)) {
                copyToSubscribers(record, reading);
            }
            return;
        }
        Optional<ReadingHistory> changed = ReadingHistories.with(histories.get(key), reading);
        if (changed.isEmpty()) {
            return;
        }
        // judged on the history with the reading before that history is stored, so that a figure
        // that breaks an evaluation is refused and never kept
        Map<String, ReadingHistory> pending = Map.of(key, changed.get());
        List<Runnable> results = new ArrayList<>();
        for (Target target : affected) {
            try {
                change(target, pending, record).ifPresent(results::add);
            } catch (RuntimeException e) {
                if (!reference) {
                    refuse(
                            record,
                            reading,
                            DeadLetterHeaders.EVALUATION_FAILED,
                            "evaluating " + Topics.targetKey(target) + " on it failed: " + e);
                } else if (!target.region().equals(reading.getRegion())) {
                    // a copy's failure on the reading's own region's target is the original's to report
                    logRefusal(record.value(), target, e);
                }
                return;
            }
        }
        histories.put(key, changed.get(), reading);
        copyToSubscribers(record, reading);
        results.forEach(Runnable::run);
    }

    /**
     * What judging {@code target} again changes, the histories in {@code pending} taking the place
     * of the stored ones: a new evaluation published; its last one withdrawn when no figure of its
     * period is left to judge (a bureau withdrew it, the target moved to another period), since a
     * status must not outlive its figures; or nothing, when it is the last one again.
     */
    private Optional<Runnable> change(
            Target target, Map<String, ReadingHistory> pending, Record<String, RegionEvent> record) {
        String key = Topics.targetKey(target);
        LastJudgement last = lastJudgements.get(key);
        Optional<ProgressEvaluation> now = judge(target, pending, last == null ? null : last.status());
        if (now.isEmpty()) {
            return last == null ? Optional.empty() : Optional.of(() -> forget(key, record));
        }
        // the same judgement on the same figures is not news
        LastJudgement judged = LastJudgement.of(now.get());
        return judged.equals(last)
                ? Optional.empty()
                : Optional.of(() -> publish(key, last, judged, now.get(), record));
    }

    /** The evaluation of {@code target} on every figure it needs; empty when there is none. */
    private Optional<ProgressEvaluation> judge(
            Target target, Map<String, ReadingHistory> pending, ProgressStatus lastStatus) {
        // read once: the evaluation's history and the judged reading's feed both come from it
        ReadingHistory own = history(pending, target.region(), target.indicator());
        Evidence evidence = new Evidence(
                ReadingHistories.toHistory(own),
                target.linkedTo() == null
                        ? null
                        : ReadingHistories.toHistory(history(pending, target.region(), target.linkedTo())),
                ProgressEvaluator.averageRegion(target)
                        .map(region -> ReadingHistories.toHistory(history(pending, region, target.indicator())))
                        .orElse(null));
        Optional<Evaluation> evaluation = evaluator.evaluate(target, evidence);
        if (evaluation.isEmpty()) {
            return Optional.empty();
        }
        Evaluation e = evaluation.get();
        Observation judged =
                evidence.own().at(e.year()).orElse(e.used().get(e.used().size() - 1));
        List<String> used = e.used().stream().map(Observation::readingId).toList();
        return Optional.of(ProgressEvaluation.newBuilder()
                .setPlan(target.plan())
                .setRegion(target.region())
                .setIndicator(target.indicator())
                .setYear(e.year())
                .setStatus(ProgressStatus.valueOf(e.status().name()))
                .setPreviousStatus(lastStatus)
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
                .setSeries(e.years().stream()
                        .map(y -> new YearFigure(y.year(), y.actual(), y.path()))
                        .toList())
                .setReadingSource(
                        ReadingHistories.sourceOf(own, judged.readingId()).orElse(""))
                .setEvaluatedAt(Instant.ofEpochMilli(clock.millis()))
                .build());
    }

    /** The target has no evaluation any more: a tombstone on the status topic says so, if it had one. */
    private void forget(String key, Record<String, RegionEvent> record) {
        if (lastJudgements.delete(key) != null) {
            context.forward(new Record<>(key, Outcome.status(null), record.timestamp()));
        }
    }

    /**
     * Stores {@code judged}, the judgement {@code evaluation} makes, as the target's last in place
     * of {@code last}; forwards the evaluation as the status, and as an alert if its status changed.
     */
    private void publish(
            String key,
            LastJudgement last,
            LastJudgement judged,
            ProgressEvaluation evaluation,
            Record<String, RegionEvent> record) {
        lastJudgements.put(key, judged);
        context.forward(new Record<>(key, Outcome.status(evaluation), record.timestamp()));
        if (last == null || last.status() != evaluation.getStatus()) {
            context.forward(new Record<>(key, Outcome.alert(evaluation), record.timestamp()));
        }
    }

    private ReadingHistory history(Map<String, ReadingHistory> pending, String region, String indicator) {
        String key = Topics.readingKey(region, indicator);
        ReadingHistory waiting = pending.get(key);
        return waiting != null ? waiting : histories.get(key);
    }

    private void refuse(Record<String, RegionEvent> record, IndicatorReading reading, String reason, String detail) {
        RegionEvent event = record.value();
        refusedLog.refused(
                event.getOriginTopic(),
                event.getOriginPartition(),
                event.getOriginOffset(),
                Keys.seriesYear(reading.getRegion(), reading.getIndicator(), reading.getYear()),
                reason,
                detail);
        refusals.count(reason);
        Record<String, Outcome> refused = new Record<>(
                Topics.readingKey(reading.getRegion(), reading.getIndicator()),
                Outcome.refused(published(event)),
                record.timestamp(),
                new RecordHeaders());
        DeadLetterHeaders.add(
                refused.headers(),
                reason,
                detail,
                event.getOriginTopic(),
                event.getOriginPartition(),
                event.getOriginOffset(),
                Instant.ofEpochMilli(clock.millis()));
        context.forward(refused);
    }

    /** The reading's bytes as published; re-encoded only for an event that came without them. */
    private byte[] published(RegionEvent event) {
        ByteBuffer bytes = event.getPublished();
        if (bytes == null) {
            return readings.serialize(event.getOriginTopic(), event.getReading());
        }
        byte[] copy = new byte[bytes.remaining()];
        bytes.duplicate().get(copy);
        return copy;
    }
}
