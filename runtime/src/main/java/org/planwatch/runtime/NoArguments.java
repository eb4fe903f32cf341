package org.planwatch.runtime;

import java.util.Arrays;
import java.util.Optional;

/**
 * A deployable's image takes its settings from the environment and {@code PLANWATCH_CONFIG}'s file,
 * never from arguments: a manifest still written for the command line ({@code args: ["streams"]})
 * is told so, rather than run with its arguments silently dropped.
 */
public final class NoArguments {
    private NoArguments() {}

    /** Why {@code args} cannot be taken by the deployable {@code name}; empty where there are none. */
    public static Optional<String> problem(String name, String[] args) {
        if (args.length == 0) {
            return Optional.empty();
        }
        return Optional.of(name + " takes no arguments (given " + Arrays.toString(args)
                + "): its settings come from the environment (PLANWATCH_BOOTSTRAP, …) and the file"
                + " PLANWATCH_CONFIG names; README, Configuration lists them");
    }
}
