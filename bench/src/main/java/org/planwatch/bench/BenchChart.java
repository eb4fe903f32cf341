package org.planwatch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;

/** {@code bench-results.png}: throughput per stage beside latency percentiles per rate, for the README. */
final class BenchChart {
    private BenchChart() {}

    static void write(BenchResults r, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        CategoryChart throughput = new CategoryChartBuilder()
                .width(640)
                .height(400)
                .title("Throughput, records/s (one run, one broker)")
                .build();
        throughput.getStyler().setLegendVisible(false);
        throughput.getStyler().setXAxisLabelRotation(20);
        throughput.getStyler().setYAxisDecimalPattern("#,###");
        List<String> stages = new ArrayList<>(List.of("raw producer", "bare EOS join", "pipeline", "its producer"));
        List<Double> rates =
                new ArrayList<>(List.of(r.rawProducerRps(), r.bareJoinRps(), r.pipelineRps(), r.pipelinePublishRps()));
        r.scaleOutRps().forEach((instances, rps) -> {
            stages.add("pipeline x" + instances);
            rates.add(rps);
        });
        throughput.addSeries("records/s", stages, rates);
        CategoryChart latency = new CategoryChartBuilder()
                .width(640)
                .height(400)
                .title("Publish to status, ms")
                .build();
        List<String> percentiles = List.of("p50", "p95", "p99", "max");
        for (LatencyBench.Latency l : r.latencies()) {
            latency.addSeries(
                    String.format("%,d readings/s", l.ratePerSecond()),
                    percentiles,
                    List.of(l.p50(), l.p95(), l.p99(), l.max()));
        }
        List<Chart<?, ?>> charts = List.of(throughput, latency);
        BitmapEncoder.saveBitmap(charts, 1, 2, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
