package org.planwatch.domain;

/** Which way an indicator should move. Stated for every target: there is no default. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    BAND;

    /** +1 when a rise is good, -1 when a fall is good; a band has no sign. */
    public int sign() {
        return switch (this) {
            case HIGHER_IS_BETTER -> 1;
            case LOWER_IS_BETTER -> -1;
            case BAND -> throw new IllegalStateException("a band target has no direction sign");
        };
    }
}
