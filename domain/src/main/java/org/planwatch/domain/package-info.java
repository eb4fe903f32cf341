/**
 * Plan targets, the target catalogue and progress evaluation. Plain Java with no Kafka, so the
 * streams job and offline commands share one method and it is testable without a broker.
 */
package org.planwatch.domain;
