package org.planwatch.planimport;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planwatch.domain.Names;

/**
 * A province's document number near a plan's title (苏政发〔2025〕108号, 粤府办〔2026〕3号): its first character is the
 * issuing province's abbreviation, the surest sign of whose plan it is where the page prints no region's name.
 */
final class DocumentNumber {
    private DocumentNumber() {}

    /** A provincial government's or its office's number: 苏政发, 浙政办发, 粤府, 川府发, 京政发, 沪府规. */
    private static final Pattern PROVINCIAL = Pattern.compile(
            "(?<![\\p{IsHan}])(?<province>\\p{IsHan})(?:政办?[发规函]|府办?[发规函]?)[〔\\[(（]20\\d\\d[〕\\])）]\\d+号");

    /** The abbreviation of the province whose number stands near 1-based {@code line}, if one does. */
    static Optional<String> provinceNear(List<String> lines, int line) {
        for (String near : PlanTitle.near(lines, line)) {
            Matcher m = PROVINCIAL.matcher(Names.normalize(near));
            if (m.find()) {
                return Optional.of(m.group("province"));
            }
        }
        return Optional.empty();
    }
}
