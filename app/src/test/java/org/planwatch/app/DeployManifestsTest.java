package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.planwatch.app.ExternalTools.onPath;
import static org.planwatch.app.ExternalTools.run;
import static org.planwatch.app.Manifests.base;
import static org.planwatch.app.Manifests.documents;
import static org.planwatch.app.Manifests.generatorFiles;
import static org.planwatch.app.Manifests.kustomization;
import static org.planwatch.app.Manifests.kustomizations;
import static org.planwatch.app.Manifests.literals;
import static org.planwatch.app.Manifests.operations;
import static org.planwatch.app.Manifests.patchTargets;
import static org.planwatch.app.Manifests.selects;
import static org.planwatch.app.Manifests.single;
import static org.planwatch.app.Manifests.stream;
import static org.planwatch.app.Manifests.texts;
import static org.planwatch.app.Manifests.yamlFiles;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.resource.PatternType;
import org.junit.jupiter.api.Test;
import org.planwatch.app.Manifests.Container;
import org.planwatch.app.Manifests.Kustomization;
import org.planwatch.app.Manifests.Manifest;
import org.planwatch.app.Manifests.Ref;
import org.planwatch.consumer.Routing;
import org.planwatch.runtime.AccessPolicy;
import org.planwatch.schema.Topic;
import org.planwatch.schema.TopicSet;

/**
 * {@code deploy/compose.yaml} and the Kustomize tree in {@code deploy/k8s} against the repository
 * and the code: the files they mount and patch exist, they run the images the build produces with
 * the commands those images hold, every client is pointed at the cluster they define, the topics
 * are the registry's ({@link TopicSet#defaults()}), the ACLs are those of {@link AccessPolicy} (the README's
 * Security table), replication survives the loss of a broker, and ports and probes are the documented
 * ones. Static checks, no Docker and no cluster; where kubectl, promtool or the docker compose
 * plugin are installed, their own checks run too.
 */
class DeployManifestsTest {
    private static final Path DEPLOY = Manifests.DEPLOY;
    private static final Path REPO = DEPLOY.getParent();
    private static final Path COMPOSE = DEPLOY.resolve("compose.yaml");
    private static final Path K8S = Manifests.K8S;

    /** Where Strimzi's cluster {@code planwatch} takes clients: its "tls" listener (SCRAM over TLS). */
    private static final String K8S_BOOTSTRAP = "planwatch-kafka-bootstrap:9093";
    /** The Secret Strimzi keeps the cluster CA certificate in (key ca.crt). */
    private static final String CLUSTER_CA_SECRET_NAME = "planwatch-cluster-ca-cert";
    /** The one Secret not in the repository, documented in deploy/README.md. */
    private static final String EXTERNAL_SECRET_NAME = "planwatch-secrets";

    private static final int REPLICATION_FACTOR = 3;
    private static final int MIN_INSYNC_REPLICAS = 2;
    private static final long NON_ROOT_USER = 65532;

    /** The ports the README and --help document, by subcommand. */
    private record Serving(String portName, int port, String portVariable, boolean healthEndpoints) {}

    private static final Map<String, Serving> SERVING = Map.of(
            "consumer", new Serving("metrics", 9400, "PLANWATCH_METRICS_PORT", true),
            "streams", new Serving("metrics", 9401, "PLANWATCH_METRICS_PORT", true),
            "ingest", new Serving("http", 9402, "PLANWATCH_INGEST_PORT", true));

    private static final TopicSet TOPICS = TopicSet.defaults();

    // ---------------------------------------------------------------- parsing

    @Test
    void shouldParseComposeAndEveryKubernetesManifest() throws IOException {
        assertThat(compose().path("services").size())
                .as("services in %s", COMPOSE)
                .isPositive();
        List<Path> files = yamlFiles(K8S);
        assertThat(files).as("YAML files under %s", K8S).isNotEmpty();
        for (Path file : files) {
            List<JsonNode> docs = documents(file);
            assertThat(docs).as("documents in %s", file).isNotEmpty();
            for (JsonNode doc : docs) {
                if (doc.isArray()) { // a JSON 6902 patch
                    doc.forEach(op -> assertThat(op.has("op") && op.has("path"))
                            .as("JSON patch operation in %s: %s", file, op)
                            .isTrue());
                } else if (!doc.path("kind").asText().equals("Kustomization")) {
                    assertThat(doc.path("apiVersion").asText())
                            .as("apiVersion in %s", file)
                            .isNotBlank();
                    assertThat(doc.path("kind").asText()).as("kind in %s", file).isNotBlank();
                    assertThat(doc.at("/metadata/name").asText())
                            .as("metadata.name of a %s in %s", doc.path("kind").asText(), file)
                            .isNotBlank();
                }
            }
        }
    }

    // ---------------------------------------------------------------- compose

    @Test
    void composeShouldRunTheBuiltImagesWithCommandsTheyHold() {
        Map<String, JsonNode> services = planWatchServices();
        assertThat(services.keySet())
                .as("PlanWatch services in %s", COMPOSE)
                .contains("catalogue", "producer", "feeds", "streams", "consumer");
        services.forEach((name, service) -> {
            String image = service.path("image").asText();
            Optional<String> deployable = PlanWatchImages.deployableOf(image);
            assertThat(deployable)
                    .as(
                            "compose service %s: image %s is one the build produces %s",
                            name, image, PlanWatchImages.names().values())
                    .isPresent();
            assertThat(PlanWatchImages.tag(image))
                    .as("compose service %s: the tag of %s is the project version", name, image)
                    .isEqualTo(projectVersion());
            String command = composeCommand(service);
            assertThat(PlanWatchImages.deployableRunning(command))
                    .as("compose service %s runs `planwatch %s`, which image %s holds", name, command, image)
                    .contains(deployable.get());
            if (deployable.get().equals("producer")) {
                List<String> args = new java.util.ArrayList<>();
                service.path("command").forEach(a -> args.add(a.asText()));
                assertThat(org.planwatch.producer.ProducerApp.runs(args.toArray(String[]::new)))
                        .as("compose service %s: the producer image runs a job given %s", name, args)
                        .isTrue();
            }
            if (PlanWatchImages.takesNoArguments(deployable.get())) {
                assertThat(service.has("command"))
                        .as(
                                "compose service %s: image %s takes its settings from the environment, no command",
                                name, image)
                        .isFalse();
            }
        });
    }

    @Test
    void composeServicesShouldBootstrapFromTheComposeBrokers() {
        Map<String, JsonNode> brokers = kafkaServices();
        Set<String> internal = new TreeSet<>();
        brokers.forEach((name, broker) -> {
            String address = advertised(broker, env(broker).get("KAFKA_INTER_BROKER_LISTENER_NAME"));
            assertThat(address)
                    .as("compose broker %s advertises its inter-broker listener under its service name", name)
                    .startsWith(name + ":");
            internal.add(address);
            assertThat(broker.at("/healthcheck/test").isMissingNode())
                    .as("compose broker %s has a healthcheck", name)
                    .isFalse();
        });
        planWatchServices().forEach((name, service) -> {
            String bootstrap = env(service).get("PLANWATCH_BOOTSTRAP");
            assertThat(bootstrap)
                    .as("PLANWATCH_BOOTSTRAP of compose service %s", name)
                    .isNotBlank();
            for (String address : bootstrap.split(",")) {
                assertThat(internal)
                        .as("compose service %s bootstraps from %s: a broker's internal listener", name, address)
                        .contains(address.strip());
                String broker = address.strip().split(":")[0];
                assertThat(service.at("/depends_on/" + broker + "/condition").asText())
                        .as("compose service %s waits for %s to be healthy", name, broker)
                        .isEqualTo("service_healthy");
            }
        });
    }

    @Test
    void composeBrokersShouldKeepThreeReplicasAndTwoInSync() {
        Map<String, JsonNode> brokers = kafkaServices();
        assertThat(brokers).as("Kafka services in %s", COMPOSE).hasSizeGreaterThanOrEqualTo(REPLICATION_FACTOR);
        Map<String, String> expected = Map.of(
                "KAFKA_DEFAULT_REPLICATION_FACTOR", String.valueOf(REPLICATION_FACTOR),
                "KAFKA_MIN_INSYNC_REPLICAS", String.valueOf(MIN_INSYNC_REPLICAS),
                "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", String.valueOf(REPLICATION_FACTOR),
                "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", String.valueOf(REPLICATION_FACTOR),
                "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", String.valueOf(MIN_INSYNC_REPLICAS),
                "KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
        Set<String> nodeIds = new TreeSet<>();
        Set<String> clusterIds = new TreeSet<>();
        Set<String> volumes = new TreeSet<>();
        brokers.forEach((name, broker) -> {
            Map<String, String> env = env(broker);
            expected.forEach((key, value) -> assertThat(env.get(key))
                    .as("%s of compose broker %s", key, name)
                    .isEqualTo(value));
            assertThat(broker.path("image").asText())
                    .as("compose broker %s runs the Kafka the build tests against (kafka.version)", name)
                    .isEqualTo("apache/kafka:" + kafkaVersion());
            assertThat(nodeIds.add(env.get("KAFKA_NODE_ID")))
                    .as("compose broker %s has its own KAFKA_NODE_ID", name)
                    .isTrue();
            clusterIds.add(env.get("CLUSTER_ID"));
            String voter = env.get("KAFKA_NODE_ID") + "@" + name + ":" + listenerPort(env, "CONTROLLER");
            assertThat(List.of(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS").split(",")))
                    .as("KAFKA_CONTROLLER_QUORUM_VOTERS of compose broker %s", name)
                    .hasSize(brokers.size())
                    .contains(voter);
            Mount data = composeMounts(broker).stream()
                    .filter(m -> m.target().equals(env.get("KAFKA_LOG_DIRS")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("compose broker " + name + ": nothing mounted at "
                            + "KAFKA_LOG_DIRS " + env.get("KAFKA_LOG_DIRS")));
            assertThat(!data.bind() && volumes.add(data.source()))
                    .as("compose broker %s keeps its log in a named volume of its own", name)
                    .isTrue();
        });
        assertThat(clusterIds).as("CLUSTER_ID of the compose brokers").hasSize(1);
        planWatchServices()
                .forEach((name, service) -> assertThat(env(service).get("PLANWATCH_REPLICATION_FACTOR"))
                        .as("PLANWATCH_REPLICATION_FACTOR of compose service %s (topics it creates)", name)
                        .isEqualTo(String.valueOf(REPLICATION_FACTOR)));
    }

    @Test
    void composeShouldMountOnlyFilesOfTheRepositoryAndDeclaredVolumes() {
        Set<String> declared = new TreeSet<>();
        compose().path("volumes").fieldNames().forEachRemaining(declared::add);
        composeServices().forEach((name, service) -> {
            for (Mount mount : composeMounts(service)) {
                if (mount.bind()) {
                    Path source = DEPLOY.resolve(mount.source()).normalize();
                    assertThat(Files.exists(source))
                            .as("compose service %s mounts %s, which exists in the repository", name, source)
                            .isTrue();
                    assertThat(source.toAbsolutePath().normalize())
                            .as("compose service %s mounts %s from inside the repository", name, mount.source())
                            .startsWith(REPO.toAbsolutePath().normalize());
                } else {
                    assertThat(declared)
                            .as("compose service %s mounts volume %s, declared under volumes", name, mount.source())
                            .contains(mount.source());
                }
            }
        });
    }

    @Test
    void composeShouldPublishTheDocumentedPortsAndTakeSecretsFromTheEnvironment() {
        Pattern secretName = Pattern.compile(".*(TOKEN|PASSWORD|SECRET).*");
        Pattern required = Pattern.compile("\\$\\{[A-Z0-9_]+:\\?[^}]+}");
        composeServices()
                .forEach((name, service) -> env(service).forEach((key, value) -> {
                    if (secretName.matcher(key).matches()) {
                        assertThat(value)
                                .as(
                                        "compose service %s: %s is taken from the environment (${%s:?...}), not written",
                                        name, key, key)
                                .matches(required);
                    }
                }));
        planWatchServices().forEach((name, service) -> {
            Serving serving = SERVING.get(composeCommand(service));
            if (serving == null) {
                return;
            }
            assertThat(composePorts(service))
                    .as("container ports compose service %s publishes", name)
                    .contains(serving.port());
            String configured = env(service).get(serving.portVariable());
            if (configured != null) {
                assertThat(configured)
                        .as("%s of compose service %s", serving.portVariable(), name)
                        .isEqualTo(String.valueOf(serving.port()));
            }
        });
    }

    @Test
    void composeMonitoringShouldWatchTheComposeServicesWithTheRepositoryRulesAndDashboards() throws Exception {
        Map<String, JsonNode> services = composeServices();
        JsonNode prometheus = serviceWithImage("prom/prometheus");
        Path config = mountedSource(prometheus, "/etc/prometheus/prometheus.yml");
        JsonNode compose = single(config);
        JsonNode local = single(DEPLOY.resolve("prometheus/prometheus.yml"));
        assertThat(texts(compose.path("rule_files")))
                .as("rule_files of %s and prometheus.yml", config)
                .isEqualTo(texts(local.path("rule_files")));
        for (JsonNode rules : compose.path("rule_files")) {
            assertThat(Files.exists(mountedSource(prometheus, "/etc/prometheus/" + rules.asText())))
                    .as("rule file %s mounted into the prometheus service", rules.asText())
                    .isTrue();
        }
        assertThat(jobs(compose).keySet())
                .as("scrape jobs of %s and prometheus.yml", config)
                .isEqualTo(jobs(local).keySet());
        jobs(compose).forEach((job, scrape) -> {
            JsonNode localJob = jobs(local).get(job);
            assertThat(scrape.path("metrics_path").asText())
                    .as("metrics_path of %s", job)
                    .isEqualTo(localJob.path("metrics_path").asText());
            assertThat(scrape.at("/static_configs/0/labels").toString())
                    .as("labels of %s", job)
                    .isEqualTo(localJob.at("/static_configs/0/labels").toString());
            for (JsonNode target : scrape.at("/static_configs/0/targets")) {
                String[] hostPort = target.asText().split(":");
                JsonNode service = services.get(hostPort[0]);
                assertThat(service)
                        .as("job %s scrapes %s, a compose service", job, target.asText())
                        .isNotNull();
                Serving serving = SERVING.get(composeCommand(service));
                assertThat(serving != null && hostPort[1].equals(String.valueOf(serving.port())))
                        .as("job %s scrapes %s on the metrics port its command documents", job, target.asText())
                        .isTrue();
            }
        });
        String alertmanager = compose.at("/alerting/alertmanagers/0/static_configs/0/targets/0")
                .asText();
        assertThat(services.get(alertmanager.split(":")[0]).path("image").asText())
                .as("Prometheus sends alerts to %s, the alertmanager service", alertmanager)
                .startsWith("prom/alertmanager");
        assertThat(Files.exists(
                        mountedSource(serviceWithImage("prom/alertmanager"), "/etc/alertmanager/alertmanager.yml")))
                .as("alertmanager.yml mounted into the alertmanager service")
                .isTrue();
        checkComposeGrafana(services);
        if (onPath("promtool")) {
            assertThat(run(
                            config.getParent(),
                            "promtool",
                            "check",
                            "config",
                            config.getFileName().toString()))
                    .contains("SUCCESS");
        }
    }

    /** The provisioning of deploy/grafana mounted where Grafana and the dashboard provider read it. */
    private void checkComposeGrafana(Map<String, JsonNode> services) throws IOException {
        JsonNode grafana = serviceWithImage("grafana/grafana");
        Path providers = mountedSource(grafana, "/etc/grafana/provisioning/dashboards");
        assertThat(providers.normalize())
                .isEqualTo(DEPLOY.resolve("grafana/provisioning/dashboards").normalize());
        for (Path file : yamlFiles(providers)) {
            for (JsonNode provider : single(file).path("providers")) {
                String path = provider.at("/options/path").asText();
                assertThat(mountedSource(grafana, path).normalize())
                        .as(
                                "the dashboards at %s, where provider %s of %s reads them",
                                path, provider.path("name"), file)
                        .isEqualTo(DEPLOY.resolve("grafana/dashboards").normalize());
            }
        }
        String uid = single(DEPLOY.resolve("grafana/provisioning/datasources/planwatch.yml"))
                .at("/datasources/0/uid")
                .asText();
        Path datasources = mountedSource(grafana, "/etc/grafana/provisioning/datasources");
        List<JsonNode> provisioned = new ArrayList<>();
        for (Path file : yamlFiles(datasources)) {
            single(file).path("datasources").forEach(provisioned::add);
        }
        JsonNode datasource = provisioned.stream()
                .filter(d -> d.path("uid").asText().equals(uid))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no datasource with uid " + uid + " in " + datasources));
        String host =
                datasource.path("url").asText().replaceFirst("^https?://", "").split(":")[0];
        assertThat(services.get(host))
                .as("datasource %s points at %s, a compose service", uid, datasource.path("url"))
                .isNotNull();
        assertThat(services.get(host).path("image").asText()).startsWith("prom/prometheus");
    }

    @Test
    void composeShouldPassDockerComposeOwnCheck() throws Exception {
        assumeTrue(
                onPath("docker") && exitCode(DEPLOY, Map.of(), "docker", "compose", "version") == 0,
                "the docker compose plugin is not installed");
        // made here: the repository holds no secret, not even a test's (RepositorySecretsTest)
        Map<String, String> env = Map.of(
                "PLANWATCH_INGEST_TOKEN",
                java.util.UUID.randomUUID().toString(),
                "GRAFANA_ADMIN_PASSWORD",
                java.util.UUID.randomUUID().toString());
        assertThat(exitCode(DEPLOY, env, "docker", "compose", "-f", "compose.yaml", "config", "-q"))
                .as("docker compose -f deploy/compose.yaml config -q")
                .isZero();
    }

    // ---------------------------------------------------------------- kustomize

    @Test
    void kustomizationsShouldReferenceFilesAndResourcesThatExist() {
        for (Kustomization k : kustomizations()) {
            for (String entry : k.list("resources")) {
                Path p = k.dir().resolve(entry);
                assertThat(Files.isRegularFile(p) || Files.isRegularFile(p.resolve("kustomization.yaml")))
                        .as("%s: resource %s exists", k, entry)
                        .isTrue();
            }
            Set<String> available = k.resources().stream().map(Manifest::id).collect(Collectors.toSet());
            for (JsonNode patch : k.root().path("patches")) {
                for (String target : patchTargets(k, patch)) {
                    assertThat(available)
                            .as("%s: patch %s targets %s, a resource of its base", k, patch, target)
                            .contains(target);
                }
            }
            for (JsonNode generator : k.root().path("configMapGenerator")) {
                for (Map.Entry<String, Path> file : generatorFiles(k, generator).entrySet()) {
                    assertThat(Files.isRegularFile(file.getValue()))
                            .as("%s: file %s of ConfigMap %s", k, file.getValue(), generator.path("name"))
                            .isTrue();
                }
                String behavior = generator.path("behavior").asText("create");
                if (!behavior.equals("create")) {
                    assertThat(k.bases().stream().flatMap(b -> b.allGenerators().keySet().stream()))
                            .as("%s: ConfigMap %s to %s is generated by its base", k, generator.path("name"), behavior)
                            .contains(generator.path("name").asText());
                }
            }
            for (JsonNode image : k.root().path("images")) {
                assertThat(PlanWatchImages.names().values())
                        .as("%s: images entry %s names an image the build produces", k, image.path("name"))
                        .contains(image.path("name").asText());
                assertThat(image.path("newTag").asText("latest"))
                        .as("%s: image %s is pinned", k, image.path("name"))
                        .isNotEqualTo("latest");
            }
            for (JsonNode replicas : k.root().path("replicas")) {
                assertThat(available)
                        .as("%s: replicas of %s", k, replicas.path("name"))
                        .contains("Deployment/" + replicas.path("name").asText());
            }
        }
    }

    @Test
    void productionShouldPinEveryImageToARelease() {
        Kustomization prod = kustomization(K8S.resolve("overlays/prod"));
        Map<String, String> pinned = new TreeMap<>();
        prod.root()
                .path("images")
                .forEach(i ->
                        pinned.put(i.path("name").asText(), i.path("newTag").asText()));
        assertThat(pinned.keySet())
                .as("%s pins every image", prod)
                .containsExactlyInAnyOrderElementsOf(PlanWatchImages.names().values());
        pinned.forEach((image, tag) -> assertThat(tag)
                .as("%s: tag of %s", prod, image)
                .isNotBlank()
                .doesNotContain("SNAPSHOT")
                .isNotEqualTo("latest"));
    }

    @Test
    void workloadsShouldRunTheBuiltImagesWithCommandsTheyHold() {
        List<Container> containers = base().containers();
        assertThat(containers.stream().map(Container::command))
                .as("commands of the workloads in %s", base())
                .contains("ingest", "catalogue", "streams", "consumer");
        for (Container c : containers) {
            Optional<String> deployable = PlanWatchImages.deployableOf(c.image());
            assertThat(deployable)
                    .as(
                            "%s: image %s is one the build produces %s",
                            c, c.image(), PlanWatchImages.names().values())
                    .isPresent();
            assertThat(PlanWatchImages.tag(c.image()))
                    .as("%s: the tag of %s is the project version", c, c.image())
                    .isEqualTo(projectVersion());
            assertThat(PlanWatchImages.deployableRunning(c.command()))
                    .as("%s runs `planwatch %s`, which image %s holds", c, c.command(), c.image())
                    .contains(deployable.get());
            if (deployable.get().equals("producer")) {
                List<String> args = new java.util.ArrayList<>();
                c.node().path("args").forEach(a -> args.add(a.asText()));
                assertThat(c.node().has("command")
                                || !org.planwatch.producer.ProducerApp.runs(args.toArray(String[]::new)))
                        .as("%s: the producer image runs a job given %s", c, args)
                        .isFalse();
            }
            if (PlanWatchImages.takesNoArguments(deployable.get())) {
                assertThat(c.node().has("args") || c.node().has("command"))
                        .as("%s: image %s takes its settings from the environment, no arguments", c, c.image())
                        .isFalse();
            }
        }
    }

    @Test
    void workloadsShouldReachTheClusterOverTlsAsTheirOwnKafkaUser() throws IOException {
        Kustomization base = base();
        Manifest kafka = base.single("Kafka");
        String bootstrapPort = K8S_BOOTSTRAP.split(":")[1];
        assertThat(K8S_BOOTSTRAP).startsWith(kafka.name() + "-kafka-bootstrap:");
        JsonNode listener = stream(kafka.node().at("/spec/kafka/listeners"))
                .filter(l -> l.path("port").asText().equals(bootstrapPort))
                .findFirst()
                .orElseThrow(() -> new AssertionError(kafka + " has no listener on port " + bootstrapPort));
        assertThat(listener.path("tls").asBoolean())
                .as("%s: listener %s uses TLS", kafka, listener.path("name"))
                .isTrue();
        assertThat(listener.at("/authentication/type").asText())
                .as("%s: listener %s authentication", kafka, listener.path("name"))
                .isEqualTo("scram-sha-512");
        Set<String> users = base.names("KafkaUser");
        for (Container c : base.containers()) {
            assertThat(c.setting("PLANWATCH_BOOTSTRAP"))
                    .as("%s: PLANWATCH_BOOTSTRAP", c)
                    .contains(K8S_BOOTSTRAP);
            String user = c.kafkaUser();
            assertThat(users)
                    .as("%s: KAFKA_PASSWORD from the Secret of a KafkaUser", c)
                    .contains(user);
            assertThat(c.env("KAFKA_PASSWORD").at("/valueFrom/secretKeyRef/key").asText())
                    .as("%s: KAFKA_PASSWORD key", c)
                    .isEqualTo("password");
            assertThat(c.setting("KAFKA_USERNAME")).as("%s: KAFKA_USERNAME", c).contains(user);

            String configFile = c.setting("PLANWATCH_KAFKA_CONFIG")
                    .orElseThrow(() -> new AssertionError(c + ": no PLANWATCH_KAFKA_CONFIG"));
            Path properties = c.mountedRepositoryFile(configFile);
            Properties client = new Properties();
            try (InputStream in = Files.newInputStream(properties)) {
                client.load(in);
            }
            assertThat(client.getProperty("security.protocol"))
                    .as(properties.toString())
                    .isEqualTo("SASL_SSL");
            assertThat(client.getProperty("sasl.mechanism"))
                    .as(properties.toString())
                    .isEqualTo("SCRAM-SHA-512");
            assertThat(client.getProperty("sasl.jaas.config"))
                    .as("%s reads the user and password from the environment", properties)
                    .contains("ScramLoginModule", "${env:KAFKA_USERNAME}", "${env:KAFKA_PASSWORD}");
            assertThat(client.getProperty("config.providers"))
                    .as(properties.toString())
                    .contains("env");
            assertThat(client.getProperty("config.providers.env.class"))
                    .as(properties.toString())
                    .isEqualTo("org.apache.kafka.common.config.provider.EnvVarConfigProvider");
            assertThat(client.getProperty("ssl.truststore.type"))
                    .as(properties.toString())
                    .isEqualTo("PEM");
            assertThat(c.mountedSecret(client.getProperty("ssl.truststore.location")))
                    .as(
                            "%s: ssl.truststore.location %s is the mounted cluster CA",
                            c, client.get("ssl.truststore.location"))
                    .isEqualTo(CLUSTER_CA_SECRET_NAME + "/ca.crt");
        }
        for (Kustomization k : kustomizations()) {
            for (JsonNode generator : k.root().path("configMapGenerator")) {
                String bootstrap = literals(generator).get("PLANWATCH_BOOTSTRAP");
                if (bootstrap != null) {
                    assertThat(bootstrap).as("%s: PLANWATCH_BOOTSTRAP", k).isEqualTo(K8S_BOOTSTRAP);
                }
            }
        }
    }

    @Test
    void workloadsShouldReferenceOnlyConfigMapsAndSecretsThatExist() throws IOException {
        Kustomization base = base();
        Map<String, Set<String>> configMaps = base.configMapKeys();
        Set<String> secrets = new TreeSet<>(base.names("KafkaUser"));
        secrets.addAll(base.names("Secret"));
        secrets.add(CLUSTER_CA_SECRET_NAME);
        secrets.add(EXTERNAL_SECRET_NAME);
        Set<String> externalKeys = new TreeSet<>();
        for (Container c : base.containers()) {
            for (Ref ref : c.references()) {
                if (ref.kind().equals("ConfigMap")) {
                    assertThat(configMaps).as("%s: ConfigMap %s", c, ref.name()).containsKey(ref.name());
                    if (ref.key() != null) {
                        assertThat(configMaps.get(ref.name()))
                                .as("%s: key %s of ConfigMap %s", c, ref.key(), ref.name())
                                .contains(ref.key());
                    }
                } else {
                    assertThat(secrets)
                            .as(
                                    "%s: Secret %s is a KafkaUser's, the cluster CA or %s",
                                    c, ref.name(), EXTERNAL_SECRET_NAME)
                            .contains(ref.name());
                    if (ref.name().equals(EXTERNAL_SECRET_NAME)) {
                        assertThat(ref.key())
                                .as("%s: a key of %s", c, EXTERNAL_SECRET_NAME)
                                .isNotNull();
                        externalKeys.add(ref.key());
                    }
                }
            }
        }
        String readme = Files.readString(DEPLOY.resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(readme)
                .as("deploy/README.md documents Secret %s", EXTERNAL_SECRET_NAME)
                .contains(EXTERNAL_SECRET_NAME);
        externalKeys.forEach(key -> assertThat(readme)
                .as("deploy/README.md documents key %s of %s", key, EXTERNAL_SECRET_NAME)
                .contains(key));
    }

    @Test
    void consumerRoutesShouldBeReadableWithTheEnvironmentTheConsumerGets() throws IOException {
        Container consumer = base().containerRunning("consumer");
        String routes = consumer.setting("PLANWATCH_ROUTES")
                .orElseThrow(() -> new AssertionError(consumer + ": no PLANWATCH_ROUTES"));
        Path file = consumer.mountedRepositoryFile(routes);
        // every env:NAME the file names must be set in the container; its value is not in the repo
        try {
            Routing.read(file, name -> consumer.hasEnv(name) ? "https://example.invalid/" + name : null);
        } catch (RuntimeException e) {
            throw new AssertionError(consumer + ": " + routes + " (" + file + "): " + e.getMessage(), e);
        }
    }

    @Test
    void kafkaTopicsShouldBeTheTopicRegistry() {
        Kustomization base = base();
        String cluster = base.single("Kafka").name();
        Map<String, Manifest> declared = new TreeMap<>();
        for (Manifest topic : base.manifests("KafkaTopic")) {
            declared.put(topic.node().at("/spec/topicName").asText(topic.name()), topic);
        }
        Map<String, Topic<?, ?>> registry = new TreeMap<>();
        TOPICS.all().forEach(t -> registry.put(t.name(), t));
        assertThat(declared.keySet())
                .as("KafkaTopics in %s and the topics of TopicSet.defaults()", base)
                .isEqualTo(registry.keySet());
        registry.forEach((name, topic) -> {
            Manifest m = declared.get(name);
            JsonNode spec = m.node().path("spec");
            assertThat(m.node().at("/metadata/labels/strimzi.io~1cluster").asText())
                    .as("%s: strimzi.io/cluster", m)
                    .isEqualTo(cluster);
            assertThat(spec.path("partitions").asInt()).as("%s: partitions", m).isEqualTo(topic.partitions());
            assertThat(spec.path("replicas").asInt()).as("%s: replicas", m).isEqualTo(REPLICATION_FACTOR);
            Map<String, String> config = new TreeMap<>();
            spec.path("config")
                    .properties()
                    .forEach(e -> config.put(e.getKey(), e.getValue().asText()));
            assertThat(config.get("min.insync.replicas"))
                    .as("%s: min.insync.replicas", m)
                    .isEqualTo(String.valueOf(MIN_INSYNC_REPLICAS));
            config.remove("min.insync.replicas");
            assertThat(config)
                    .as("%s: config (Topics.java declares %s)", m, topic.configs())
                    .isEqualTo(topic.configs());
        });
    }

    @Test
    void kafkaUsersShouldAllowWhatEachServiceDoesAndNoMore() {
        Kustomization base = base();
        Map<String, Set<Container>> usedBy = new TreeMap<>();
        base.containers()
                .forEach(c -> usedBy.computeIfAbsent(c.kafkaUser(), u -> new java.util.HashSet<>())
                        .add(c));
        String cluster = base.single("Kafka").name();
        for (Manifest user : base.manifests("KafkaUser")) {
            JsonNode spec = user.node().path("spec");
            assertThat(user.node().at("/metadata/labels/strimzi.io~1cluster").asText())
                    .as("%s: strimzi.io/cluster", user)
                    .isEqualTo(cluster);
            assertThat(spec.at("/authentication/type").asText())
                    .as("%s: authentication", user)
                    .isEqualTo("scram-sha-512");
            assertThat(spec.at("/authorization/type").asText())
                    .as("%s: authorization", user)
                    .isEqualTo("simple");
            Set<Container> containers = usedBy.getOrDefault(user.name(), Set.of());
            assertThat(containers).as("workloads that log in as %s", user).isNotEmpty();
            Set<String> commands = containers.stream().map(Container::command).collect(Collectors.toSet());

            Set<String> granted = new TreeSet<>();
            for (JsonNode acl : spec.at("/authorization/acls")) {
                String type = acl.at("/resource/type").asText();
                String name = acl.at("/resource/name").asText();
                String pattern = acl.at("/resource/patternType").asText("literal");
                if (type.equals("topic") && pattern.equals("literal")) {
                    assertThat(TOPICS.all().stream().map(Topic::name))
                            .as("%s: ACL on topic %s, a topic of the registry", user, name)
                            .contains(name);
                }
                operations(acl).forEach(op -> granted.add(type + ":" + pattern + ":" + name + ":" + op));
            }
            String applicationId = containers.stream()
                    .filter(c -> c.command().equals("streams"))
                    .findFirst()
                    .flatMap(c -> c.setting("PLANWATCH_APPLICATION_ID"))
                    .orElse("planwatch-streams");
            String group = containers.stream()
                    .filter(c -> c.command().equals("consumer"))
                    .findFirst()
                    .flatMap(c -> c.setting("PLANWATCH_GROUP_ID"))
                    .orElse("planwatch-consumer");
            Set<String> expected = AccessPolicy.defaults(TOPICS, applicationId, group).bindings().stream()
                    .filter(b -> b.entry().principal().equals("User:" + user.name()))
                    .map(DeployManifestsTest::strimzi)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(expected).as("%s: a principal of acls show", user).isNotEmpty();
            assertThat(granted)
                    .as("%s (%s): the ACLs of ./planwatch acls show", user, commands)
                    .isEqualTo(expected);
        }
    }

    /** An ACL as a KafkaUser spells it: type:patternType:name:Operation. */
    private static String strimzi(AclBinding acl) {
        String type = switch (acl.pattern().resourceType()) {
            case TOPIC -> "topic";
            case GROUP -> "group";
            case TRANSACTIONAL_ID -> "transactionalId";
            case CLUSTER -> "cluster";
            default -> acl.pattern().resourceType().toString();
        };
        String pattern = acl.pattern().patternType() == PatternType.PREFIXED ? "prefix" : "literal";
        String op = Arrays.stream(acl.entry().operation().name().split("_"))
                .map(w -> w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining());
        return type + ":" + pattern + ":" + acl.pattern().name() + ":" + op;
    }

    @Test
    void kafkaShouldKeepThreeReplicasAndTwoInSyncInEveryOverlay() {
        Kustomization base = base();
        Manifest kafka = base.single("Kafka");
        JsonNode config = kafka.node().at("/spec/kafka/config");
        Map.of(
                        "default.replication.factor", REPLICATION_FACTOR,
                        "offsets.topic.replication.factor", REPLICATION_FACTOR,
                        "transaction.state.log.replication.factor", REPLICATION_FACTOR,
                        "min.insync.replicas", MIN_INSYNC_REPLICAS,
                        "transaction.state.log.min.isr", MIN_INSYNC_REPLICAS)
                .forEach((key, value) -> assertThat(config.path(key).asInt())
                        .as("%s: %s", kafka, key)
                        .isEqualTo(value));
        assertThat(config.path("auto.create.topics.enable").asText())
                .as("%s: auto.create.topics.enable", kafka)
                .isEqualTo("false");
        assertThat(kafka.node()
                        .at("/metadata/annotations/strimzi.io~1node-pools")
                        .asText())
                .isEqualTo("enabled");
        assertThat(kafka.node().at("/metadata/annotations/strimzi.io~1kraft").asText())
                .isEqualTo("enabled");
        assertThat(kafka.node().at("/spec/kafka/authorization/type").asText())
                .as("%s: authorization", kafka)
                .isEqualTo("simple");
        for (Kustomization k : kustomizations()) {
            int brokers = 0;
            boolean controllers = false;
            for (Manifest pool : k.manifests("KafkaNodePool")) {
                assertThat(pool.node()
                                .at("/metadata/labels/strimzi.io~1cluster")
                                .asText())
                        .as("%s: strimzi.io/cluster", pool)
                        .isEqualTo(kafka.name());
                List<String> roles = texts(pool.node().at("/spec/roles"));
                int replicas = k.effectiveReplicas(pool);
                brokers += roles.contains("broker") ? replicas : 0;
                controllers |= roles.contains("controller") && replicas >= REPLICATION_FACTOR;
            }
            assertThat(brokers)
                    .as("%s: brokers, for replication factor %d", k, REPLICATION_FACTOR)
                    .isGreaterThanOrEqualTo(REPLICATION_FACTOR);
            assertThat(controllers)
                    .as("%s: a quorum of %d controllers", k, REPLICATION_FACTOR)
                    .isTrue();
            k.patchValues()
                    .forEach((field, values) -> values.forEach(v -> {
                        switch (field) {
                            case "min.insync.replicas", "transaction.state.log.min.isr" ->
                                assertThat(v)
                                        .as("%s patches %s", k, field)
                                        .isEqualTo(String.valueOf(MIN_INSYNC_REPLICAS));
                            case "default.replication.factor",
                                    "offsets.topic.replication.factor",
                                    "transaction.state.log.replication.factor" ->
                                assertThat(v)
                                        .as("%s patches %s", k, field)
                                        .isEqualTo(String.valueOf(REPLICATION_FACTOR));
                            default -> {}
                        }
                    }));
            for (Manifest topic : k.manifests("KafkaTopic")) {
                assertThat(k.effectiveReplicas(topic))
                        .as("%s: %s replicas", k, topic)
                        .isEqualTo(REPLICATION_FACTOR);
            }
        }
    }

    @Test
    void workloadsShouldServeAndBeProbedOnTheDocumentedPorts() {
        Kustomization base = base();
        for (Container c : base.containers()) {
            Serving serving = SERVING.get(c.command());
            if (serving == null) {
                assertThat(c.node().path("ports")).as("%s serves nothing", c).isEmpty();
                continue;
            }
            JsonNode port = c.port(serving.portName())
                    .orElseThrow(() -> new AssertionError(c + ": no container port named " + serving.portName()));
            assertThat(port.path("containerPort").asInt())
                    .as("%s: port %s", c, serving.portName())
                    .isEqualTo(serving.port());
            c.setting(serving.portVariable())
                    .ifPresent(v -> assertThat(v)
                            .as("%s: %s", c, serving.portVariable())
                            .isEqualTo(String.valueOf(serving.port())));
            checkProbe(c, "livenessProbe", serving, "/healthz");
            checkProbe(c, "readinessProbe", serving, "/readyz");
            if (serving.portName().equals("metrics")) {
                JsonNode annotations = c.owner().node().at("/spec/template/metadata/annotations");
                assertThat(annotations.path("prometheus.io/scrape").asText())
                        .as("%s: prometheus.io/scrape", c)
                        .isEqualTo("true");
                assertThat(annotations.path("prometheus.io/port").asText())
                        .as("%s: prometheus.io/port", c)
                        .isEqualTo(String.valueOf(serving.port()));
                Manifest service = base.serviceSelecting(c.owner())
                        .orElseThrow(() -> new AssertionError("no Service selects " + c.owner()));
                assertThat(base.manifests("ServiceMonitor").stream()
                                .filter(m -> selects(
                                        m.node().at("/spec/selector/matchLabels"),
                                        service.node().at("/metadata/labels")))
                                .flatMap(m -> stream(m.node().at("/spec/endpoints")))
                                .map(e -> e.path("port").asText()))
                        .as("a ServiceMonitor scrapes port %s of %s", serving.portName(), service)
                        .contains(serving.portName());
            }
        }
        for (Manifest service : base.manifests("Service")) {
            Manifest workload = base.workloads().stream()
                    .filter(w -> selects(
                            service.node().at("/spec/selector"), w.node().at("/spec/template/metadata/labels")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(service + " selects no workload"));
            for (JsonNode port : service.node().at("/spec/ports")) {
                assertThat(port.path("name").asText())
                        .as("%s: port name", service)
                        .isIn("metrics", "http");
                String target = port.path("targetPort").asText(port.path("port").asText());
                assertThat(base.containersOf(workload).stream()
                                .anyMatch(c -> c.port(target).isPresent()))
                        .as("%s: targetPort %s is a container port of %s", service, target, workload)
                        .isTrue();
            }
        }
    }

    private static void checkProbe(Container c, String kind, Serving serving, String healthPath) {
        JsonNode probe = c.node().path(kind);
        assertThat(probe.isMissingNode()).as("%s has a %s", c, kind).isFalse();
        JsonNode action = probe.has("httpGet") ? probe.path("httpGet") : probe.path("tcpSocket");
        assertThat(action.path("port").asText())
                .as("%s: %s port", c, kind)
                .isIn(serving.portName(), String.valueOf(serving.port()));
        if (serving.healthEndpoints()) {
            assertThat(probe.at("/httpGet/path").asText())
                    .as("%s: %s path", c, kind)
                    .isEqualTo(healthPath);
        }
    }

    @Test
    void workloadsShouldRunAsTheImagesNonRootUserOnReadOnlyFilesystems() {
        Kustomization base = base();
        for (Container c : base.containers()) {
            JsonNode pod = c.pod().path("securityContext");
            assertThat(pod.path("runAsNonRoot").asBoolean())
                    .as("%s: runAsNonRoot", c)
                    .isTrue();
            assertThat(pod.path("runAsUser").asLong()).as("%s: runAsUser", c).isEqualTo(NON_ROOT_USER);
            JsonNode own = c.node().path("securityContext");
            assertThat(own.path("readOnlyRootFilesystem").asBoolean())
                    .as("%s: readOnlyRootFilesystem", c)
                    .isTrue();
            assertThat(own.path("allowPrivilegeEscalation").asBoolean(true))
                    .as("%s: allowPrivilegeEscalation", c)
                    .isFalse();
            assertThat(c.volumeAt("/tmp").map(v -> v.has("emptyDir")))
                    .as("%s: /tmp is a writable emptyDir", c)
                    .contains(true);
            c.setting("PLANWATCH_STATE_DIR")
                    .ifPresent(dir -> assertThat(c.volumeAt(dir).isPresent())
                            .as("%s: the state dir %s is a volume", c, dir)
                            .isTrue());
            assertThat(c.node().at("/resources/requests/memory").asText())
                    .as("%s: memory request", c)
                    .isNotBlank();
            assertThat(c.node().at("/resources/limits/memory").asText())
                    .as("%s: memory limit", c)
                    .isNotBlank();
        }
    }

    @Test
    void streamsShouldHaveNoMoreThreadsThanTasksAndFewerStandbysThanInstances() {
        Manifest streams = base().containerRunning("streams").owner();
        int partitions = TOPICS.readings().partitions();
        for (Kustomization k : kustomizations()) {
            int replicas = k.effectiveReplicas(streams);
            int threads = Integer.parseInt(
                    k.effectiveEnv(streams, "PLANWATCH_THREADS").orElse("1"));
            int standbys = Integer.parseInt(
                    k.effectiveEnv(streams, "PLANWATCH_STANDBY_REPLICAS").orElse("0"));
            assertThat(replicas * threads)
                    .as("%s: %s replicas x %s threads, for %s partitions", k, replicas, threads, partitions)
                    .isBetween(1, partitions);
            assertThat(standbys)
                    .as("%s: standby replicas for %d instances", k, replicas)
                    .isLessThan(replicas);
        }
    }

    @Test
    void podDisruptionBudgetsShouldSelectAWorkloadAndLeaveItDrainable() {
        for (Kustomization k : kustomizations()) {
            for (Manifest pdb : k.manifests("PodDisruptionBudget")) {
                Manifest workload = k.workloads().stream()
                        .filter(w -> w.kind().equals("Deployment"))
                        .filter(w -> selects(
                                pdb.node().at("/spec/selector/matchLabels"),
                                w.node().at("/spec/template/metadata/labels")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(k + ": " + pdb + " selects no Deployment"));
                int replicas = k.effectiveReplicas(workload);
                JsonNode spec = pdb.node().path("spec");
                if (spec.has("minAvailable")) {
                    assertThat(spec.path("minAvailable").asInt())
                            .as("%s: %s minAvailable for %d replicas of %s", k, pdb, replicas, workload)
                            .isLessThan(replicas);
                } else {
                    assertThat(spec.path("maxUnavailable").asInt())
                            .as("%s: %s maxUnavailable", k, pdb)
                            .isPositive();
                }
            }
        }
    }

    @Test
    void kustomizeShouldBuildTheBaseAndEveryOverlay() throws Exception {
        assumeTrue(onPath("kubectl"), "kubectl is not installed");
        for (Kustomization k : kustomizations()) {
            String out = run(
                    REPO,
                    "kubectl",
                    "kustomize",
                    k.dir().toAbsolutePath().normalize().toString());
            assertThat(out).as("kubectl kustomize %s", k).contains("kind: Deployment", "kind: KafkaTopic");
        }
    }

    // ---------------------------------------------------------------- compose helpers

    private record Mount(String source, String target, boolean bind) {}

    private static JsonNode compose() {
        return single(COMPOSE);
    }

    private static Map<String, JsonNode> composeServices() {
        Map<String, JsonNode> services = new LinkedHashMap<>();
        compose().path("services").properties().forEach(e -> services.put(e.getKey(), e.getValue()));
        return services;
    }

    /** Services that run PlanWatch: an image of the build, or any PLANWATCH_ setting. */
    private static Map<String, JsonNode> planWatchServices() {
        Map<String, JsonNode> services = new LinkedHashMap<>();
        composeServices().forEach((name, service) -> {
            boolean configured = env(service).keySet().stream().anyMatch(k -> k.startsWith("PLANWATCH_"));
            if (configured || service.path("image").asText().contains("planwatch")) {
                services.put(name, service);
            }
        });
        return services;
    }

    private static Map<String, JsonNode> kafkaServices() {
        Map<String, JsonNode> services = new LinkedHashMap<>();
        composeServices().forEach((name, service) -> {
            if (PlanWatchImages.withoutTag(service.path("image").asText()).equals("apache/kafka")) {
                services.put(name, service);
            }
        });
        return services;
    }

    private static JsonNode serviceWithImage(String image) {
        return composeServices().values().stream()
                .filter(s -> s.path("image").asText().startsWith(image + ":"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no service runs " + image + " in " + COMPOSE));
    }

    /** environment, as a map or a list of NAME=VALUE. */
    private static Map<String, String> env(JsonNode service) {
        Map<String, String> env = new TreeMap<>();
        JsonNode node = service.path("environment");
        if (node.isArray()) {
            node.forEach(e -> {
                String[] kv = e.asText().split("=", 2);
                env.put(kv[0], kv.length > 1 ? kv[1] : "");
            });
        } else {
            node.properties().forEach(e -> env.put(e.getKey(), e.getValue().asText()));
        }
        return env;
    }

    /** The planwatch subcommand a service runs: its command, else its image's default. */
    private static String composeCommand(JsonNode service) {
        JsonNode command = service.path("command");
        if (command.isArray() && !command.isEmpty()) {
            return command.get(0).asText();
        }
        if (command.isTextual()) {
            return command.asText().strip().split("\\s+")[0];
        }
        return PlanWatchImages.deployableOf(service.path("image").asText())
                .map(PlanWatchImages::defaultCommand)
                .orElse("");
    }

    private static Set<Integer> composePorts(JsonNode service) {
        Set<Integer> ports = new TreeSet<>();
        for (JsonNode port : service.path("ports")) {
            String spec = port.isObject() ? port.path("target").asText() : port.asText();
            String[] parts = spec.replaceFirst("/(tcp|udp)$", "").split(":");
            ports.add(Integer.parseInt(parts[parts.length - 1]));
        }
        return ports;
    }

    private static List<Mount> composeMounts(JsonNode service) {
        List<Mount> mounts = new ArrayList<>();
        for (JsonNode volume : service.path("volumes")) {
            if (volume.isObject()) {
                mounts.add(new Mount(
                        volume.path("source").asText(),
                        volume.path("target").asText(),
                        volume.path("type").asText().equals("bind")));
            } else {
                String[] parts = volume.asText().split(":");
                boolean bind = parts[0].startsWith(".") || parts[0].startsWith("/");
                mounts.add(new Mount(parts[0], parts[1], bind));
            }
        }
        return mounts;
    }

    /** The repository file a service sees at a path: the bind mount holding it, and the rest of the path. */
    private static Path mountedSource(JsonNode service, String path) {
        for (Mount mount : composeMounts(service)) {
            if (mount.bind() && (path.equals(mount.target()) || path.startsWith(mount.target() + "/"))) {
                return DEPLOY.resolve(mount.source())
                        .resolve(path.substring(mount.target().length()).replaceFirst("^/", ""));
            }
        }
        throw new AssertionError("nothing of the repository is mounted at " + path + " in " + service);
    }

    /** The address a broker advertises for a listener name. */
    private static String advertised(JsonNode broker, String listener) {
        return Stream.of(env(broker).get("KAFKA_ADVERTISED_LISTENERS").split(","))
                .filter(l -> l.startsWith(listener + "://"))
                .map(l -> l.substring(listener.length() + 3))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no advertised listener " + listener + " in " + broker));
    }

    private static String listenerPort(Map<String, String> env, String listener) {
        return Stream.of(env.get("KAFKA_LISTENERS").split(","))
                .filter(l -> l.startsWith(listener + "://"))
                .map(l -> l.substring(l.lastIndexOf(':') + 1))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no listener " + listener + " in " + env.get("KAFKA_LISTENERS")));
    }

    private static Map<String, JsonNode> jobs(JsonNode prometheus) {
        Map<String, JsonNode> jobs = new TreeMap<>();
        prometheus
                .path("scrape_configs")
                .forEach(j -> jobs.put(j.path("job_name").asText(), j));
        return jobs;
    }

    // ---------------------------------------------------------------- files and tools

    private static String projectVersion() {
        return pom("/project/version");
    }

    private static String kafkaVersion() {
        return pom("/project/properties/kafka.version");
    }

    private static String pom(String xpath) {
        try {
            var document = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(REPO.resolve("pom.xml").toFile());
            String value = XPathFactory.newInstance()
                    .newXPath()
                    .evaluate(xpath, document)
                    .strip();
            assertThat(value).as("%s in pom.xml", xpath).isNotBlank();
            return value;
        } catch (Exception e) {
            throw new AssertionError("cannot read " + xpath + " from pom.xml", e);
        }
    }

    private static int exitCode(Path workDir, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process p = builder.start();
        p.getInputStream().transferTo(System.out);
        assertThat(p.waitFor(60, TimeUnit.SECONDS))
                .as(String.join(" ", command))
                .isTrue();
        return p.exitValue();
    }
}
