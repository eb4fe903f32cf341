package org.planwatch.streams;

import org.planwatch.schema.IndicatorReading;
import org.planwatch.schema.TargetSet;

/** A reading with the targets of its region and indicator; {@code targets} is null when none. */
record ReadingWithTargets(IndicatorReading reading, TargetSet targets) {}
