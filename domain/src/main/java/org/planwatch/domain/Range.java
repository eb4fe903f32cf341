package org.planwatch.domain;

/**
 * The values an indicator can possibly take: {@code 0..100} for a share, {@code 0..} for a count or
 * an amount, empty for a growth rate. A figure outside it is a feed's error, not news.
 *
 * @param min the least possible value, null for none
 * @param max the greatest possible value, null for none
 */
public record Range(Double min, Double max) {
    public static final Range ANY = new Range(null, null);

    public Range {
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("range " + min + ".." + max + " is empty");
        }
    }

    /** {@code 0..100}, {@code 0..}, {@code ..0}, or blank for any value. */
    public static Range of(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return ANY;
        }
        int dots = t.indexOf("..");
        if (dots < 0) {
            throw new IllegalArgumentException("range '" + t + "' is not MIN..MAX (either side may be left out)");
        }
        try {
            String low = t.substring(0, dots).strip();
            String high = t.substring(dots + 2).strip();
            return new Range(low.isEmpty() ? null : Double.valueOf(low), high.isEmpty() ? null : Double.valueOf(high));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("range '" + t + "' has a bound that is not a number");
        }
    }

    public boolean contains(double value) {
        return (min == null || value >= min) && (max == null || value <= max);
    }

    @Override
    public String toString() {
        return (min == null ? "" : plain(min)) + ".." + (max == null ? "" : plain(max));
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
