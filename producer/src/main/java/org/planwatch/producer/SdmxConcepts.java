package org.planwatch.producer;

import java.util.Set;

/**
 * The SDMX concept ids PlanWatch gives a meaning to, from the SDMX content-oriented guidelines'
 * cross-domain concepts: the time dimension, the measure, the unit attributes, and the attributes
 * that describe one observation without making it another series (status, confidentiality,
 * comments, decimals). A column or component not listed here may be a dimension that separates
 * series.
 */
final class SdmxConcepts {
    static final String TIME_PERIOD = "TIME_PERIOD";
    static final String OBS_VALUE = "OBS_VALUE";
    static final String OBS_STATUS = "OBS_STATUS";
    static final String UNIT_MEASURE = "UNIT_MEASURE";
    static final String UNIT_MULT = "UNIT_MULT";

    /** Attributes of an observation that never make it another series. */
    static final Set<String> DESCRIPTIVE = Set.of(
            OBS_STATUS,
            "OBS_CONF",
            "OBS_PRE_BREAK",
            "OBS_COM",
            "OBS_COMMENT",
            "COMMENT",
            "COMMENT_OBS",
            "COMMENT_TS",
            "DECIMALS",
            "TITLE",
            "TITLE_COMPL",
            "TIME_FORMAT",
            "TIME_PER_COLLECT",
            "PREF_SCALE",
            "BASE_PER",
            "BREAK",
            "EMBARGO_TIME",
            "SOURCE",
            "SOURCE_AGENCY",
            "SOURCE_PUB",
            "COMPILATION",
            "COVERAGE",
            "CONTACT",
            "CONTACT_EMAIL",
            "PUBL_PUBLIC",
            "PUBL_ECB",
            "PUBL_MU",
            "NAT_TITLE",
            "COLLECTION",
            "UPDATED",
            "LAST_UPDATE");

    /** The columns of SDMX-CSV that say which message or row this is, not what was observed. */
    static final Set<String> MESSAGE_COLUMNS =
            Set.of("DATAFLOW", "STRUCTURE", "STRUCTURE_ID", "STRUCTURE_NAME", "ACTION", "SERIES_KEY", "OBS_KEY");

    private SdmxConcepts() {}
}
