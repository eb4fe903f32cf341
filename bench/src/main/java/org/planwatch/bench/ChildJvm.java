package org.planwatch.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command that runs a benchmark's part in a JVM of its own, with a heap of its own and this classpath. */
final class ChildJvm {
    private ChildJvm() {}

    /** Options for every child JVM, split at spaces: how a child is profiled ({@code -XX:StartFlightRecording=…}). */
    static final String OPTIONS = "planwatch.bench.child-jvm-options";

    /** {@code java -Xmx<heapMb>m … main args…}: a child that runs out of memory exits instead of limping on. */
    static List<String> command(int heapMb, Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMb + "m",
                "-XX:+ExitOnOutOfMemoryError"));
        String options = System.getProperty(OPTIONS, "").strip();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
