package org.planwatch.planimport.real;

import java.util.ArrayList;
import java.util.List;
import org.planwatch.domain.Target;

/**
 * How an import of one document compares with what a person read in it: recall (the share of the
 * expected targets that came out with exact value, year, kind and bound) and precision (the share
 * of what came out that is one of them).
 */
record ImportScore(String document, int expected, int imported, List<ExpectedTarget> missed, List<Target> wrong) {

    /**
     * Found are the expected targets paired one to one with targets that came out (a largest pairing): one
     * target that matches two rows (居民收入增速 高于全国 for 与全国比 and 与全省经济增速比) finds one of them. A
     * milestone is found with the target whose path it is on (2027年达到93% with 2035年达到98%), and rows that
     * differ only in where they are printed are one target.
     */
    static ImportScore of(String document, List<ExpectedTarget> expected, List<Target> imported) {
        // a target the document states again (a digest printing a 2030 figure three times) is one target
        List<ExpectedTarget> distinct =
                expected.stream().map(ExpectedTarget::wherever).distinct().toList();
        int[] pairedWith = new int[imported.size()];
        java.util.Arrays.fill(pairedWith, -1);
        java.util.Set<ExpectedTarget> unpaired = new java.util.HashSet<>();
        for (int e = 0; e < distinct.size(); e++) {
            ExpectedTarget row = distinct.get(e);
            // a milestone on a later target's path is found with it: one target, several rows by design
            boolean milestone = imported.stream().anyMatch(row::onPath);
            if (!milestone && !pair(e, distinct, imported, pairedWith, new boolean[imported.size()])) {
                unpaired.add(row);
            }
        }
        List<ExpectedTarget> missed = expected.stream()
                .filter(row -> unpaired.contains(row.wherever()))
                .toList();
        List<Target> wrong = imported.stream()
                .filter(t -> expected.stream().noneMatch(e -> e.matches(t)))
                .toList();
        return new ImportScore(document, expected.size(), imported.size(), missed, wrong);
    }

    /** Kuhn's augmenting path: pairs expected row {@code e} with a target, moving earlier pairs where it must. */
    private static boolean pair(
            int e, List<ExpectedTarget> expected, List<Target> imported, int[] pairedWith, boolean[] tried) {
        for (int t = 0; t < imported.size(); t++) {
            if (!tried[t] && expected.get(e).matchesDirectly(imported.get(t))) {
                tried[t] = true;
                if (pairedWith[t] < 0 || pair(pairedWith[t], expected, imported, pairedWith, tried)) {
                    pairedWith[t] = e;
                    return true;
                }
            }
        }
        return false;
    }

    int found() {
        return expected - missed.size();
    }

    int right() {
        return imported - wrong.size();
    }

    static ImportScore total(String name, List<ImportScore> scores) {
        List<ExpectedTarget> missed = new ArrayList<>();
        List<Target> wrong = new ArrayList<>();
        int expected = 0;
        int imported = 0;
        for (ImportScore s : scores) {
            missed.addAll(s.missed());
            wrong.addAll(s.wrong());
            expected += s.expected();
            imported += s.imported();
        }
        return new ImportScore(name, expected, imported, missed, wrong);
    }

    double recall() {
        return expected == 0 ? 1 : (double) found() / expected;
    }

    double precision() {
        return imported == 0 ? 0 : (double) right() / imported;
    }

    String line() {
        return String.format(
                "%-48s expected %3d, found %3d (recall %5.1f%%); imported %3d, right %3d (precision %5.1f%%)",
                document, expected, found(), 100 * recall(), imported, right(), 100 * precision());
    }
}
