package org.planwatch.domain;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * One way of writing a name, so that the same indicator printed by two plans compares equal:
 * full-width brackets and Roman numerals to ASCII ({@code （助理）} and {@code (助理)}, {@code Ⅲ} and
 * {@code III}), the PDF's spaces and subscript marks ({@code PM _{2.5}}) out.
 */
public final class Names {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern SUBSCRIPT = Pattern.compile("_\\{([^}]*)}");

    private Names() {}

    public static String normalize(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC);
        s = SUBSCRIPT.matcher(s).replaceAll("$1");
        return SPACE.matcher(s).replaceAll("");
    }
}
