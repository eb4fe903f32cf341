package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 25: a command the README offers writes where a user expects. A user who copies an example
 * {@code --out} into the checkout's sources changes what the launcher builds, so an example that
 * does so says it on the line above; the first example of importing a plan writes outside.
 */
class ReadmeCommandsTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern OUT = Pattern.compile("\\./planwatch .*--out\\s+(\\S+)");

    @Test
    void anExampleWritingIntoTheSourcesSaysSoAndTheFirstImportWritesOutside() throws Exception {
        List<String> lines = Files.readAllLines(README);
        boolean inCode = false;
        String firstImportOut = null;
        int examples = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            Matcher out = inCode ? OUT.matcher(line) : null;
            if (out == null || !out.find()) {
                continue;
            }
            examples++;
            String path = out.group(1);
            if (line.contains("catalogue import") && firstImportOut == null) {
                firstImportOut = path;
            }
            if (path.contains("src/")) {
                assertThat(lines.get(i - 1))
                        .as("README line %d writes into the sources; the line above says so", i + 1)
                        .contains("source tree");
            }
        }
        assertThat(examples).as("README examples with --out").isGreaterThan(2);
        assertThat(firstImportOut)
                .as("the first catalogue import example's --out")
                .doesNotContain("src/");
    }
}
