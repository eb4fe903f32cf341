/**
 * Turns statistics bureaus' feeds into {@code IndicatorReading} events on the readings topic, and
 * the target catalogue into {@code PlanTarget} events on the compacted targets topic. Rows that
 * cannot be read are reported with file and line, never dropped silently.
 */
package org.planwatch.producer;
