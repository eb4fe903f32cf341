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

    static ImportScore of(String document, List<ExpectedTarget> expected, List<Target> imported) {
        List<ExpectedTarget> missed = new ArrayList<>();
        for (ExpectedTarget e : expected) {
            if (imported.stream().noneMatch(e::matches)) {
                missed.add(e);
            }
        }
        List<Target> wrong = imported.stream()
                .filter(t -> expected.stream().noneMatch(e -> e.matches(t)))
                .toList();
        return new ImportScore(document, expected.size(), imported.size(), missed, wrong);
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
