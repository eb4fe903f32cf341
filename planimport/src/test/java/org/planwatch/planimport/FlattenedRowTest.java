package org.planwatch.planimport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.planwatch.domain.Bound;
import org.planwatch.domain.TargetKind;

/** A table row flattened into a pipe-ended line: the name, a space, the target cell. */
class FlattenedRowTest {

    @Test
    void shouldReadABareFigureWithItsUnitAndLeaveTheBracketedNoteOut() {
        assertThat(FlattenedRow.read("5岁以下儿童死亡率 6.0‰(目前10.7‰) |")).hasValueSatisfying(q -> {
            assertThat(q.name()).isEqualTo("5岁以下儿童死亡率");
            assertThat(q.kind()).isEqualTo(TargetKind.LEVEL);
            assertThat(q.bound()).isEqualTo(Bound.EXACT);
            assertThat(q.value()).isEqualTo(6.0);
            assertThat(q.unit()).isEqualTo("‰");
        });
    }

    @Test
    void shouldReadAWordedCellWithItsBound() {
        assertThat(FlattenedRow.read("个人卫生支出占卫生总费用的比重 降至25%左右(目前29.3%) |")).hasValueSatisfying(q -> {
            assertThat(q.bound()).isEqualTo(Bound.ABOUT);
            assertThat(q.value()).isEqualTo(25.0);
        });
    }

    @Test
    void shouldNotReadALineThatIsNoRowOrACellWithoutAFigure() {
        assertThat(FlattenedRow.read("人均预期寿命 达到79岁")).isEmpty();
        assertThat(FlattenedRow.read("居民健康素养水平 明显提高 |")).isEmpty();
        assertThat(FlattenedRow.read("| 指标 | 2030年 |")).isEmpty();
        assertThat(FlattenedRow.read("经常参加体育锻炼人数 5.3 |")).isEmpty();
    }
}
