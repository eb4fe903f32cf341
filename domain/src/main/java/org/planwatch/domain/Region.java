package org.planwatch.domain;

import java.util.List;

/**
 * A region a plan covers.
 *
 * @param code GB/T 2260 code where one exists ({@code 440700}); {@code CN} for the nation
 * @param slug a short name for plan ids ({@code jm} in {@code jm-health-14})
 * @param departmentPrefix what its departments' names start with: 市, 区, 省, 国家
 * @param names how plan texts name it
 */
public record Region(
        String code, String nameZh, String slug, String level, String departmentPrefix, List<String> names) {
    public Region {
        names = List.copyOf(names);
    }
}
