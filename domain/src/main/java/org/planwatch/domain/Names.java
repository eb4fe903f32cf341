package org.planwatch.domain;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * One way of writing a name, so that the same indicator printed by two plans compares equal:
 * full-width forms to ASCII (NFKC: {@code （助理）} and {@code (助理)}, {@code Ⅲ} and {@code III}),
 * the other brackets plans use ({@code 【】 〔〕 〖〗}) to round ones, quotation marks and the PDF's
 * spaces and subscript marks ({@code PM _{2.5}}) out, and a unit printed in brackets at the end
 * ({@code 城镇调查失业率（%）}) dropped: the unit has a column of its own.
 */
public final class Names {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern SUBSCRIPT = Pattern.compile("_\\{([^}]*)}");
    private static final Pattern OPENING = Pattern.compile("[【〔〖]");
    private static final Pattern CLOSING = Pattern.compile("[】〕〗]");
    private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」『』〝〞]");
    /**
     * A short bracket at the end that reads as a unit: {@code (%)}, {@code (万人)}, {@code
     * (1/10万)}; not a qualifier such as {@code (以上年为100)}, which names another measure.
     */
    private static final Pattern TRAILING_UNIT = Pattern.compile("(?<=.)\\(([^()以为与和及、的含不按占]{1,8})\\)$");

    private Names() {}

    public static String normalize(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC);
        s = SUBSCRIPT.matcher(s).replaceAll("$1");
        s = SPACE.matcher(s).replaceAll("");
        s = OPENING.matcher(s).replaceAll("(");
        s = CLOSING.matcher(s).replaceAll(")");
        s = QUOTES.matcher(s).replaceAll("");
        return TRAILING_UNIT.matcher(s).replaceAll("");
    }
}
