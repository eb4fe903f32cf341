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

    private String launch(Map<String, String> env) throws IOException, InterruptedException {
        Files.copy(
                Path.of("..", "planwatch").toAbsolutePath().normalize(),
                root.resolve("planwatch"),
                StandardCopyOption.REPLACE_EXISTING);
        Path jdk = Files.createDirectories(root.resolve("jdk/bin"));
        Path java = Files.writeString(jdk.resolve("java"), "#!/usr/bin/env bash\necho \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
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
