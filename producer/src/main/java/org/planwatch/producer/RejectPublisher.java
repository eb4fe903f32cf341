package org.planwatch.producer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.planwatch.schema.Topic;

/**
 * Sends the rows refused before Kafka to the dead-letter topic, as the streams job does with what
 * it refuses: the row's text as the value, and headers {@code planwatch.error.reason} (the code),
 * {@code planwatch.error.detail} (the sentence) and {@code planwatch.error.location} (file:line).
 */
public final class RejectPublisher {
    public static final String REASON = "planwatch.error.reason";
    public static final String DETAIL = "planwatch.error.detail";
    public static final String LOCATION = "planwatch.error.location";

    private final Producer<byte[], byte[]> producer;
    private final Topic<byte[], byte[]> topic;

    public RejectPublisher(Producer<byte[], byte[]> producer, Topic<byte[], byte[]> topic) {
        this.producer = producer;
        this.topic = topic;
    }

    /** Sends every rejection and waits for the broker; returns how many it acknowledged. */
    public int publish(List<Rejection> rejections) throws InterruptedException {
        var sends = rejections.stream()
                .map(r -> {
                    RecordHeaders headers = new RecordHeaders();
                    headers.add(REASON, bytes(r.code()));
                    headers.add(DETAIL, bytes(r.reason()));
                    headers.add(LOCATION, bytes(r.location()));
                    return producer.send(new ProducerRecord<>(
                            topic.name(),
                            null,
                            null,
                            bytes(r.location()),
                            bytes(r.row() == null ? "" : r.row()),
                            headers));
                })
                .toList();
        producer.flush();
        int acknowledged = 0;
        for (var send : sends) {
            try {
                send.get();
                acknowledged++;
            } catch (java.util.concurrent.ExecutionException e) {
                // counted as not acknowledged; the rejects file and the console still have the row
            }
        }
        return acknowledged;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
