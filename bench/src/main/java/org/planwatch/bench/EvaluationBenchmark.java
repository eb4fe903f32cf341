package org.planwatch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetCatalogue;
import org.planwatch.domain.TargetKind;
import org.planwatch.evaluation.Evaluation;
import org.planwatch.evaluation.Evidence;
import org.planwatch.evaluation.History;
import org.planwatch.evaluation.Observation;
import org.planwatch.evaluation.ProgressEvaluator;

/**
 * The evaluation alone, one thread: the first catalogue target of each kind judged on four years
 * of figures, the path and the trend both in play. The kinds that need another region's or
 * indicator's figures (LINKED, BELOW_AVERAGE) are left out: their cost is the same rules on two
 * histories.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EvaluationBenchmark {
    @Param({"LEVEL", "ANNUAL_GROWTH", "CUMULATIVE_CHANGE", "QUOTA", "ANNUAL_CHANGE", "STABLE", "RISING"})
    public String kind;

    private final ProgressEvaluator evaluator = ProgressEvaluator.withDefaults();
    private Target target;
    private Evidence evidence;

    @Setup
    public void setUp() {
        target = TargetCatalogue.bundled().targets().stream()
                .filter(t -> t.kind() == TargetKind.valueOf(kind))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + kind + " target in the catalogue"));
        double start = target.baseValue() != null
                ? target.baseValue()
                : target.targetValue() != null ? target.targetValue() : 5;
        double goal = target.targetValue() != null ? target.targetValue() : start * 1.1;
        int last = target.targetYear() - 1;
        List<Observation> figures = new ArrayList<>();
        for (int year = last - 3; year <= last; year++) {
            double share = (year - (last - 4)) / 5.0;
            figures.add(new Observation(year, start + share * (goal - start) * 0.9, "bench|" + year));
        }
        evidence = Evidence.of(History.of(figures));
    }

    @Benchmark
    public Optional<Evaluation> evaluate() {
        return evaluator.evaluate(target, evidence);
    }
}
