package org.planwatch.planimport;

/** Plan text that cannot be read as it stands, with the file and line at fault. */
public final class PlanTextException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PlanTextException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
    }
}
