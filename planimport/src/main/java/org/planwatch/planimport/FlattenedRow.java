package org.planwatch.planimport;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planwatch.domain.Names;

/**
 * A row of an indicator table that a web page or a copy has flattened into one line ending in a
 * pipe: {@code 婴儿死亡率 5.0‰(目前8.1‰) |}, the indicator's name, a space, the target cell. Notes
 * in brackets (目前…, 2014年为…) are the base or the present, not the target, and are left out.
 */
final class FlattenedRow {
    private static final Pattern ROW =
            Pattern.compile("^\\s*(?<name>(?:\\d+岁|[^\\d\\s|:,，。;；])+?)\\s+(?<cell>[^|]*\\d[^|]*?)\\s*\\|\\s*$");
    private static final Pattern NOTE = Pattern.compile("[(（][^)）]*[)）]");

    private FlattenedRow() {}

    /** The target the row states, where {@code line} is such a row and its cell reads as one. */
    static Optional<QuantifiedClause> read(String line) {
        Matcher m = ROW.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String cell =
                Names.normalize(NOTE.matcher(m.group("cell")).replaceAll("")).replace(" ", "");
        return QuantifiedClause.ofRow(Names.normalize(m.group("name")).strip(), cell);
    }
}
