/**
 * Reads progress alerts (read_committed), keeps the latest status of every plan target, and
 * serves it as Prometheus metrics for Grafana.
 */
package org.planwatch.consumer;
