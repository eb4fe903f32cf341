package org.planwatch.app;

import org.planwatch.runtime.Causes;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code planwatch} command line. */
@Command(
        name = "planwatch",
        mixinStandardHelpOptions = true,
        version = "PlanWatch 0.1.0",
        description = "Monitors five-year-plan targets against statistical readings, as a Kafka pipeline.",
        subcommands = {
            PublishCommand.class,
            StreamsCommand.class,
            ConsumerCommand.class,
            CatalogueCommand.class,
            BacktestCommand.class,
            EvaluateCommand.class,
            ReportCommand.class,
            DlqCommand.class,
            IngestCommand.class,
            AclsCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Exit status: 0 success, 1 nothing could be done, 2 some input rows were rejected, 64 the command line"
                    + " is wrong (an unknown option, a missing or malformed value).",
            "Every option can also be set by environment: --metrics-port is PLANWATCH_METRICS_PORT."
        })
public final class PlanWatch implements Runnable {
    /** Exit status of a command line that cannot be parsed (sysexits' EX_USAGE). */
    public static final int USAGE = 64;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its environment defaults and its one-line answers to a user's mistakes. */
    public static CommandLine commandLine() {
        return commandLine(java.util.List.of());
    }

    /**
     * The same, with more commands (the developer tools' demo, broker, cluster and bench, which no
     * image carries), added before the defaults and handlers so that they answer the same way.
     */
    /** The first argument that looks like an option neither {@code spec} nor a command above it knows. */
    static java.util.Optional<String> unknownOption(CommandLine.Model.CommandSpec spec, String[] args) {
        boolean value = false;
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            CommandLine.Model.OptionSpec option = null;
            for (CommandLine.Model.CommandSpec c = spec; c != null && option == null; c = c.parent()) {
                option = c.findOption(name);
            }
            if (!value && arg.startsWith("-") && arg.length() > 1 && option == null && !arg.matches("-\\d.*")) {
                return java.util.Optional.of(name);
            }
            value = option != null && !arg.contains("=") && option.arity().max() > 0;
        }
        return java.util.Optional.empty();
    }

    public static CommandLine commandLine(java.util.List<Object> more) {
        CommandLine cl = new CommandLine(new PlanWatch());
        more.forEach(cl::addSubcommand);
        exitOnInvalidInput(cl);
        cl.registerConverter(java.time.Duration.class, new OptionValues.AnyDuration());
        // a wrong option is one line and a pointer to --help, not the whole usage after it
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine command = ex.getCommandLine();
            // picocli asks for a missing required option before it names an unknown one: a mistyped
            // option (--plna) is the mistake to show, not the option it was meant to be
            java.util.Optional<String> unknown = ex instanceof CommandLine.MissingParameterException
                    ? unknownOption(command.getCommandSpec(), args)
                    : java.util.Optional.empty();
            String message = unknown.map(o -> "Unknown option: '" + o + "'").orElseGet(ex::getMessage);
            command.getErr().println("planwatch: " + (unknown.isPresent() ? "" : fromEnvironment(ex)) + message);
            command.getErr().println("(" + command.getCommandSpec().qualifiedName(" ") + " --help lists every option)");
            return command.getCommandSpec().exitCodeOnInvalidInput();
        });
        cl.setDefaultValueProvider(new EnvDefaults());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            java.util.Optional<Throwable> refusal = Causes.first(e, Causes.REFUSALS);
            java.util.Optional<Throwable> timeout = Causes.first(e, Causes.TIMEOUTS);
            // a setting the user gave that cannot be used names itself (SettingsException): no stack trace
            if (e instanceof UsageProblem
                    || e instanceof org.planwatch.runtime.SettingsException
                    || e instanceof org.planwatch.domain.CatalogueFormatException) {
                commandLine.getErr().println("planwatch: " + e.getMessage());
            } else if (e instanceof java.nio.file.NoSuchFileException missing) {
                commandLine.getErr().println("planwatch: no such file: " + missing.getFile());
            } else if (e instanceof java.nio.file.FileSystemException unreadable) {
                commandLine
                        .getErr()
                        .println("planwatch: cannot read " + unreadable.getFile() + ": " + unreadable.getReason());
            } else if (e.getCause() instanceof java.net.BindException) {
                // a port already taken (--metrics-port, --port): the message names it and the option
                commandLine.getErr().println("planwatch: " + e.getMessage());
            } else if (timeout.isPresent()) {
                // Kafka not answering in time, or a wait the command's own timeout ended: the
                // message says what was awaited; the hint says what the user can change
                commandLine
                        .getErr()
                        .println("planwatch: " + timeout.get().getMessage()
                                + " (check that the cluster of --bootstrap is up and reachable; a longer"
                                + " --kafka-timeout or --timeout waits longer)");
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

    /**
     * Where a bad value came from when the user did not type it: the option's environment
     * variable ({@link EnvDefaults}), so that {@code PLANWATCH_PUBLISH_FORMAT=tsv} is named, not
     * only the option it stands for.
     */
    private static String fromEnvironment(CommandLine.ParameterException ex) {
        if (!(ex.getArgSpec() instanceof CommandLine.Model.OptionSpec option)
                || ex.getCommandLine().getParseResult() == null
                || ex.getCommandLine().getParseResult().hasMatchedOption(option)) {
            return "";
        }
        return ex.getCommandLine().getCommandSpec().defaultValueProvider() instanceof EnvDefaults env
                ? env.setting(option).map(setting -> setting + ": ").orElse("")
                : "";
    }

    /**
     * A command line picocli cannot parse exits with {@link #USAGE}, not picocli's 2, which here
     * means that some input rows were refused: a script can tell a typo from bad data.
     */
    private static void exitOnInvalidInput(CommandLine command) {
        command.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        command.getSubcommands().values().forEach(PlanWatch::exitOnInvalidInput);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
