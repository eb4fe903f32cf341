package org.planwatch.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the {@code planwatch} command line as a user would, keeping what it prints. */
final class CommandRun {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** The exit status of {@code planwatch args...}. */
    int run(String... args) {
        CommandLine cl = PlanWatch.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }
}
