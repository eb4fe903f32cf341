package org.planwatch.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Runs a {@code planwatch} command line as a user would, keeping what it prints. */
public final class CommandRun {
    public final StringWriter out = new StringWriter();
    public final StringWriter err = new StringWriter();
    private final Supplier<CommandLine> commandLine;

    /** The deployables' command line, {@link PlanWatch}. */
    public CommandRun() {
        this(PlanWatch::commandLine);
    }

    /** Another command line built on it, such as the developer tools'. */
    public CommandRun(Supplier<CommandLine> commandLine) {
        this.commandLine = commandLine;
    }

    /** The exit status of {@code planwatch args...}. */
    public int run(String... args) {
        CommandLine cl = commandLine.get();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }
}
