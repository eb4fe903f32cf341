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

    public Rejection(String location, String reason) {
        this(location, UNREADABLE, reason, null);
    }

    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
