package org.planwatch.runtime;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The first problem among a deployable's checks, asked in order and no further: a readiness probe
 * says what is most wrong (a dead loop before an unreachable cluster before a stall).
 */
public final class FirstProblem {
    private FirstProblem() {}

    @SafeVarargs
    public static Optional<String> of(Supplier<Optional<String>>... checks) {
        for (Supplier<Optional<String>> check : checks) {
            Optional<String> problem = check.get();
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }
}
