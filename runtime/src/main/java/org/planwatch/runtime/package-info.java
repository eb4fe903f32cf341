/**
 * What each deployable (producer, streams job, consumer) runs beside its work: {@link
 * org.planwatch.runtime.MetricsServer} serves Prometheus metrics and the health probes, {@link
 * org.planwatch.runtime.ClusterProbe} tells whether the Kafka cluster answers, {@link
 * org.planwatch.runtime.Shutdown} holds the JVM until resources are closed in order; {@link
 * org.planwatch.runtime.SettingsSource} reads a deployable's settings from the environment and a
 * file, {@link org.planwatch.runtime.KafkaSettings} are the cluster, client file and topics every one
 * needs (and creates those topics), {@link org.planwatch.runtime.ClientGuarantees} are the delivery
 * guarantees every client makes; {@link org.planwatch.runtime.KafkaClientProperties} merges the
 * user's client file with them, {@link org.planwatch.runtime.TopicCreator} makes the topics,
 * {@link org.planwatch.runtime.AccessPolicy} is the ACLs each deployable needs, and {@link
 * org.planwatch.runtime.Causes} tells a user's mistake (authorization, authentication) from a
 * fault. In: the environment, a meter registry, client properties. Out:
 * typed settings, HTTP endpoints and a readiness answer.
 */
package org.planwatch.runtime;
