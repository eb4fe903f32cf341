package org.planwatch.producer;

import java.util.ArrayList;
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
 * a later version of a target replaces the earlier one, on the region's partition when the producer
 * is made by {@link ProducerProperties} ({@code RegionPartitioner}), as the region's readings are.
 */
public final class TargetPublisher {
    private final Producer<String, PlanTarget> producer;
    private final Topic<String, PlanTarget> topic;

    public TargetPublisher(Producer<String, PlanTarget> producer, Topic<String, PlanTarget> topic) {
        this.producer = producer;
        this.topic = topic;
    }

    /**
     * Publishes every target and returns once all are acknowledged; the first failure stops it (a
     * refusal by credentials or ACLs at once, not after each target's own wait).
     */
    public int publish(List<Target> targets) throws InterruptedException, ExecutionException {
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        for (Target t : targets) {
            Future<RecordMetadata> send =
                    producer.send(new ProducerRecord<>(topic.name(), Topics.targetKey(t), TargetCodec.toEvent(t)));
            if (send.isDone()) {
                send.get(); // failed before it left: throws now
            }
            sends.add(send);
        }
        producer.flush();
        for (Future<RecordMetadata> send : sends) {
            send.get();
        }
        return sends.size();
    }
}
