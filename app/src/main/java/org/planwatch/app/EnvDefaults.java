package org.planwatch.app;

import java.util.Locale;
import java.util.function.UnaryOperator;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option defaults from the environment, with names derived mechanically from the option:
 * {@code --metrics-port} reads {@code PLANWATCH_METRICS_PORT}. An option on the command line
 * wins over the environment, which wins over the built-in default.
 */
final class EnvDefaults implements IDefaultValueProvider {
    private final UnaryOperator<String> env;

    EnvDefaults() {
        this(System::getenv);
    }

    EnvDefaults(UnaryOperator<String> env) {
        this.env = env;
    }

    static String variable(String longOption) {
        return "PLANWATCH_"
                + longOption.replaceFirst("^--", "").replace('-', '_').toUpperCase(Locale.ROOT);
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        if (arg instanceof OptionSpec option && option.longestName().startsWith("--")) {
            String value = env.apply(variable(option.longestName()));
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return arg.defaultValue();
    }
}
