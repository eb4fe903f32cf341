package org.planwatch.domain;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * One way of writing a name, so that the same indicator printed by two plans compares equal:
 * full-width forms to ASCII (NFKC: {@code （助理）} and {@code (助理)}, {@code Ⅲ} and {@code III}),
 * the other brackets plans use ({@code 【】 〔〕 〖〗}) to round ones, quotation marks and the PDF's
 * spaces and subscript marks ({@code PM _{2.5}}) out, and a unit printed in brackets at the end
 * ({@code 城镇调查失业率（%）}) dropped: the unit has a column of its own, as is an abbreviation in
 * brackets inside it ({@code 国内生产总值(GDP)增长}).
 */
public final class Names {
    /** PM _{2.5}, and PM_2.5 where the braces were lost: the subscript mark before the figure. */
    private static final Pattern SUBSCRIPT = Pattern.compile("_\\{([^}]*)}|_(?=\\d)");

    private static final String OPENING = "【〔〖";
    private static final String CLOSING = "】〕〗";
    private static final String QUOTES = "\"'“”‘’「」『』〝〞";
    /**
     * A short bracket at the end that reads as a unit: {@code (%)}, {@code (万人)}, {@code
     * (1/10万)}; not a qualifier such as {@code (以上年为100)}, which names another measure.
     */
    private static final Pattern TRAILING_UNIT = Pattern.compile("(?<=.)\\(([^()以为与和及、的含不按占]{1,8})\\)$");

    /** An abbreviation in brackets inside a name ({@code 国内生产总值(GDP)增长}): the name says it already. */
    private static final Pattern ABBREVIATION =
            Pattern.compile("(?<=\\p{IsHan})\\([A-Z][A-Za-z0-9&]{1,7}\\)(?=\\p{IsHan})");

    private Names() {}

    public static String normalize(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC);
        if (s.indexOf('_') >= 0) {
            s = SUBSCRIPT.matcher(s).replaceAll("$1");
        }
        // one pass for spaces, brackets and quotation marks: asked once per title and per name
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || QUOTES.indexOf(c) >= 0) {
                continue;
            }
            out.append(OPENING.indexOf(c) >= 0 ? '(' : CLOSING.indexOf(c) >= 0 ? ')' : c);
        }
        String written = out.indexOf("(") >= 0 ? ABBREVIATION.matcher(out).replaceAll("") : out.toString();
        return written.endsWith(")") ? TRAILING_UNIT.matcher(written).replaceAll("") : written;
    }
}
