package org.planwatch.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planwatch.consumer.Alerts.alert;

import org.junit.jupiter.api.Test;
import org.planwatch.schema.ProgressStatus;

class StatusBoardTest {
    private static final String KEY = "jm-health-14|440700|hospital_beds_per_1000";
    private final StatusBoard board = new StatusBoard();

    @Test
    void shouldHoldTheLastStatusReadAndForgetATargetOnItsTombstone() {
        board.put(KEY, alert(2023, ProgressStatus.LAGGING, 5.5, 5.6, 0.75, 1));
        board.put(KEY, alert(2023, ProgressStatus.ON_TRACK, 5.6, 5.6, 1.0, 2));
        assertThat(board.get(KEY))
                .hasValueSatisfying(a -> assertThat(a.getStatus()).isEqualTo(ProgressStatus.ON_TRACK));
        assertThat(board.size()).isEqualTo(1);
        board.remove(KEY);
        assertThat(board.get(KEY)).isEmpty();
    }
}
