package org.planwatch.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planwatch.consumer.Alerts.alert;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.ProgressStatus;

class PlanScoresTest {
    private static final String LABELS = "plan=\"jm-health-14\",region=\"440700\"";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final PlanScores scores = new PlanScores(registry);

    private static ProgressEvaluation target(String indicator, ProgressStatus status, Double progress) {
        ProgressEvaluation a = alert(2027, status, 1, 1.0, progress, 1);
        a.setIndicator(indicator);
        return a;
    }

    private static String key(String indicator) {
        return "jm-health-14|440700|" + indicator;
    }

    @Test
    void shouldExposeTheMeanOfTheScoredTargetsAndHowManyThereAre() {
        scores.onStatus(key("a"), target("a", ProgressStatus.ACHIEVED, null)); // 5
        scores.onStatus(key("b"), target("b", ProgressStatus.LAGGING, 0.6)); // 0
        scores.onStatus(key("c"), target("c", ProgressStatus.REGRESSING, -0.6)); // -5
        scores.onStatus(key("d"), target("d", ProgressStatus.INSUFFICIENT_DATA, null)); // not scored
        scores.onStatus(key("e"), target("e", ProgressStatus.AHEAD, 1.3)); // 5

        String scrape = registry.scrape();
        assertThat(scrape).contains("planwatch_plan_score{" + LABELS + "} 1.25");
        assertThat(scrape).contains("planwatch_plan_targets{" + LABELS + "} 5.0");
        assertThat(scrape).contains("planwatch_plan_scored_targets{" + LABELS + "} 4.0");
    }

    @Test
    void shouldMoveTheMeanWhenATargetsStatusChangesAndDropThePlanWhenItsLastTargetGoes() {
        scores.onStatus(key("a"), target("a", ProgressStatus.LAGGING, 0.6));
        scores.onStatus(key("b"), target("b", ProgressStatus.ACHIEVED, null));
        assertThat(registry.scrape()).contains("planwatch_plan_score{" + LABELS + "} 2.5");

        scores.onStatus(key("a"), target("a", ProgressStatus.ACHIEVED, null));
        assertThat(registry.scrape()).contains("planwatch_plan_score{" + LABELS + "} 5.0");
        assertThat(registry.scrape()).contains("planwatch_plan_targets{" + LABELS + "} 2.0");

        scores.onStatus(key("a"), null);
        scores.onStatus(key("b"), null);
        assertThat(registry.scrape()).doesNotContain("planwatch_plan_");
    }

    @Test
    void shouldShowNoScoreWhileNoTargetCanBeScored() {
        scores.onStatus(key("a"), target("a", ProgressStatus.INSUFFICIENT_DATA, null));
        String scrape = registry.scrape();
        assertThat(scrape).contains("planwatch_plan_score{" + LABELS + "} NaN");
        assertThat(scrape).contains("planwatch_plan_scored_targets{" + LABELS + "} 0.0");
    }
}
