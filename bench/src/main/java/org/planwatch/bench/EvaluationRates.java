package org.planwatch.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs {@link EvaluationBenchmark} under JMH, in a forked JVM: evaluations per second per target kind. */
final class EvaluationRates {
    private EvaluationRates() {}

    static Map<String, Double> measure(boolean quick) throws Exception {
        Options options = new OptionsBuilder()
                .include(EvaluationBenchmark.class.getName())
                .forks(1)
                .threads(1)
                .warmupIterations(quick ? 1 : 3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 2 : 5)
                .measurementTime(TimeValue.seconds(1))
                .jvmArgs("-Xmx256m")
                .verbosity(VerboseMode.SILENT)
                .build();
        Map<String, Double> perKind = new LinkedHashMap<>();
        for (RunResult result : new Runner(options).run()) {
            perKind.put(
                    result.getParams().getParam("kind"),
                    result.getPrimaryResult().getScore());
        }
        return perKind;
    }
}
