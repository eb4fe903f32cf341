package org.planwatch.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 分别 lists written out as one clause per target. */
class RespectiveClausesTest {

    @Test
    void shouldPairEachNameWithItsFigureWhenOneIsARatePerHundredThousand() {
        assertThat(RespectiveClauses.of("婴儿死亡率、孕产妇死亡率分别下降到3.5‰、12/10万以下", List.of()))
                .extracting(RespectiveClauses::text)
                .containsExactly("婴儿死亡率下降到3.5‰以下", "孕产妇死亡率下降到12/10万以下");
    }

    @Test
    void shouldGiveEveryNameTheOneFigureAndTheSharedMeasure() {
        assertThat(RespectiveClauses.of("氮氧化物、挥发性有机物排放量分别下降8%以上", List.of()))
                .extracting(RespectiveClauses::text)
                .containsExactly("氮氧化物排放量下降8%以上", "挥发性有机物排放量下降8%以上");
    }

    @Test
    void shouldKeepAClauseWhoseNamesAndFiguresDoNotPair() {
        assertThat(RespectiveClauses.of("甲率、乙率、丙率分别达到1%、2%", List.of()))
                .extracting(RespectiveClauses::text)
                .containsExactly("甲率、乙率、丙率分别达到1%、2%");
    }
}
