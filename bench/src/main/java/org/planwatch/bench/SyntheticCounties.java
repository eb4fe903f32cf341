package org.planwatch.bench;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetCatalogue;

/**
 * A province of {@code n} made-up counties, for the backfill at a province's scale: codes
 * {@code 99CCDD} under a province {@code 990000} (no real division has 99), each county with the
 * targets of a real district's plan (蓬江区, 440703) as its own. Simulated, and named so.
 */
final class SyntheticCounties {
    static final String PROVINCE = "990000";
    private static final String TEMPLATE_REGION = "440703";
    private static final int PER_CITY = 95;

    private final List<String> codes = new ArrayList<>();

    SyntheticCounties(int n) {
        if (n < 1 || n > 99 * PER_CITY) {
            throw new IllegalArgumentException("between 1 and " + 99 * PER_CITY + " counties, not " + n);
        }
        for (int i = 0; i < n; i++) {
            codes.add(String.format("99%02d%02d", i / PER_CITY + 1, i % PER_CITY + 1));
        }
    }

    List<String> codes() {
        return codes;
    }

    /**
     * The province and its counties (the job's dictionary); without the province for the
     * workload, whose readings are the counties' own.
     */
    RegionDictionary dictionary(boolean withProvince) {
        StringBuilder tsv = new StringBuilder("code\tname_zh\tslug\tlevel\tdepartment_prefix\tnames\n");
        if (withProvince) {
            tsv.append(PROVINCE).append("\t模拟省\tbench-province\tprovince\t省\t模拟省\n");
        }
        for (String code : codes) {
            tsv.append(code)
                    .append("\t模拟县")
                    .append(code)
                    .append("\tbench-")
                    .append(code)
                    .append("\tdistrict\t县\t模拟县")
                    .append(code)
                    .append('\n');
        }
        return RegionDictionary.read(new StringReader(tsv.toString()), "synthetic counties");
    }

    /** Every county with a copy of the template district's targets. */
    TargetCatalogue catalogue(TargetCatalogue real) {
        List<Target> template = real.targets().stream()
                .filter(t -> t.region().equals(TEMPLATE_REGION))
                .toList();
        List<Target> targets = new ArrayList<>(template.size() * codes.size());
        for (String code : codes) {
            for (Target t : template) {
                targets.add(inRegion(t, code));
            }
        }
        return TargetCatalogue.of(targets);
    }

    private static Target inRegion(Target t, String region) {
        return new Target(
                t.plan(),
                region,
                t.indicator(),
                t.nameZh(),
                t.nameEn(),
                t.unit(),
                t.kind(),
                t.bound(),
                t.baseYear(),
                t.baseValue(),
                t.milestones(),
                t.targetYear(),
                t.targetValue(),
                t.targetUpper(),
                t.targetChange(),
                t.direction(),
                t.attribute(),
                t.department(),
                t.departmentInferred(),
                t.linkedTo(),
                t.actualValue(),
                t.actualChange(),
                t.expression(),
                "simulated:" + t.source(),
                t.review(),
                t.planTitle());
    }
}
