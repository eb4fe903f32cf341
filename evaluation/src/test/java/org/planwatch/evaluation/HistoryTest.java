package org.planwatch.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One series' figures by year: ranges, the latest of a range, what was known by a year. */
class HistoryTest {
    private final History history = History.of(
            List.of(new Observation(2023, 3, "c"), new Observation(2020, 0, "a"), new Observation(2021, 1, "b")));

    @Test
    void shouldGiveRangesOldestFirstBothEndsIncluded() {
        assertThat(history.between(2020, 2023)).extracting(Observation::year).containsExactly(2020, 2021, 2023);
        assertThat(history.between(2021, 2022)).extracting(Observation::year).containsExactly(2021);
        assertThat(history.between(2022, 2022)).isEmpty();
        assertThat(history.between(2024, 2020)).isEmpty();
        assertThat(history.between(2019, 2030)).hasSize(3);
    }

    @Test
    void shouldFindAYearTheLatestOfARangeAndWhatWasKnownByAYear() {
        assertThat(history.at(2021)).map(Observation::readingId).contains("b");
        assertThat(history.at(2022)).isEmpty();
        assertThat(history.latest(2020, 2022)).map(Observation::year).contains(2021);
        assertThat(history.latest(2022, 2022)).isEmpty();
        assertThat(history.upTo(2021).years()).containsExactly(2020, 2021);
        assertThat(history.upTo(2019).isEmpty()).isTrue();
        assertThat(History.EMPTY.latest(2000, 3000)).isEmpty();
    }

    @Test
    void shouldRefuseTwoFiguresForOneYear() {
        assertThatThrownBy(() -> History.of(List.of(new Observation(2021, 1, "a"), new Observation(2021, 2, "b"))))
                .hasMessage("two figures for 2021");
    }
}
