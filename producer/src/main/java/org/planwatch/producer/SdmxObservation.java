package org.planwatch.producer;

import java.util.Map;

/**
 * One observation of an SDMX message as its reader found it, before any of PlanWatch's rules:
 * the dimensions that tell its series apart (with {@code TIME_PERIOD}), its attributes, its
 * value as written (null when the message gives none) and the message's action for it: {@code D}
 * delete, {@code R} replace, {@code M} merge (also for no action, or the deprecated ones).
 * {@link SdmxReadings} turns it into a reading or a refusal, the same way for SDMX-CSV and
 * SDMX-JSON.
 *
 * @param location {@code file:line} or {@code file#series 0:1 obs 2}
 * @param row the observation as the message wrote it
 */
record SdmxObservation(
        Map<String, String> dimensions,
        Map<String, String> attributes,
        String value,
        String action,
        String location,
        String row) {}
