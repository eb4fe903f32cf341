package org.planwatch.app;

import picocli.CommandLine.Mixin;

/**
 * What a command that runs the consumer takes: the cluster and topics, where metrics are served,
 * and where messages go. The {@code consumer} command and the demo share it, so they speak of the
 * consumer in the same options.
 */
public final class ConsumerOptions {
    @Mixin
    public KafkaOptions kafka;

    @Mixin
    public MetricsOptions metrics;

    @Mixin
    public NotifyOptions notify;
}
