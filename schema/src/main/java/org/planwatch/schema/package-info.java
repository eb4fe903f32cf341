/**
 * PlanWatch's events: Avro records generated from {@code src/main/avro}, their serdes (Avro
 * single-object encoding, resolved through a {@link org.apache.avro.message.SchemaStore} of known
 * versions), the typed registry of topics, and the user's Kafka client properties that every
 * module building a Kafka client merges with its own settings.
 */
package org.planwatch.schema;
