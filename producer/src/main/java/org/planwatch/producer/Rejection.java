package org.planwatch.producer;

/**
 * A row that was not published, with where it was and why: {@code file:line: reason}.
 *
 * @param code a stable reason code for headers and counters ({@code unreadable}, {@code
 *     unknown-indicator}, {@code duplicate}...)
 * @param row the row as the feed wrote it, where there is one
 */
public record Rejection(String location, String code, String reason, String row) {
    /** A row that could not be read. */
    public static final String UNREADABLE = "unreadable";

    /**
     * The whole file refused before any row (a header that lacks what the mapping needs, a message
     * that is not one): counted as one file not read, not as one row rejected.
     */
    public static final String FILE_REFUSED = "file-refused";

    /** A file refused whole, at the line that made it so. */
    public static Rejection ofFile(String location, String reason) {
        return new Rejection(location, FILE_REFUSED, reason, null);
    }

    /** Whether this batch is a file refused whole: no reading, and only its one file refusal. */
    public static boolean refusesWholeFile(java.util.List<Rejection> rejections, int readings) {
        return readings == 0
                && rejections.size() == 1
                && rejections.get(0).code().equals(FILE_REFUSED);
    }

    public Rejection(String location, String reason) {
        this(location, UNREADABLE, reason, null);
    }

    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
