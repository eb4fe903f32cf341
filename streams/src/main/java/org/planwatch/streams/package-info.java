/**
 * The Kafka Streams job: joins readings with plan targets and emits a progress alert per
 * evaluation, exactly once.
 */
package org.planwatch.streams;
