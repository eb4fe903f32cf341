/**
 * PlanWatch's events: Avro records generated from {@code src/main/avro}, their serdes (Avro
 * single-object encoding, resolved through a {@link org.apache.avro.message.SchemaStore} of known
 * versions) and the typed registry of topics: what goes over the wire and where. How clients
 * are built, topics made and access granted is {@code org.planwatch.runtime}'s.
 */
package org.planwatch.schema;
