package org.planwatch.app;

import org.planwatch.schema.Causes;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code planwatch} command line. */
@Command(
        name = "planwatch",
        mixinStandardHelpOptions = true,
        version = "PlanWatch 0.1.0",
        description = "Monitors five-year-plan targets against statistical readings, as a Kafka pipeline.",
        subcommands = {
            DemoCommand.class,
            PublishCommand.class,
            StreamsCommand.class,
            ConsumerCommand.class,
            CatalogueCommand.class,
            BacktestCommand.class,
            EvaluateCommand.class,
            DlqCommand.class,
            IngestCommand.class,
            BrokerCommand.class,
            ClusterCommand.class,
            BenchCommand.class,
            AclsCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Exit status: 0 success, 1 nothing could be done, 2 some input rows were rejected.",
            "Every option can also be set by environment: --metrics-port is PLANWATCH_METRICS_PORT."
        })
public final class PlanWatch implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new PlanWatch());
        cl.setDefaultValueProvider(new EnvDefaults());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            java.util.Optional<Throwable> refusal = Causes.first(e, Causes.REFUSALS);
            if (e instanceof UsageProblem || e instanceof org.planwatch.domain.CatalogueFormatException) {
                commandLine.getErr().println("planwatch: " + e.getMessage());
            } else if (e instanceof java.nio.file.NoSuchFileException missing) {
                commandLine.getErr().println("planwatch: no such file: " + missing.getFile());
            } else if (e instanceof java.nio.file.FileSystemException unreadable) {
                commandLine
                        .getErr()
                        .println("planwatch: cannot read " + unreadable.getFile() + ": " + unreadable.getReason());
            } else if (refusal.isPresent()) {
                commandLine
                        .getErr()
                        .println("planwatch: refused by Kafka: "
                                + refusal.get().getMessage()
                                + " (the principal of --kafka-config may not do this: ./planwatch acls show)");
            } else {
                commandLine.getErr().println("planwatch: " + e);
                e.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
