package org.planwatch.runtime;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Where a deployable's settings come from when no command line gives them (a container, a unit
 * file): the environment over an optional properties file. A key is the command-line option's name
 * ({@code commit-interval}); its variable is derived from it ({@code PLANWATCH_COMMIT_INTERVAL}), the
 * one rule the command line's environment defaults follow too; in the file it may be written as the
 * option or dotted ({@code commit.interval}). A value that cannot be used, and a key in the file that
 * no setting reads (a typo), is a {@link SettingsException} naming the key and where it was set.
 */
public final class SettingsSource {
    /** The variable naming the properties file, if any. */
    public static final String FILE_VARIABLE = "PLANWATCH_CONFIG";

    private final Function<String, String> env;
    private final Map<String, String> file;
    private final Path filePath;
    private final Set<String> read = new TreeSet<>();

    private SettingsSource(Function<String, String> env, Map<String, String> file, Path filePath) {
        this.env = env;
        this.file = file;
        this.filePath = filePath;
    }

    /** The environment, over the file {@value #FILE_VARIABLE} names if it names one. */
    public static SettingsSource of(Map<String, String> env) {
        String named = env.get(FILE_VARIABLE);
        return named == null || named.isBlank()
                ? new SettingsSource(env::get, Map.of(), null)
                : of(env, Path.of(named));
    }

    /** The environment over {@code file}. */
    public static SettingsSource of(Map<String, String> env, Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new SettingsException(FILE_VARIABLE + ": cannot read settings file " + file + ": " + e.getMessage());
        }
        Map<String, String> entries = new LinkedHashMap<>();
        p.stringPropertyNames()
                .forEach(k -> entries.put(key(k), p.getProperty(k).strip()));
        return new SettingsSource(env::get, entries, file);
    }

    /** The environment variable of a setting: {@code commit-interval} is {@code PLANWATCH_COMMIT_INTERVAL}. */
    public static String variable(String key) {
        return "PLANWATCH_" + key(key).replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** A key as settings name it: lower case, words joined by '-' (commit.interval is commit-interval). */
    private static String key(String written) {
        return written.strip().replace('.', '-').replace('_', '-').toLowerCase(Locale.ROOT);
    }

    /** The value set for {@code key}, the environment's before the file's; blank is unset. */
    public Optional<String> value(String key) {
        String k = key(key);
        read.add(k);
        String fromEnv = env.apply(variable(k));
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(fromEnv.strip());
        }
        return Optional.ofNullable(file.get(k)).filter(v -> !v.isBlank());
    }

    public String text(String key, String fallback) {
        return value(key).orElse(fallback);
    }

    /**
     * A switch: {@code true} or {@code false}, in any case, as the command line's options take it;
     * anything else ({@code yes}, {@code 1}, a typo) names the variable rather than meaning off.
     */
    public boolean flag(String key, boolean fallback) {
        Optional<String> v = value(key);
        if (v.isEmpty()) {
            return fallback;
        }
        String word = v.get().strip();
        if (word.equalsIgnoreCase("true") || word.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(word);
        }
        throw bad(key, v.get(), "is neither true nor false");
    }

    public int integer(String key, int fallback, int min, int max) {
        Optional<String> v = value(key);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n < min || n > max) {
                throw bad(key, v.get(), "is not between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw bad(key, v.get(), "is not a whole number");
        }
    }

    public double decimal(String key, double fallback) {
        Optional<String> v = value(key);
        try {
            return v.map(Double::parseDouble).orElse(fallback);
        } catch (NumberFormatException e) {
            throw bad(key, v.get(), "is not a number");
        }
    }

    /** A duration longer than zero, written as {@link Durations} reads it (30s, 500ms, PT0.03S). */
    public Duration duration(String key, Duration fallback) {
        Optional<String> v = value(key);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            return Durations.parsePositive(v.get());
        } catch (IllegalArgumentException e) {
            // the same sentence as on the command line, after the value it names
            String quoted = "'" + v.get() + "' ";
            String why = e.getMessage().startsWith(quoted) ? e.getMessage().substring(quoted.length()) : e.getMessage();
            throw bad(key, v.get(), why);
        }
    }

    public Path path(String key, Path fallback) {
        return value(key).map(Path::of).orElse(fallback);
    }

    /**
     * Stops at a key in the file that no setting asked for: a typo (comit-interval) would otherwise
     * leave its setting at the default in silence. Call after every setting was read.
     */
    public void rejectUnread() {
        Set<String> unread = new TreeSet<>(file.keySet());
        unread.removeAll(read);
        if (!unread.isEmpty()) {
            throw new SettingsException(filePath + ": no setting is named " + String.join(", ", unread) + " (known: "
                    + String.join(", ", read) + ")");
        }
    }

    /** The keys asked for so far: what a deployable's settings read, for its documentation to be checked. */
    public Set<String> keysRead() {
        return Set.copyOf(read);
    }

    /** An error naming where {@code key}'s value was set. */
    public SettingsException bad(String key, String value, String why) {
        String k = key(key);
        String fromEnv = env.apply(variable(k));
        String where = fromEnv != null && !fromEnv.isBlank() ? variable(k) : k + " in " + filePath;
        return new SettingsException(where + ": '" + value + "' " + why);
    }
}
