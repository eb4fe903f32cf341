package org.planwatch.streams;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.errors.InvalidTxnStateException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaClientSupplier;

/**
 * Kafka's own clients, but the producers' next commit (or every commit) fails when the test says
 * so, the way a commit fails after a partition leader dies mid-transaction: with
 * {@link InvalidTxnStateException}, the transaction left open on the broker, nothing of it
 * committed. Everything else, the broker included, is real.
 */
final class FailingCommitClients implements KafkaClientSupplier {
    private final AtomicInteger armed = new AtomicInteger();
    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    /** The next commit, by whichever producer, fails. */
    void failNextCommit() {
        armed.incrementAndGet();
    }

    /** Every commit from now on fails. */
    void failEveryCommit() {
        armed.set(Integer.MAX_VALUE);
    }

    int failed() {
        return failed.get();
    }

    int commits() {
        return commits.get();
    }

    @Override
    public Producer<byte[], byte[]> getProducer(Map<String, Object> config) {
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer()) {
            @Override
            public void commitTransaction() {
                commits.incrementAndGet();
                if (armed.getAndUpdate(n -> n == Integer.MAX_VALUE ? n : Math.max(0, n - 1)) > 0) {
                    failed.incrementAndGet();
                    throw new InvalidTxnStateException(
                            "injected: the producer attempted a transactional operation" + " in an invalid state");
                }
                super.commitTransaction();
            }
        };
    }

    @Override
    public Admin getAdmin(Map<String, Object> config) {
        return Admin.create(config);
    }

    @Override
    public Consumer<byte[], byte[]> getConsumer(Map<String, Object> config) {
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public Consumer<byte[], byte[]> getRestoreConsumer(Map<String, Object> config) {
        return getConsumer(config);
    }

    @Override
    public Consumer<byte[], byte[]> getGlobalConsumer(Map<String, Object> config) {
        return getConsumer(config);
    }
}
