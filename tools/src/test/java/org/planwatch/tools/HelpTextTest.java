package org.planwatch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What {@code ./planwatch --help} shows of each command: its first description line, whole; its paragraphs as picocli wraps them. */
class HelpTextTest {
    @Test
    void everyCommandIsSummedUpInOneWholeSentence() {
        List<String> cut = new ArrayList<>();
        collect(PlanWatchTools.commandLine(), cut);
        assertThat(cut)
                .as("commands whose help summary (the first description line) is not one finished sentence")
                .isEmpty();
    }

    @Test
    void noDescriptionIsWrappedByHand() {
        // picocli wraps a paragraph to the terminal; a line the source breaks mid-sentence shows as a
        // ragged break in the help (publishes the bundled / target catalogue ...)
        List<String> broken = new ArrayList<>();
        collectBroken(PlanWatchTools.commandLine(), broken);
        assertThat(broken)
                .as("description lines that stop mid-sentence: join them into one paragraph")
                .isEmpty();
    }

    private static void collectBroken(CommandLine command, List<String> broken) {
        for (CommandLine sub : command.getSubcommands().values()) {
            for (String line : sub.getCommandSpec().usageMessage().description()) {
                String t = line.replaceAll("(%n)+$", "").strip(); // picocli's own help command ends its line so
                if (!t.isEmpty() && !t.matches(".*[.:)。：）]$")) {
                    broken.add(sub.getCommandSpec().qualifiedName() + ": \"" + t + "\"");
                }
            }
            collectBroken(sub, broken);
        }
    }

    private static void collect(CommandLine command, List<String> cut) {
        for (CommandLine sub : command.getSubcommands().values()) {
            String[] description = sub.getCommandSpec().usageMessage().description();
            String first = description.length == 0 ? "" : description[0].trim();
            if (!first.endsWith(".")) {
                cut.add(sub.getCommandSpec().qualifiedName() + ": \"" + first + "\"");
            }
            collect(sub, cut);
        }
    }
}
