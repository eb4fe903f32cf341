package org.planwatch.planimport.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetCatalogue;

class CatalogueDiffTest {
    private final List<Target> before = TargetCatalogue.bundled().targets();

    private static Target with(Target t, String column, String value) {
        Map<String, String> row = TargetCatalogue.row(t);
        row.put(column, value);
        return TargetCatalogue.target(row);
    }

    @Test
    void shouldFindNothingBetweenACatalogueAndItself() {
        assertThat(CatalogueDiff.of(before, before).isEmpty()).isTrue();
    }

    @Test
    void shouldNotCountAMovedRowAsAChange() {
        List<Target> after =
                before.stream().map(t -> with(t, "source", "revised.txt:1")).toList();

        assertThat(CatalogueDiff.of(before, after).isEmpty()).isTrue();
    }

    @Test
    void shouldListAddedRemovedAndChangedFields() throws Exception {
        List<Target> after = new ArrayList<>(before);
        Target removed = after.remove(0);
        after.set(1, with(after.get(1), "target_value", "999"));
        Target added = with(removed, "plan", "zs-torch-15");
        after.add(added);

        CatalogueDiff diff = CatalogueDiff.of(before, after);

        assertThat(diff.added()).containsExactly(added);
        assertThat(diff.removed()).containsExactly(removed);
        assertThat(diff.changed())
                .singleElement()
                .satisfies(c -> assertThat(c.fields())
                        .containsExactly(new CatalogueDiff.Field(
                                "target_value",
                                TargetCatalogue.row(before.get(2)).get("target_value"),
                                "999")));
        StringBuilder text = new StringBuilder();
        diff.write(text);
        assertThat(text.toString())
                .contains("+ zs-torch-15|")
                .contains("- " + removed.key())
                .contains("target_value")
                .endsWith("1 added, 1 removed, 1 changed\n");
    }
}
