package org.planwatch.producer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.planwatch.runtime.Causes;
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

    /**
     * Sends every rejection and waits for the broker; returns how many it acknowledged. A refusal
     * by credentials or ACLs stops the sending: the rest would each wait to be refused too.
     */
    public int publish(List<Rejection> rejections) throws InterruptedException {
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        for (Rejection r : rejections) {
            RecordHeaders headers = new RecordHeaders();
            headers.add(REASON, bytes(r.code()));
            headers.add(DETAIL, bytes(r.reason()));
            headers.add(LOCATION, bytes(r.location()));
            Future<RecordMetadata> send = producer.send(new ProducerRecord<>(
                    topic.name(), null, null, bytes(r.location()), bytes(r.row() == null ? "" : r.row()), headers));
            sends.add(send);
            if (send.isDone() && refused(send)) {
                break;
            }
        }
        producer.flush();
        int acknowledged = 0;
        for (var send : sends) {
            try {
                send.get();
                acknowledged++;
            } catch (ExecutionException e) {
                // counted as not acknowledged; the rejects file and the console still have the row
            }
        }
        return acknowledged;
    }

    private static boolean refused(Future<RecordMetadata> send) throws InterruptedException {
        try {
            send.get();
            return false;
        } catch (ExecutionException e) {
            return Causes.isRefusal(e.getCause());
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
