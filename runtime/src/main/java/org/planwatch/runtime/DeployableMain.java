package org.planwatch.runtime;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The one shape of a deployable image's entry point: no arguments ({@link NoArguments}); settings
 * from the environment over {@code PLANWATCH_CONFIG}'s file; the user's Kafka client file read
 * once; the pipeline's topics made where missing; then the deployable runs. Exit 64 for a setting
 * that cannot be used, 1 for a cluster that cannot be reached or a deployable that failed, else
 * what the deployable returns; each said in one line naming the deployable, never a stack trace.
 *
 * @param <S> the deployable's settings record
 */
public final class DeployableMain<S> {
    /** What runs once the settings are read: the deployable, to its exit status. */
    public interface Body<S> {
        int run(S settings, KafkaClientProperties file) throws IOException, InterruptedException, TimeoutException;
    }

    private final String name;
    private final Function<SettingsSource, S> settings;
    private final Function<S, KafkaSettings> kafka;

    /**
     * @param name how messages name the deployable: {@code planwatch streams}
     * @param settings its settings from a source, validated (a {@link SettingsException} names the bad key)
     * @param kafka where its Kafka settings are
     */
    public DeployableMain(String name, Function<SettingsSource, S> settings, Function<S, KafkaSettings> kafka) {
        this.name = name;
        this.settings = settings;
        this.kafka = kafka;
    }

    /** Runs {@code body} as the image runs it, and exits the JVM with its status. */
    public void exit(String[] args, Body<S> body) throws InterruptedException {
        System.exit(run(args, System.getenv(), body));
    }

    /** The exit status of running {@code body} with the settings {@code env} gives. */
    int run(String[] args, Map<String, String> env, Body<S> body) throws InterruptedException {
        Optional<String> arguments = NoArguments.problem(name, args);
        if (arguments.isPresent()) {
            System.err.println(arguments.get());
            return 64;
        }
        S read;
        KafkaSettings k;
        KafkaClientProperties file;
        try {
            read = settings.apply(SettingsSource.of(env));
            k = kafka.apply(read);
            file = k.clientProperties(w -> System.err.println("planwatch: warning: " + w));
        } catch (SettingsException e) {
            System.err.println(name + ": " + e.getMessage());
            return 64;
        }
        try {
            createTopics(k, file);
            return body.run(read, file);
        } catch (SettingsException e) {
            System.err.println(name + ": " + e.getMessage());
            return 64;
        } catch (IllegalStateException | IOException | TimeoutException e) {
            System.err.println(name + ": " + e.getMessage());
            return 1;
        }
    }

    /** The pipeline's topics, made where missing; a cluster that does not answer names the settings to check. */
    private static void createTopics(KafkaSettings k, KafkaClientProperties file) throws InterruptedException {
        try {
            k.createTopics(file, k.topics());
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + " (check " + SettingsSource.variable("bootstrap")
                    + k.clientConfig()
                            .map(f -> " and " + SettingsSource.variable("kafka-config") + " " + f)
                            .orElse("")
                    + ")");
        }
    }
}
