package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No password, key or JAAS literal in the repository: secrets come from the environment
 * ({@code ${env:NAME}}, {@code ${NAME:?}}) or are made at run time (the secured broker's, the
 * tests'). Every file git tracks is read, this one included.
 */
class RepositorySecretsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** What a secret looks like once written down; each with what it is, for the message. */
    private record Rule(String what, Pattern pattern) {
        Optional<String> find(String line) {
            return pattern.matcher(line).find() ? Optional.of(what) : Optional.empty();
        }
    }

    private static final String LITERAL = "(?!\\$\\{|\\$\\(|<|…|\\.\\.\\.|\\[hidden\\])[^\\s\"'`]{4,}";
    private static final List<Rule> RULES = List.of(
            new Rule("a private key", Pattern.compile("-----BEGIN ([A-Z]+ )?PRIVATE KEY-----")),
            new Rule("a JAAS password", Pattern.compile("password=\\\\?\"" + LITERAL)),
            new Rule(
                    "a password, secret or token in code",
                    Pattern.compile("(?i)\\b\\w*(password|secret|token)\\s*=\\s*\"" + LITERAL + "\"\\s*;")),
            new Rule(
                    "a password, secret or token given by name",
                    Pattern.compile("\"[A-Z_]*(PASSWORD|SECRET|TOKEN)[A-Z_]*\"\\s*,\\s*\"" + LITERAL + "\"")));

    @Test
    void noTrackedFileHoldsASecret() throws Exception {
        List<Path> files = trackedFiles();
        assertThat(files).as("files git tracks under %s", ROOT).hasSizeGreaterThan(100);
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (MalformedInputException binary) {
                continue; // an image, a jar: no text to leak from
            }
            for (int i = 0; i < lines.size(); i++) {
                int line = i + 1;
                String text = lines.get(i);
                secretIn(file, text).ifPresent(what -> found.add(ROOT.relativize(file) + ":" + line + ": " + what));
            }
        }
        assertThat(found).as("secrets written into the repository").isEmpty();
    }

    @Test
    void theRulesFindWhatTheyAreFor() {
        // built here, not written out, so that the scan of this very file finds none of them
        String dash = "-----";
        assertThat(secretIn(dash + "BEGIN RSA PRIVATE KEY" + dash)).isPresent();
        assertThat(secretIn("sasl.jaas.config=...ScramLoginModule required username=\"u\" pass" + "word=\"hunter22\";"))
                .contains("a JAAS password");
        Path properties = Path.of("client.properties");
        Path compose = Path.of("deploy/compose.yaml");
        assertThat(secretIn(properties, "ssl.keystore.pass" + "word=changeit")).isPresent();
        assertThat(secretIn(compose, "      GF_SECURITY_ADMIN_PASS" + "WORD: admin1234"))
                .isPresent();
        assertThat(secretIn(compose, "      automountServiceAccountTok" + "en: false"))
                .isEmpty();
        assertThat(secretIn(compose, "      - name: SMTP_PASS" + "WORD")).isEmpty();
        assertThat(secretIn("String tok" + "en = \"abcd-efgh\";")).isPresent();
        assertThat(secretIn("Map.of(\"PLANWATCH_INGEST_TOK" + "EN\", \"abcdefghijklmnop\")"))
                .isPresent();

        assertThat(secretIn("sasl.jaas.config=... pass" + "word=\"${env:KAFKA_PASSWORD}\";"))
                .isEmpty();
        assertThat(secretIn("  GF_SECURITY_ADMIN_PASS" + "WORD: ${GRAFANA_ADMIN_PASSWORD:?set it}"))
                .isEmpty();
        assertThat(secretIn("String tok" + "en = System.getenv(\"PLANWATCH_INGEST_TOKEN\");"))
                .isEmpty();
        assertThat(secretIn(properties, "ssl.truststore.pass" + "word=")).isEmpty();
    }

    /** In configuration files only: a key that names a password, secret or token, set to a literal. */
    private static final Rule SETTING = new Rule(
            "a password, secret or token set in configuration",
            Pattern.compile("(?i)^\\s*-?\\s*[\\w.-]*(password|passwd|secret|token)\\s*[=:]\\s*[\"']?"
                    + "(?!(true|false)\\b)" + LITERAL));

    private static final Pattern CONFIGURATION =
            Pattern.compile(".*\\.(properties|ya?ml|env|conf|cfg|ini|toml|json|xml|sh)$|.*(^|/)Dockerfile$");

    private static Optional<String> secretIn(String line) {
        return RULES.stream().flatMap(r -> r.find(line).stream()).findFirst();
    }

    private static Optional<String> secretIn(Path file, String line) {
        Optional<String> found = secretIn(line);
        if (found.isEmpty() && CONFIGURATION.matcher(file.toString()).matches()) {
            return SETTING.find(line);
        }
        return found;
    }

    /** {@code git ls-files}, or every file but build output where there is no git. */
    private static List<Path> trackedFiles() throws IOException, InterruptedException {
        try {
            Process git = new ProcessBuilder("git", "ls-files", "-z")
                    .directory(ROOT.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (git.waitFor() == 0 && !out.isEmpty()) {
                return Stream.of(out.split("\0"))
                        .map(ROOT::resolve)
                        .filter(Files::isRegularFile)
                        .toList();
            }
        } catch (IOException noGit) {
            // fall through
        }
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !ROOT.relativize(p).toString().matches("(.*/)?(target|\\.git|\\.cluster)/.*"))
                    .toList();
        }
    }
}
