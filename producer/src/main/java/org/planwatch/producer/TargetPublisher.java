package org.planwatch.producer;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.planwatch.domain.Target;
import org.planwatch.schema.PlanTarget;
import org.planwatch.schema.TargetCodec;
import org.planwatch.schema.Topic;
import org.planwatch.schema.Topics;

/**
 * Writes catalogue targets to the compacted targets topic, keyed {@code plan|region|indicator}, so
 * a later version of a target replaces the earlier one.
 */
public final class TargetPublisher {
    private final Producer<String, PlanTarget> producer;
    private final Topic<String, PlanTarget> topic;

    public TargetPublisher(Producer<String, PlanTarget> producer, Topic<String, PlanTarget> topic) {
        this.producer = producer;
        this.topic = topic;
    }

    /** Publishes every target and returns once all are acknowledged. */
    public int publish(List<Target> targets) throws InterruptedException, ExecutionException {
        List<Future<RecordMetadata>> sends = targets.stream()
                .map(t ->
                        producer.send(new ProducerRecord<>(topic.name(), Topics.targetKey(t), TargetCodec.toEvent(t))))
                .toList();
        producer.flush();
        for (Future<RecordMetadata> send : sends) {
            send.get();
        }
        return sends.size();
    }
}
