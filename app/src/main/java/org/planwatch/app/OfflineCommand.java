package org.planwatch.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that judges targets from files, without Kafka ({@code evaluate}, {@code report}): it
 * takes the catalogue and the method the pipeline would use, so that its verdicts are the
 * pipeline's.
 */
abstract class OfflineCommand implements Callable<Integer> {
    @Mixin
    CatalogueChoice catalogue;

    @Mixin
    MethodOptions method;

    @Spec
    CommandSpec spec;
}
