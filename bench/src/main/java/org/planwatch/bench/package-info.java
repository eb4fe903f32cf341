/**
 * {@code planwatch bench}: how fast the pipeline runs, as ratios to what the same broker does
 * in the same run (a plain producer and consumer, a bare exactly-once join), because absolute
 * figures on a shared two-core machine are noise and ratios measured side by side are not.
 * Every reading a benchmark publishes is simulated and says so in its source.
 */
package org.planwatch.bench;
