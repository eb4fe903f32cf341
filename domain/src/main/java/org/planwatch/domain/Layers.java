package org.planwatch.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A user's dictionary rows laid over the bundled ones: a user row replaces the bundled row with
 * the same key, in its place; rows with keys of their own follow in the user's order. The one rule
 * for every dictionary a user may edit (indicators, regions, departments).
 */
final class Layers {
    private Layers() {}

    static <T> List<T> over(List<T> bundled, List<T> user, Function<T, String> key) {
        Map<String, T> rows = new LinkedHashMap<>();
        for (T row : bundled) {
            rows.put(key.apply(row), row);
        }
        for (T row : user) {
            rows.put(key.apply(row), row);
        }
        return new ArrayList<>(rows.values());
    }
}
