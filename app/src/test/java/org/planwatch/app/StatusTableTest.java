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

    @Test
    void shouldPrintNumbersWithoutTrailingZeros() {
        assertThat(StatusTable.number(3055.0)).isEqualTo("3055");
        assertThat(StatusTable.number(5.6)).isEqualTo("5.6");
        assertThat(StatusTable.number(3055.2000000001)).isEqualTo("3055.2");
        assertThat(StatusTable.number(-0.125)).isEqualTo("-0.13");
    }
}
