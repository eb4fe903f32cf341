package org.planwatch.domain;

/**
 * The kinds of target the catalogue holds. The walking skeleton evaluates {@link #LEVEL} and
 * {@link #QUOTA}; the others are recognised so that they are carried through the pipeline and
 * reported as not yet assessable rather than dropped.
 */
public enum TargetKind {
    /** Reach a level by the target year, along a path from the base. */
    LEVEL,
    /** Stay at or below a value. */
    CEILING,
    /** Stay at or above a value. */
    FLOOR,
    /** Grow by an average annual rate. */
    ANNUAL_GROWTH,
    /** A number assigned later by the level above (完成市下达任务). */
    QUOTA
}
