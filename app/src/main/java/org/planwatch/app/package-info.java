/**
 * The {@code planwatch} command: each subcommand runs one deployable against a Kafka cluster, and
 * {@code demo} runs the whole pipeline on an in-JVM broker.
 */
package org.planwatch.app;
