package org.planwatch.runtime;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.provider.EnvVarConfigProvider;

/**
 * A Kafka client properties file given by the user (what a secured cluster needs: {@code
 * security.protocol}, {@code sasl.*}, {@code ssl.*}, {@code config.providers}), added to every
 * Kafka client PlanWatch creates. The one place that decides precedence, lowest first:
 *
 * <ol>
 *   <li>PlanWatch's defaults, which are tuning ({@code client.id}, {@code linger.ms}, ...);
 *   <li>the file;
 *   <li>PlanWatch's guarantees and its options' values ({@code bootstrap.servers}, ids, exactly
 *       once, idempotence, {@code acks}, {@code read_committed}, manual commits), and the
 *       serializers its code hands each client.
 * </ol>
 *
 * A file key that loses to PlanWatch is named in a warning; values are never printed, as they may
 * be secrets. Variables such as {@code ${env:KAFKA_PASSWORD}} stay for Kafka's config providers to
 * resolve, but one naming an unset environment variable is refused up front: Kafka's {@link
 * EnvVarConfigProvider} leaves such a reference in the value as text, and the login then fails far
 * from its cause.
 */
public final class KafkaClientProperties {
    /** No file: PlanWatch's settings alone. */
    public static final KafkaClientProperties NONE = new KafkaClientProperties(null, Map.of(), warning -> {});

    /** Kafka's clients take these from the objects PlanWatch's code passes them, whatever the properties say. */
    private static final Set<String> SET_BY_CODE = Set.of(
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);

    /** {@code ${provider:[path:]key}}, as Kafka's ConfigTransformer reads it. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*?):(([^}]*?):)?([^}]*?)\\}");

    private static final String PROVIDERS = AbstractConfig.CONFIG_PROVIDERS_CONFIG;
    private static final String ENV_PROVIDER = EnvVarConfigProvider.class.getName();

    private final Path file;
    private final Map<String, String> entries;
    private final Consumer<String> warnings;

    private KafkaClientProperties(Path file, Map<String, String> entries, Consumer<String> warnings) {
        this.file = file;
        this.entries = entries;
        this.warnings = warnings;
    }

    /**
     * Reads {@code file}; each merge that overrides one of its keys tells {@code warnings}.
     *
     * @throws ConfigException naming the file, if it cannot be read or refers to an unset
     *     environment variable
     */
    public static KafkaClientProperties read(Path file, Consumer<String> warnings) {
        return read(file, System::getenv, warnings);
    }

    static KafkaClientProperties read(Path file, UnaryOperator<String> env, Consumer<String> warnings) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new ConfigException(file + ": permission denied");
        } catch (CharacterCodingException e) {
            throw new ConfigException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read (" + e.getMessage() + ")");
        }
        Map<String, String> entries = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> entries.put(k, p.getProperty(k)));
        checkEnvironment(file, entries, env);
        return new KafkaClientProperties(file, Collections.unmodifiableMap(entries), warnings);
    }

    /**
     * One client's properties: {@code defaults}, then the file, then {@code guarantees}.
     *
     * @param client what the warning calls this client, e.g. "producer planwatch-publish"
     */
    public Properties merge(String client, Properties defaults, Properties guarantees) {
        Properties merged = new Properties();
        merged.putAll(defaults);
        merged.putAll(entries);
        List<String> overridden = new ArrayList<>();
        for (Map.Entry<String, String> e : entries.entrySet()) {
            Object ours = guarantees.get(e.getKey());
            if (SET_BY_CODE.contains(e.getKey())) {
                merged.remove(e.getKey());
                overridden.add(e.getKey());
            } else if (ours != null && !text(ours).equals(e.getValue().trim())) {
                overridden.add(e.getKey());
            }
        }
        merged.putAll(guarantees);
        if (!overridden.isEmpty()) {
            warnings.accept(file + ": " + String.join(", ", overridden) + " not used by " + client + ": PlanWatch sets "
                    + (overridden.size() == 1 ? "it" : "them") + " itself");
        }
        return merged;
    }

    /** The file these properties came from, or null for {@link #NONE}. */
    public Path file() {
        return file;
    }

    private static String text(Object value) {
        return value instanceof Class<?> c ? c.getName() : String.valueOf(value);
    }

    /** The provider's allowlist of variable names (Kafka's default: any), as the provider reads it. */
    private static Pattern allowlist(Path file, Map<String, String> entries, String key) {
        String pattern = entries.get(key);
        try {
            return pattern == null ? null : Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new ConfigException(file + ": " + key + " is not a regular expression");
        }
    }

    /** Every {@code ${env:NAME}} the file's env providers will be asked for must be set (and allowed). */
    private static void checkEnvironment(Path file, Map<String, String> entries, UnaryOperator<String> env) {
        Map<String, Pattern> envProviders = new TreeMap<>();
        for (String listed : entries.getOrDefault(PROVIDERS, "").split(",")) {
            String alias = listed.trim();
            String prefix = PROVIDERS + "." + alias;
            if (ENV_PROVIDER.equals(entries.getOrDefault(prefix + ".class", "").trim())) {
                envProviders.put(alias, allowlist(file, entries, prefix + ".param.allowlist.pattern"));
            }
        }
        if (envProviders.isEmpty()) {
            return;
        }
        Set<String> problems = new TreeSet<>();
        entries.forEach((key, value) -> {
            if (key.startsWith(PROVIDERS)) {
                return;
            }
            Matcher m = VARIABLE.matcher(value);
            while (m.find()) {
                String name = m.group(4);
                if (!envProviders.containsKey(m.group(1))) {
                    continue;
                }
                Pattern allowed = envProviders.get(m.group(1));
                if (env.apply(name) == null) {
                    problems.add("environment variable " + name + " (in " + key + ") is not set");
                } else if (allowed != null && !allowed.matcher(name).find()) {
                    problems.add("environment variable " + name + " (in " + key + ") is not allowed by " + PROVIDERS
                            + "." + m.group(1) + ".param.allowlist.pattern");
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new ConfigException(file + ": " + String.join("; ", problems));
        }
    }
}
