package org.planwatch.planimport.source;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's lines in the one script and numerals the readers match: traditional characters
 * folded to simplified (ICU's {@code Traditional-Simplified}, in documents written in traditional
 * characters only, since a simplified text also uses 著, 乾, 於 that the fold would change),
 * full-width digits and Latin letters to ASCII ({@code ＧＤＰ}), 百分之五 to {@code 5%}, the circle of 二○三○年
 * to the numeral zero 〇 (the readers turn 二〇三〇年 into 2030 themselves), and the pinyin a converter inserts after a character ({@code 經(jīng)濟}) left out.
 * Lines keep their number; every folded character remembers the span of the original line it came
 * from, so that what is cited ({@link #printed}) is the text as the document prints it.
 */
public final class FoldedText {
    /** A traditional document: at least this share of its Han characters fold to another one. */
    private static final double TRADITIONAL_SHARE = 0.03;
    /** …and at least this many different ones. */
    private static final int TRADITIONAL_CHARACTERS = 4;

    private static final Transliterator T2S = Transliterator.getInstance("Traditional-Simplified");
    private static final Map<Integer, String> FOLDS = new ConcurrentHashMap<>();

    private static final Pattern PINYIN = Pattern.compile("\\(\\s?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\\s?\\)");
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final Pattern YEAR_NUMERALS = Pattern.compile("[〇○零一二三四五六七八九]{4}(?=年)");
    /**
     * A count written in words before its unit (一千兩百萬人, 一點四兆斤): read as digits where it has a place
     * (十, 百, 千) or a decimal point, so that 一个, 三大, 五年 and 每千人 stay words.
     */
    private static final Pattern NUMBER_WORDS = Pattern.compile(
            "(?<![每数几上万萬亿億〇零一二两兩三四五六七八九十百千])([一二两兩三四五六七八九十][〇零一二两兩三四五六七八九十百千]+|[一二两兩三四五六七八九])(?:[点點]([〇零一二三四五六七八九]+))?"
                    + "(?=(?:万亿|萬億|亿|億|万|萬|兆)?(?:人|元|斤|吨|噸|个(?!\\s*五年)|個(?!\\s*五年)|家|项|項|所|座|亩|畝|公里|户|戶|套|张|張|辆|輛|台|臺|岁|歲))");

    /** 百分之五, 百分之十五, 百分之三点五, 百分之五十 */
    private static final Pattern PERCENT_WORDS = Pattern.compile("百分之([一二三四五六七八九十]{1,3})([点點]([〇零一二三四五六七八九]{1,3}))?");

    private final List<String> original;
    private final List<String> folded;
    /** Per line, per folded character: the original span [from, to). */
    private final List<int[][]> spans;

    private FoldedText(List<String> original, List<String> folded, List<int[][]> spans) {
        this.original = original;
        this.folded = folded;
        this.spans = spans;
    }

    /** The folded form of {@code lines}. */
    public static FoldedText of(List<String> lines) {
        boolean traditional = isTraditional(lines);
        List<String> folded = new ArrayList<>(lines.size());
        List<int[][]> spans = new ArrayList<>(lines.size());
        for (String line : lines) {
            StringBuilder out = new StringBuilder(line.length());
            List<int[]> from = new ArrayList<>(line.length());
            fold(line, traditional, out, from);
            folded.add(out.toString());
            spans.add(from.toArray(new int[0][]));
        }
        return new FoldedText(List.copyOf(lines), List.copyOf(folded), spans);
    }

    /** The lines as the readers match them, one per original line. */
    public List<String> lines() {
        return folded;
    }

    /**
     * The original text of a fragment of folded line {@code index} (0-based), compared without
     * spaces and quotation marks (as {@code Names.normalize} writes it); {@code fragment} itself
     * where the line does not hold it or was not folded.
     */
    public String printed(int index, String fragment) {
        if (index < 0 || index >= folded.size() || fragment.isEmpty()) {
            return fragment;
        }
        // a sentence cut at a line's end is read with the next line and cited there: look a line or two up
        for (int i = index; i >= Math.max(0, index - 2); i--) {
            String found = printedIn(i, fragment);
            if (found != null) {
                return found;
            }
        }
        return fragment;
    }

    private String printedIn(int index, String fragment) {
        String line = folded.get(index);
        if (java.text.Normalizer.normalize(line, java.text.Normalizer.Form.NFKC)
                .equals(java.text.Normalizer.normalize(original.get(index), java.text.Normalizer.Form.NFKC))) {
            return null; // nothing folded beyond widths: the readers' own (normalised) wording stands, as before
        }
        StringBuilder squeezed = new StringBuilder(line.length());
        List<Integer> at = new ArrayList<>(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00a0' && "\"'“”‘’「」『』〝〞".indexOf(c) < 0) {
                squeezed.append(c);
                at.add(i);
            }
        }
        String wanted = squeezeOf(fragment);
        int start = squeezed.indexOf(wanted);
        if (wanted.isEmpty() || start < 0) {
            return null;
        }
        int[][] span = spans.get(index);
        int from = span[at.get(start)][0];
        int to = span[at.get(start + wanted.length() - 1)][1];
        return original.get(index).substring(from, to);
    }

    private static String squeezeOf(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC)
                .toCharArray()) {
            if (!Character.isWhitespace(c) && c != '\u00a0' && "\"'“”‘’「」『』〝〞".indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void fold(String line, boolean traditional, StringBuilder out, List<int[]> from) {
        int i = 0;
        while (i < line.length()) {
            Matcher pinyin = PINYIN.matcher(line).region(i, line.length());
            if (i > 0
                    && Character.UnicodeScript.of(line.codePointBefore(i)) == Character.UnicodeScript.HAN
                    && pinyin.lookingAt()) {
                i = pinyin.end();
                continue;
            }
            Matcher year = YEAR_NUMERALS.matcher(line).region(i, line.length());
            if (year.lookingAt()) {
                // 二○三○年 with a circle for the zero: the readers know 二〇三〇年, written with the numeral zero
                for (char c : year.group().toCharArray()) {
                    out.append(c == '○' ? '〇' : c);
                    from.add(new int[] {i, i + 1});
                    i++;
                }
                continue;
            }
            Matcher percent = PERCENT_WORDS.matcher(line).region(i, line.length());
            if (percent.lookingAt()) {
                String number = tensOf(percent.group(1))
                        + (percent.group(3) == null ? "" : "." + digitsOf(percent.group(3))) + "%";
                for (char c : number.toCharArray()) {
                    out.append(c);
                    from.add(new int[] {i, percent.end()});
                }
                i = percent.end();
                continue;
            }
            // transparent: the look-behind sees the text before i (每千人, 两三千)
            Matcher count = NUMBER_WORDS.matcher(line).region(i, line.length()).useTransparentBounds(true);
            if (count.lookingAt()
                    && (count.group(1).matches(".*[十百千].*") || count.group(2) != null)
                    // 两三千人, 七八十万: an estimate between two figures, not one
                    && !count.group(1).matches(".*[一二两兩三四五六七八九]{2}.*")) {
                // 一千两百万人, 一点四兆斤: a figure a news page writes in words
                String number = String.valueOf(wholeOf(count.group(1)))
                        + (count.group(2) == null ? "" : "." + digitsOf(count.group(2)));
                for (char c : number.toCharArray()) {
                    out.append(c);
                    from.add(new int[] {i, count.end()});
                }
                i = count.end();
                continue;
            }
            int cp = line.codePointAt(i);
            int next = i + Character.charCount(cp);
            String f = foldOne(cp, traditional);
            for (char c : f.toCharArray()) {
                out.append(c);
                from.add(new int[] {i, next});
            }
            i = next;
        }
    }

    /** One character: full-width digits, letters and signs to ASCII; a traditional character to its simplified one. */
    private static String foldOne(int cp, boolean traditional) {
        if (cp >= 0xFF01 && cp <= 0xFF5E && (Character.isLetterOrDigit(cp) || cp == '％' || cp == '．')) {
            return String.valueOf((char) (cp - 0xFEE0));
        }
        if (!traditional || Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
            return new String(Character.toChars(cp));
        }
        String f = simplified(cp);
        // keep one character for one: a fold to several would shift what the readers cite
        return f.codePointCount(0, f.length()) == 1 ? f : new String(Character.toChars(cp));
    }

    private static String simplified(int cp) {
        return FOLDS.computeIfAbsent(cp, c -> {
            synchronized (T2S) {
                return T2S.transliterate(new String(Character.toChars(c)));
            }
        });
    }

    private static boolean isTraditional(List<String> lines) {
        int han = 0;
        int folds = 0;
        java.util.Set<Integer> distinct = new java.util.HashSet<>();
        for (String line : lines) {
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    han++;
                    if (!simplified(cp).equals(new String(Character.toChars(cp)))) {
                        folds++;
                        distinct.add(cp);
                    }
                }
                i += Character.charCount(cp);
            }
        }
        // a simplified text holds a few characters the fold would change (显著's 著): a traditional one, many
        return han > 0 && (double) folds / han >= TRADITIONAL_SHARE && distinct.size() >= TRADITIONAL_CHARACTERS;
    }

    /** 一千两百 → 1200, 十五 → 15, 三百零五 → 305. */
    private static long wholeOf(String words) {
        long value = 0;
        int digit = -1;
        for (char c : words.toCharArray()) {
            int place = "十百千".indexOf(c);
            if (place >= 0) {
                value += (digit < 0 ? 1 : digit) * (long) Math.pow(10, place + 1);
                digit = -1;
            } else {
                digit = c == '两' || c == '兩' ? 2 : Math.max(0, DIGITS.indexOf(c == '零' ? '〇' : c));
            }
        }
        return value + Math.max(digit, 0);
    }

    /** 五 → 5, 十五 → 15, 五十 → 50, 二十五 → 25. */
    private static String tensOf(String words) {
        int ten = words.indexOf('十');
        if (ten < 0) {
            return digitsOf(words);
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(words.charAt(0));
        int units = ten == words.length() - 1 ? 0 : DIGITS.indexOf(words.charAt(ten + 1));
        return String.valueOf(tens * 10 + units);
    }

    private static String digitsOf(String words) {
        StringBuilder out = new StringBuilder();
        for (char c : words.toCharArray()) {
            out.append(c == '零' ? 0 : DIGITS.indexOf(c));
        }
        return out.toString();
    }
}
