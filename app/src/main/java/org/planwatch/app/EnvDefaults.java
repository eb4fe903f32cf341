package org.planwatch.app;

import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.planwatch.runtime.SettingsSource;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option defaults from the environment, with names derived mechanically from the option, by the
 * rule the deployables' settings follow ({@link SettingsSource#variable}): {@code --metrics-port}
 * reads {@code PLANWATCH_METRICS_PORT}. An option whose meaning differs
 * from command to command ({@code --format} is a feed format to publish and a table layout to
 * evaluate) carries its command in the name: {@code publish --format} reads
 * {@code PLANWATCH_PUBLISH_FORMAT}, so a variable set for one command never breaks another. An
 * option on the command line wins over the environment, which wins over the built-in default.
 */
final class EnvDefaults implements IDefaultValueProvider {
    /** Options that several commands declare, each with a meaning of its own. */
    static final Set<String> PER_COMMAND = Set.of("--format", "--out", "--port", "--host", "--timeout");

    private final UnaryOperator<String> env;

    EnvDefaults() {
        this(System::getenv);
    }

    EnvDefaults(UnaryOperator<String> env) {
        this.env = env;
    }

    static String variable(String longOption) {
        return SettingsSource.variable(longOption.replaceFirst("^--", ""));
    }

    /** The variable {@code option} reads: its command's name in it where the option is per command. */
    static String variable(OptionSpec option) {
        if (!PER_COMMAND.contains(option.longestName())) {
            return variable(option.longestName());
        }
        String path = option.command().qualifiedName(" ");
        String command = path.contains(" ") ? path.substring(path.indexOf(' ') + 1) : path;
        return "PLANWATCH_" + upper(command) + "_" + upper(option.longestName().replaceFirst("^--", ""));
    }

    private static String upper(String words) {
        return words.replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
    }

    /** {@code VARIABLE=value} when the environment sets {@code option}, for a message about its value. */
    java.util.Optional<String> setting(OptionSpec option) {
        String value = env.apply(variable(option));
        return value == null || value.isBlank()
                ? java.util.Optional.empty()
                : java.util.Optional.of(variable(option) + "=" + value);
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (arg instanceof OptionSpec option && option.longestName().startsWith("--")) {
            String value = env.apply(variable(option));
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return arg.defaultValue();
    }
}
