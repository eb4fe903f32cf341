/**
 * What each deployable (producer, streams job, consumer) runs beside its work: {@link
 * org.planwatch.runtime.MetricsServer} serves Prometheus metrics and the health probes, {@link
 * org.planwatch.runtime.ClusterProbe} tells whether the Kafka cluster answers, {@link
 * org.planwatch.runtime.Shutdown} holds the JVM until resources are closed in order. In: a meter
 * registry, client properties. Out: HTTP endpoints and a readiness answer.
 */
package org.planwatch.runtime;
