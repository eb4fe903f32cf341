package org.planwatch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What {@code ./planwatch --help} shows of each command: its first description line, whole. */
class HelpTextTest {
    @Test
    void everyCommandIsSummedUpInOneWholeSentence() {
        List<String> cut = new ArrayList<>();
        collect(PlanWatchTools.commandLine(), cut);
        assertThat(cut)
                .as("commands whose help summary (the first description line) is not one finished sentence")
                .isEmpty();
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
