package org.planwatch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./planwatch} launcher, run as a user runs it, with a stand-in {@code java} that prints
 * the command line it was given (and a jar newer than every source, so nothing is built).
 */
class LauncherTest {
    @TempDir
    Path root;

    /** The launcher as a clone has it, and a stand-in JDK whose {@code java} runs {@code java}. */
    private void install(String java) throws IOException {
        Files.copy(
                Path.of("..", "planwatch").toAbsolutePath().normalize(),
                root.resolve("planwatch"),
                StandardCopyOption.REPLACE_EXISTING);
        script(Files.createDirectories(root.resolve("jdk/bin")).resolve("java"), java);
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/usr/bin/env bash\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private String launch(Map<String, String> env) throws IOException, InterruptedException {
        install("echo \"$@\"");
        Files.createDirectories(root.resolve("tools/target"));
        Files.writeString(root.resolve("tools/target/planwatch.jar"), "stand-in");
        ProcessBuilder launcher = new ProcessBuilder(
                        "bash", root.resolve("planwatch").toString(), "demo", "--once")
                .redirectErrorStream(true);
        launcher.environment().remove("TMPDIR");
        launcher.environment().remove("PLANWATCH_JAVA_OPTS");
        launcher.environment().put("JAVA_HOME", root.resolve("jdk").toString());
        launcher.environment().putAll(env);
        Process process = launcher.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }

    /** The launcher with no jar yet and a stand-in {@code mvnw} that says {@code log} and exits {@code status}. */
    private Process build(String log, int status) throws IOException {
        install("echo ran");
        script(
                root.resolve("mvnw"),
                "cat <<'LOG'\n" + log + "LOG\n"
                        + (status == 0 ? "mkdir -p tools/target && touch tools/target/planwatch.jar\n" : "")
                        + "exit " + status);
        ProcessBuilder launcher =
                new ProcessBuilder("bash", root.resolve("planwatch").toString(), "--help");
        launcher.environment().put("JAVA_HOME", root.resolve("jdk").toString());
        return launcher.start();
    }

    private static String stderr(Process process) throws Exception {
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    /** Issue 25: the first build was one line and minutes of silence; it now says each module as it starts. */
    @Test
    void showsTheFirstBuildModuleByModule() throws Exception {
        StringBuilder log = new StringBuilder();
        for (int i = 1; i <= 250; i++) {
            log.append("[INFO] Downloaded from central: https://repo.maven.apache.org/a")
                    .append(i)
                    .append(".jar\n");
        }
        log.append("[INFO] Building PlanWatch domain 0.1.0-SNAPSHOT                        [1/2]\n")
                .append("[INFO] Building jar: /x/domain.jar\n")
                .append("[INFO] Building PlanWatch tools 0.1.0-SNAPSHOT                         [2/2]\n");
        Process process = build(log.toString(), 0);
        String said = stderr(process);

        assertThat(process.exitValue()).as(said).isZero();
        assertThat(said.lines())
                .containsExactly(
                        "planwatch: building the application (first run, or sources changed); a line per module follows",
                        "planwatch:   100 dependencies fetched",
                        "planwatch:   200 dependencies fetched",
                        "planwatch:   PlanWatch domain 0.1.0-SNAPSHOT [1/2]",
                        "planwatch:   PlanWatch tools 0.1.0-SNAPSHOT [2/2]");
    }

    @Test
    void saysAFailedBuildWithMavensErrorsAndStops() throws Exception {
        Process process =
                build("[INFO] Building PlanWatch domain 0.1.0-SNAPSHOT [1/2]\n[ERROR] COMPILATION ERROR\n", 1);
        String said = stderr(process);

        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(said)
                .contains("[ERROR] COMPILATION ERROR", "planwatch: build failed")
                .doesNotContain("ran");
    }

    /** Issue 25: the JVM's default folders ignored TMPDIR (java.io.tmpdir is /tmp on Linux whatever it says). */
    @Test
    void passesTmpdirToTheJvmAsItsTemporaryFolder() throws Exception {
        assertThat(launch(Map.of("TMPDIR", "/var/tmp/user one")))
                .isEqualTo("-Djava.io.tmpdir=/var/tmp/user one -jar " + root.resolve("tools/target/planwatch.jar")
                        + " demo --once");
    }

    @Test
    void leavesTheJvmsDefaultWithoutTmpdirAndLetsJavaOptionsOverrideIt() throws Exception {
        assertThat(launch(Map.of())).isEqualTo("-jar " + root.resolve("tools/target/planwatch.jar") + " demo --once");
        assertThat(launch(Map.of("TMPDIR", "/a", "PLANWATCH_JAVA_OPTS", "-Djava.io.tmpdir=/b")))
                .startsWith("-Djava.io.tmpdir=/a -Djava.io.tmpdir=/b -jar");
    }
}
