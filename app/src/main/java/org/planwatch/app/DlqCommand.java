package org.planwatch.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.planwatch.producer.ProducerProperties;
import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.TopicSet;
import org.planwatch.streams.DeadLetterHeaders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The readings' dead-letter topic for an operator: what was refused and why, one refusal decoded,
 * and the refused bytes published again on the readings topic once what refused them is fixed.
 */
@Command(
        name = "dlq",
        mixinStandardHelpOptions = true,
        description = "List, show and replay the readings the streams job refused (the readings' dead-letter topic).",
        subcommands = {DlqCommand.ListLetters.class, DlqCommand.Show.class, DlqCommand.Replay.class})
final class DlqCommand implements Runnable {
    /** Header a replayed reading carries: the dead-letter record it came from. */
    static final String REPLAYED_FROM = "planwatch.replayed-from";

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    /** Why and from where a letter was refused: PlanWatch's headers, or Kafka Streams' for an undecodable record. */
    static String reason(DeadLetters.Letter l) {
        if (l.headers().containsKey(DeadLetterHeaders.REASON)) {
            return l.header(DeadLetterHeaders.REASON);
        }
        return l.headers().containsKey("__streams.errors.exception") ? "undecodable" : "unknown";
    }

    static String source(DeadLetters.Letter l) {
        if (l.headers().containsKey(DeadLetterHeaders.TOPIC)) {
            return l.header(DeadLetterHeaders.TOPIC) + "-" + l.header(DeadLetterHeaders.PARTITION) + "@"
                    + l.header(DeadLetterHeaders.OFFSET);
        }
        return l.header("__streams.errors.topic") + "-" + l.header("__streams.errors.partition") + "@"
                + l.header("__streams.errors.offset");
    }

    static String detail(DeadLetters.Letter l) {
        return l.headers().containsKey(DeadLetterHeaders.DETAIL)
                ? l.header(DeadLetterHeaders.DETAIL)
                : l.header("__streams.errors.message");
    }

    static List<DeadLetters.Letter> letters(KafkaOptions kafka) {
        TopicSet topics = kafka.topics();
        return DeadLetters.read(
                kafka.requireBootstrap(),
                kafka.clientProperties(),
                topics.readingsDlq().name(),
                kafka.timeout);
    }

    /** The letters named {@code PARTITION@OFFSET}; a name none has is a usage problem. */
    static List<DeadLetters.Letter> named(List<DeadLetters.Letter> all, List<String> ids) {
        for (String id : ids) {
            if (all.stream().noneMatch(l -> l.id().equals(id))) {
                throw new UsageProblem("no refusal " + id + " in the dead-letter topic (see ./planwatch dlq list)");
            }
        }
        return all.stream().filter(l -> ids.contains(l.id())).toList();
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "One line per refusal: PARTITION@OFFSET, reason, where it was read, when, and why.",
            exitCodeListHeading = "Exit codes:%n",
            exitCodeList = {
                "0:refusals listed, or none in the topic",
                "1:--reason matched none; the reasons in the topic are named",
                "64:the command line is wrong"
            })
    static final class ListLetters implements Callable<Integer> {
        @Mixin
        KafkaOptions kafka;

        @Option(names = "--reason", paramLabel = "CODE", description = "Only refusals of this reason.")
        String reason;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<DeadLetters.Letter> all = letters(kafka);
            int shown = 0;
            for (DeadLetters.Letter l : all) {
                if (reason == null || reason.equals(reason(l))) {
                    out.println(String.join("\t", l.id(), reason(l), source(l), when(l), key(l), detail(l)));
                    shown++;
                }
            }
            spec.commandLine().getErr().println(shown + " of " + all.size() + " refusals");
            out.flush();
            if (reason != null && shown == 0 && !all.isEmpty()) {
                // a typo of a reason must not pass for an empty list
                java.util.Map<String, Long> present = new java.util.TreeMap<>();
                all.forEach(l -> present.merge(reason(l), 1L, Long::sum));
                spec.commandLine()
                        .getErr()
                        .println("planwatch: no refusal has reason '" + reason + "'; the topic holds "
                                + present.entrySet().stream()
                                        .map(e -> e.getKey() + " (" + e.getValue() + ")")
                                        .collect(java.util.stream.Collectors.joining(", ")));
                return 1;
            }
            return 0;
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "One refusal in full: its headers and the reading decoded.")
    static final class Show implements Callable<Integer> {
        @Mixin
        KafkaOptions kafka;

        @Parameters(paramLabel = "PARTITION@OFFSET", description = "The refusal, as dlq list names it.")
        String id;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            DeadLetters.Letter l = named(letters(kafka), List.of(id)).get(0);
            out.println("refusal   " + l.id() + " (published " + Instant.ofEpochMilli(l.timestamp()) + ")");
            out.println("reason    " + reason(l));
            out.println("detail    " + detail(l));
            out.println("source    " + source(l));
            out.println("key       " + key(l));
            for (Map.Entry<String, String> h : l.headers().entrySet()) {
                out.println("header    " + h.getKey() + "=" + h.getValue());
            }
            try {
                out.println("reading   " + reading(kafka, l));
            } catch (RuntimeException e) {
                // publish refuses a row before it is a reading: its letter holds the row as the feed gave it
                out.println(text(l.value())
                        .map(row -> "row       " + row + " (as the feed gave it: refused before it was a reading)")
                        .orElse("reading   (does not decode: " + e.getMessage() + "; " + l.value().length + " bytes)"));
            }
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "replay",
            mixinStandardHelpOptions = true,
            description = {
                "Publish refused readings again on the readings topic, byte for byte as first published, with"
                        + " their key; each carries a " + REPLAYED_FROM + " header. Fix what refused them first"
                        + " (the dictionary, a target, the catalogue): a reading refused again goes back to the"
                        + " dead-letter topic. A row publish refused before it was a reading is not replayed"
                        + " (correct the file and publish it again); exit 2 says some were not."
            })
    static final class Replay implements Callable<Integer> {
        @Mixin
        KafkaOptions kafka;

        @Parameters(arity = "0..*", paramLabel = "PARTITION@OFFSET", description = "The refusals to replay.")
        List<String> ids = List.of();

        @Option(names = "--reason", paramLabel = "CODE", description = "Replay every refusal of this reason.")
        String reason;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (ids.isEmpty() == (reason == null)) {
                throw new UsageProblem("name the refusals to replay (PARTITION@OFFSET...) or give --reason, not both");
            }
            List<DeadLetters.Letter> all = letters(kafka);
            List<DeadLetters.Letter> chosen = reason != null
                    ? all.stream().filter(l -> reason.equals(reason(l))).toList()
                    : named(all, ids);
            String topic = kafka.topics().readings().name();
            try (Producer<byte[], byte[]> producer = new KafkaProducer<>(
                    ProducerProperties.properties(
                            kafka.requireBootstrap(), "planwatch-dlq-replay", Map.of(), kafka.clientProperties()),
                    new ByteArraySerializer(),
                    new ByteArraySerializer())) {
                int notReadings = 0;
                for (DeadLetters.Letter l : chosen) {
                    try {
                        reading(kafka, l);
                    } catch (RuntimeException e) {
                        // a feed's row refused by publish: replayed, the job would only refuse it as undecodable
                        spec.commandLine()
                                .getErr()
                                .println("not replayed " + l.id() + " (" + reason(l) + "): it is a row of a feed, not a"
                                        + " reading; correct the file and publish it again");
                        notReadings++;
                        continue;
                    }
                    ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(topic, l.key(), l.value());
                    again.headers().add(REPLAYED_FROM, l.id().getBytes(StandardCharsets.UTF_8));
                    producer.send(again).get();
                    spec.commandLine().getErr().println("replayed " + l.id() + " (" + reason(l) + ") to " + topic);
                }
                spec.commandLine()
                        .getErr()
                        .println("replayed " + (chosen.size() - notReadings) + " of " + all.size() + " refusals"
                                + (notReadings > 0 ? "; " + notReadings + " not readings, not replayed" : ""));
                return notReadings > 0 ? 2 : 0;
            }
        }
    }

    /**
     * When the record was refused: the job's header, or for a row publish refused (which carries
     * none) the time the refusal was written to the topic.
     */
    private static String when(DeadLetters.Letter l) {
        String at = l.header(DeadLetterHeaders.TIME);
        return at.isEmpty() ? Instant.ofEpochMilli(l.timestamp()).toString() : at;
    }

    /** The letter's bytes as the reading they were published as; throws when they are not one. */
    private static IndicatorReading reading(KafkaOptions kafka, DeadLetters.Letter l) {
        return kafka.topics().readings().valueSerde().deserializer().deserialize("dlq", l.value());
    }

    /** The bytes as text, when they are valid UTF-8 without control characters but tabs. */
    private static java.util.Optional<String> text(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            return s.chars().anyMatch(c -> c < 0x20 && c != '\t')
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(s);
        } catch (java.nio.charset.CharacterCodingException e) {
            return java.util.Optional.empty();
        }
    }

    private static String key(DeadLetters.Letter l) {
        return l.key() == null ? "" : new String(l.key(), StandardCharsets.UTF_8);
    }
}
