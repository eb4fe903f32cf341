package org.planwatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionDictionaryTest {
    private final RegionDictionary regions = RegionDictionary.bundled();

    @Test
    void shouldListTheRegionsInsideARegionByItsCode() {
        assertThat(regions.within("440700"))
                .containsExactly("440703", "440704", "440705", "440781", "440783", "440784", "440785");
        assertThat(regions.within("442000")).containsExactly("442000-torch");
        assertThat(regions.within("440000")).hasSize(10).doesNotContain("440000", "CN");
        assertThat(regions.within("CN")).hasSize(11).contains("440000");
        assertThat(regions.within("440703")).isEmpty();
        assertThat(regions.within("442000-torch")).isEmpty();
    }
}
