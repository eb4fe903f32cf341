package org.planwatch.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planwatch.consumer.Alerts.alert;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.planwatch.runtime.MetricsServer;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.ProgressStatus;
import org.planwatch.schema.YearFigure;

class IndicatorMetricsTest {
    /** Made per run: the repository holds no secret, not even a test's. */
    private static final String PASSWORD = java.util.UUID.randomUUID().toString();

    private static final String KEY = "jm-health-14|440700|hospital_beds_per_1000";
    private static final String LABELS =
            "department=\"市卫生健康局\",indicator=\"hospital_beds_per_1000\",plan=\"jm-health-14\",region=\"440700\",region_name=\"江门市\"";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final StatusBoard board = new StatusBoard();
    private final AlertHandler handler = new AlertHandler(board, new IndicatorMetrics(registry, board));

    @Test
    void shouldExposeOneSeriesPerStatusWithOneForTheCurrentStatus() {
        handler.status(KEY, alert(2023, ProgressStatus.LAGGING, 5.5, 5.6, 0.75, 1));
        handler.alert(KEY, alert(2023, ProgressStatus.LAGGING, 5.5, 5.6, 0.75, 1));
        String scrape = registry.scrape();
        assertThat(scrape).contains("planwatch_indicator_status{" + LABELS + ",status=\"LAGGING\"} 1.0");
        assertThat(scrape).contains("planwatch_indicator_status{" + LABELS + ",status=\"ON_TRACK\"} 0.0");
        assertThat(scrape.lines().filter(l -> l.startsWith("planwatch_indicator_status{")))
                .hasSize(ProgressStatus.values().length);
        assertThat(scrape).contains("planwatch_indicator_progress_ratio{" + LABELS + "} 0.75");
        assertThat(scrape).contains("planwatch_indicator_actual{" + LABELS + "} 5.5");
        assertThat(scrape).contains("planwatch_indicator_expected{" + LABELS + "} 5.6");
        assertThat(scrape).contains("planwatch_indicator_year{" + LABELS + "} 2023.0");
        assertThat(scrape).contains("planwatch_indicator_simulated{" + LABELS + "} 1.0");
        assertThat(scrape).contains("planwatch_alerts_consumed_total 1.0");
    }

    @Test
    void shouldMoveTheOneToTheNewStatusWhenItChanges() {
        handler.status(KEY, alert(2022, ProgressStatus.LAGGING, 5.4, 5.47, 0.75, 1));
        handler.status(KEY, alert(2023, ProgressStatus.ON_TRACK, 5.6, 5.6, 1.0, 2));
        handler.alert(KEY, alert(2023, ProgressStatus.ON_TRACK, 5.6, 5.6, 1.0, 2));
        String scrape = registry.scrape();
        assertThat(scrape).contains("planwatch_indicator_status{" + LABELS + ",status=\"LAGGING\"} 0.0");
        assertThat(scrape).contains("planwatch_indicator_status{" + LABELS + ",status=\"ON_TRACK\"} 1.0");
        assertThat(scrape).contains("planwatch_alerts_consumed_total 1.0");
    }

    @Test
    void shouldDropTheSeriesOfATargetTheStatusTopicDeletes() {
        handler.status(KEY, alert(2023, ProgressStatus.LAGGING, 5.5, 5.6, 0.75, 1));
        handler.status(KEY, null);
        assertThat(board.get(KEY)).isEmpty();
        assertThat(registry.scrape()).doesNotContain("planwatch_indicator_status{" + LABELS);
    }

    @Test
    void shouldDrawTheTargetOverItsPlansYearsWithAYearLabelAndNoEmptyYears() {
        ProgressEvaluation first = alert(2021, ProgressStatus.ON_TRACK, 5.35, 5.33, 1.1, 1);
        first.setSeries(List.of(
                new YearFigure(2020, 5.2, 5.2), new YearFigure(2021, 5.35, 5.33), new YearFigure(2025, null, 6.15)));
        handler.status(KEY, first);
        String scrape = registry.scrape();
        assertThat(scrape).contains("planwatch_indicator_figure_by_year{" + LABELS + ",year=\"2021\"} 5.35");
        assertThat(scrape).contains("planwatch_indicator_path_by_year{" + LABELS + ",year=\"2025\"} 6.15");
        assertThat(scrape).as("a year to come has a path, no figure").doesNotContain("year=\"2025\"} NaN");
        assertThat(scrape.lines().filter(l -> l.startsWith("planwatch_indicator_figure_by_year{")))
                .hasSize(2);

        // a later status: 2022 comes in and the revised 2021 shows; a year the series drops goes
        ProgressEvaluation next = alert(2022, ProgressStatus.LAGGING, 5.4, 5.47, 0.75, 2);
        next.setSeries(List.of(new YearFigure(2021, 5.3, 5.33), new YearFigure(2022, 5.4, 5.47)));
        handler.status(KEY, next);
        scrape = registry.scrape();
        assertThat(scrape).contains("planwatch_indicator_figure_by_year{" + LABELS + ",year=\"2021\"} 5.3");
        assertThat(scrape).contains("planwatch_indicator_figure_by_year{" + LABELS + ",year=\"2022\"} 5.4");
        assertThat(scrape).doesNotContain("year=\"2020\"").doesNotContain("year=\"2025\"");

        handler.status(KEY, null);
        assertThat(registry.scrape()).doesNotContain("_by_year{");
    }

    @Test
    void shouldCarryTheWordsOfEachIndicatorInOneInfoSeries() {
        try (IndicatorInfo info = new IndicatorInfo(registry, org.planwatch.domain.IndicatorDictionary.bundled())) {
            String scrape = registry.scrape();
            assertThat(scrape)
                    .contains(
                            "planwatch_indicator_info{indicator=\"hospital_beds_per_1000\",name_en=\"Hospital beds per 1,000 population\"");
            assertThat(scrape.lines().filter(l -> l.startsWith("planwatch_indicator_info{")))
                    .hasSize(org.planwatch.domain.IndicatorDictionary.bundled()
                            .all()
                            .size());
        }
    }

    @Test
    void shouldAskForTheUserAndPasswordWhenTheyAreSet() throws Exception {
        try (MetricsServer server = MetricsServer.start(
                registry, "127.0.0.1", 0, Optional.of(new MetricsServer.Credentials("prometheus", PASSWORD)))) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> anonymous = http.send(
                    HttpRequest.newBuilder(URI.create(server.url())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
            String basic = java.util.Base64.getEncoder()
                    .encodeToString(("prometheus:" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            HttpResponse<String> known = http.send(
                    HttpRequest.newBuilder(URI.create(server.url()))
                            .header("Authorization", "Basic " + basic)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(known.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void shouldAnswerHealthAndReadiness() throws Exception {
        try (MetricsServer server = MetricsServer.start(registry, "127.0.0.1", 0, Optional.empty())) {
            String base = server.url().replace("/metrics", "");
            HttpClient http = HttpClient.newHttpClient();
            java.util.concurrent.atomic.AtomicBoolean ready = new java.util.concurrent.atomic.AtomicBoolean();
            server.readiness(() -> ready.get() ? java.util.Optional.empty() : java.util.Optional.of("rebuilding"));
            assertThat(http.send(
                                    HttpRequest.newBuilder(URI.create(base + "/healthz"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .isEqualTo(200);
            HttpResponse<String> notYet = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/readyz")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(notYet.statusCode()).isEqualTo(503);
            assertThat(notYet.body()).isEqualTo("not ready: rebuilding\n");
            ready.set(true);
            assertThat(http.send(
                                    HttpRequest.newBuilder(URI.create(base + "/readyz"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void shouldServeTheScrapeOverHttpOnLoopback() throws Exception {
        ProgressEvaluation a = alert(2023, ProgressStatus.LAGGING, 5.5, 5.6, 0.75, 1);
        handler.status(KEY, a);
        try (MetricsServer server = MetricsServer.start(registry, "127.0.0.1", 0)) {
            assertThat(server.url()).startsWith("http://127.0.0.1:");
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(server.url())).build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            assertThat(response.body()).contains("planwatch_indicator_progress_ratio{" + LABELS + "} 0.75");
        }
    }
}
