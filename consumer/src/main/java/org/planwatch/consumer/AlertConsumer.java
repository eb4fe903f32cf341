package org.planwatch.consumer;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.errors.WakeupException;
import org.planwatch.schema.ProgressAlert;
import org.planwatch.schema.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The poll loop over the alerts topic. Reads only committed transactions, hands each record to
 * the {@link AlertHandler}, and commits offsets after the batch is handled.
 */
public final class AlertConsumer implements Runnable, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AlertConsumer.class);
  public static final String DEFAULT_GROUP_ID = "planwatch-consumer";

  private final Consumer<String, ProgressAlert> consumer;
  private final Topic<String, ProgressAlert> topic;
  private final AlertHandler handler;
  private final AtomicBoolean running = new AtomicBoolean(true);

  public AlertConsumer(Consumer<String, ProgressAlert> consumer, Topic<String, ProgressAlert> topic, AlertHandler handler) {
    this.consumer = consumer;
    this.topic = topic;
    this.handler = handler;
  }

  public static Properties properties(String bootstrap, String groupId) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    return p;
  }

  public static Consumer<String, ProgressAlert> consumer(Topic<String, ProgressAlert> topic, Properties properties) {
    return new KafkaConsumer<>(properties, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
  }

  @Override
  public void run() {
    try {
      consumer.subscribe(List.of(topic.name()));
      while (running.get()) {
        ConsumerRecords<String, ProgressAlert> records = consumer.poll(Duration.ofMillis(500));
        for (ConsumerRecord<String, ProgressAlert> record : records) {
          if (record.value() == null) {
            continue;
          }
          try {
            handler.handle(record.key(), record.value());
          } catch (RuntimeException e) {
            LOG.error("cannot handle alert at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.toString(), e);
          }
        }
        if (!records.isEmpty()) {
          consumer.commitSync();
        }
      }
    } catch (WakeupException e) {
      if (running.get()) {
        throw e;
      }
    } finally {
      consumer.close();
    }
  }

  /** Stops the loop from another thread; the loop closes the consumer. */
  @Override
  public void close() {
    running.set(false);
    consumer.wakeup();
  }
}
