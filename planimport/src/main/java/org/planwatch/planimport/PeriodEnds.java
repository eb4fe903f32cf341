package org.planwatch.planimport;

import java.util.Map;
import java.util.Optional;

/**
 * The year a five-year-plan period named in a header cell or a list's heading ends: 十五五末 and
 * “十五五”目标 are 2030. Text in, a year out; empty where the text names no period. (The plan's own
 * period, named in its title, is {@link Plan}'s to read.)
 */
final class PeriodEnds {
    private static final Map<String, Integer> ENDS =
            Map.of("十三五", 2020, "十四五", 2025, "十五五", 2030, "十六五", 2035, "第十三个五年", 2020, "第十四个五年", 2025, "第十五个五年", 2030);

    private PeriodEnds() {}

    static Optional<Integer> namedIn(String text) {
        String t = text.replaceAll("[“”\"\\s]", "");
        return ENDS.entrySet().stream()
                .filter(e -> t.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
