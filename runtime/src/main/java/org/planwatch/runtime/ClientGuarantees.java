package org.planwatch.runtime;

import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.IsolationLevel;

/**
 * The delivery guarantees every PlanWatch client makes, in one place: writers wait for every
 * in-sync replica and never duplicate on retry; readers see only committed transactions, since the
 * progress job writes statuses, alerts and dead letters in its transactions. Each method returns
 * fresh properties to merge the user's client file under ({@code KafkaClientProperties.merge}), so
 * that a shared file's {@code acks=1} cannot undo them.
 */
public final class ClientGuarantees {
    private ClientGuarantees() {}

    /** A producer that loses nothing a broker acknowledged and writes each record once. */
    public static Properties durableWriter(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return p;
    }

    /**
     * A consumer outside any group that reads committed records only and commits no offsets: it
     * reads a topic whole (the status board, dead letters) rather than sharing it.
     */
    public static Properties committedReader(String bootstrap) {
        Properties p = committedReads(new Properties());
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return p;
    }

    /** Adds read_committed to {@code p}: aborted transactions stay unseen. Returns {@code p}. */
    public static Properties committedReads(Properties p) {
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        return p;
    }
}
