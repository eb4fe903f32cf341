package org.planwatch.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The least a stream-table job can do on this broker: each reading's bytes joined, exactly once,
 * with a table of one row per region and indicator, and written out, one record per reading,
 * nothing decoded. PlanWatch's job does that and more (decoding, history, evaluation, dead
 * letters, a status and an alert topic); this is the yardstick it is held to.
 */
final class BareJoinBaseline {
    private BareJoinBaseline() {}

    /** Records per second from the job's first commit to its last, the input already in {@code readings}. */
    static double run(
            Admin admin,
            String bootstrap,
            String readings,
            String table,
            String output,
            Path stateDir,
            Duration timeout)
            throws Exception {
        String applicationId = "bench-bare-join-" + System.nanoTime();
        StreamsBuilder builder = new StreamsBuilder();
        KTable<byte[], byte[]> rows = builder.table(table, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()));
        builder.stream(readings, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                .leftJoin(rows, (reading, row) -> reading)
                .to(output, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
        Properties p = new Properties();
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        try (KafkaStreams streams = new KafkaStreams(builder.build(), p)) {
            streams.start();
            return GroupProgress.awaitEnd(admin, applicationId, List.of(readings), timeout)
                    .recordsPerSecondFromFirstCommit();
        }
    }
}
