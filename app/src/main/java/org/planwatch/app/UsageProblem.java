package org.planwatch.app;

/** A problem the user can fix by changing the command or its environment; printed without a stack trace. */
public final class UsageProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageProblem(String message) {
        super(message);
    }
}
