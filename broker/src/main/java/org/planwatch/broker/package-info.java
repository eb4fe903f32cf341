/**
 * A real single-node KRaft Kafka broker inside the JVM, for the demo and the integration tests,
 * and topic creation that waits until every partition has a leader.
 */
package org.planwatch.broker;
