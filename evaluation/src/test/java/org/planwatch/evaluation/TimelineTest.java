package org.planwatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planwatch.evaluation.Targets.history;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planwatch.domain.Direction;
import org.planwatch.domain.Target;

class TimelineTest {
    private final Timeline timeline = new Timeline(ProgressEvaluator.withDefaults());

    @Test
    void shouldJudgeEachYearOnTheFiguresKnownThenAndAYearAgainstEveryPlanCoveringIt() {
        Target thirteenth = Target.builder("plan-13", "440700", "share")
                .names("指标", null)
                .unit("%")
                .base(2015, 5.0)
                .target(2020, 10.0)
                .direction(Direction.HIGHER_IS_BETTER)
                .source("t:1")
                .build();
        Target fourteenth = Targets.level("share", "%", 10, 20, Direction.HIGHER_IS_BETTER);
        Map<String, History> histories = Map.of(
                Timeline.key("440700", "share"), history(2019, 9.0, 10.0, 12.0, 13.0),
                Timeline.key("440000", "share"), history(2021, 1.0));
        List<Evaluation> out = timeline.run(List.of(fourteenth, thirteenth), histories);
        assertThat(out)
                .extracting(e -> e.target().plan() + " " + e.year() + " " + e.status() + " "
                        + e.used().size())
                .containsExactly(
                        "plan-13 2019 ON_TRACK 1",
                        "plan-13 2020 ACHIEVED 2",
                        "plan-14 2020 INSUFFICIENT_DATA 1",
                        // 12 is 2 of the 2 the path asks of 2021; 13 is 3 of 4 in 2022
                        "plan-14 2021 ON_TRACK 1",
                        "plan-14 2022 LAGGING 2");
    }
}
