package org.planwatch.producer;

/** A row that was not published, with where it was and why: {@code file:line: reason}. */
public record Rejection(String location, String reason) {
    @Override
    public String toString() {
        return location + ": " + reason;
    }
}
