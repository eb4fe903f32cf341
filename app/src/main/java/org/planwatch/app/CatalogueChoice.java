package org.planwatch.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.planwatch.domain.TargetCatalogue;
import picocli.CommandLine.Option;

/** {@code --catalogue TSV}: the target catalogue a command checks or evaluates against, the bundled one unless named. */
final class CatalogueChoice {
    @Option(
            names = "--catalogue",
            paramLabel = "TSV",
            description = "Target catalogue the readings are checked and judged against"
                    + " (default the catalogue bundled with PlanWatch).")
    Path file;

    /** The catalogue chosen, each row it refuses said on {@code err}. */
    TargetCatalogue load(PrintWriter err) throws IOException {
        return CatalogueCommand.load(file, err);
    }
}
