/**
 * PlanWatch's events: Avro records generated from {@code src/main/avro}, their serdes (Avro
 * single-object encoding, resolved through a {@link org.apache.avro.message.SchemaStore} of known
 * versions) and the typed registry of topics.
 */
package org.planwatch.schema;
