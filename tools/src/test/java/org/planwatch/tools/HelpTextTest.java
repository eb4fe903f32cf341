package org.planwatch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What {@code ./planwatch --help} shows of each command: its first description line, whole; its paragraphs as picocli wraps them. */
class HelpTextTest {
    @Test
    void everyCommandIsSummedUpInOneWholeSentence() {
        List<String> cut = new ArrayList<>();
        descriptions(PlanWatchTools.commandLine(), (command, lines) -> {
            String first = lines.length == 0 ? "" : lines[0].trim();
            if (!first.endsWith(".")) {
                cut.add(command + ": \"" + first + "\"");
            }
        });
        assertThat(cut)
                .as("commands whose help summary (the first description line) is not one finished sentence")
                .isEmpty();
    }

    @Test
    void noDescriptionIsWrappedByHand() {
        // picocli wraps a paragraph to the terminal; a line the source breaks mid-sentence shows as a
        // ragged break in the help (publishes the bundled / target catalogue ...)
        List<String> broken = new ArrayList<>();
        descriptions(PlanWatchTools.commandLine(), (command, lines) -> {
            for (String line : lines) {
                String t = line.replaceAll("(%n)+$", "").strip(); // picocli's own help command ends its line so
                if (!t.isEmpty() && !t.matches(".*[.:)。：）]$")) {
                    broken.add(command + ": \"" + t + "\"");
                }
            }
        });
        assertThat(broken)
                .as("description lines that stop mid-sentence: join them into one paragraph")
                .isEmpty();
    }

    /** Every command and subcommand below {@code command}, by its qualified name, with its description lines. */
    private static void descriptions(CommandLine command, BiConsumer<String, String[]> each) {
        for (CommandLine sub : command.getSubcommands().values()) {
            each.accept(
                    sub.getCommandSpec().qualifiedName(),
                    sub.getCommandSpec().usageMessage().description());
            descriptions(sub, each);
        }
    }
}
