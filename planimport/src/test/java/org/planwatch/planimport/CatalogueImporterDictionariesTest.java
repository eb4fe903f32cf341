package org.planwatch.planimport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.planwatch.domain.CatalogueFormatException;
import org.planwatch.domain.Departments;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;

class CatalogueImporterDictionariesTest {
    @Test
    void anImporterRefusesDictionariesThatDisagree() {
        Departments few =
                Departments.read(new StringReader("department\tnational\tprovince\n科技局\t科技部\t省科技厅\n"), "few.tsv");
        assertThatThrownBy(() -> new CatalogueImporter(IndicatorDictionary.bundled(), RegionDictionary.bundled(), few))
                .isInstanceOf(CatalogueFormatException.class)
                .hasMessageContaining("卫生健康局");
    }
}
