package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusTableTest {

    @Test
    void shouldCountChineseCharactersAsTwoTerminalColumns() {
        assertThat(StatusTable.width("市科技局")).isEqualTo(8);
        assertThat(StatusTable.width("plan")).isEqualTo(4);
        assertThat(StatusTable.width("（%）")).isEqualTo(5);
    }
}
