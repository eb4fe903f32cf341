package org.planwatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Kustomize tree of {@code deploy/k8s} as {@link DeployManifestsTest} reads it: kustomizations
 * with their resources, generators and patches, and the containers of their workloads with the
 * settings, mounts and references each one gets. Just enough of Kustomize's rules to check
 * references, not a renderer: {@code kubectl kustomize} is the one.
 */
final class Manifests {
    static final Path DEPLOY = Path.of("..", "deploy");
    static final Path K8S = DEPLOY.resolve("k8s");
    private static final YAMLMapper YAML = new YAMLMapper();

    private Manifests() {}

    /** One document of a manifest file. */
    record Manifest(Path file, JsonNode node) {
        String kind() {
            return node.path("kind").asText();
        }

        String name() {
            return node.at("/metadata/name").asText();
        }

        String id() {
            return kind() + "/" + name();
        }

        @Override
        public String toString() {
            return DEPLOY.relativize(file) + " " + id();
        }
    }

    /** A ConfigMap or Secret a pod takes something from (key null for a whole one). */
    record Ref(String kind, String name, String key) {}

    record Kustomization(Path dir, JsonNode root) {
        List<String> list(String field) {
            return texts(root.path(field));
        }

        /** Its bases: the resources that are directories. */
        List<Kustomization> bases() {
            return list("resources").stream()
                    .map(dir::resolve)
                    .filter(Files::isDirectory)
                    .map(Manifests::kustomization)
                    .toList();
        }

        /** Every resource it includes, its bases' too, before patches. */
        List<Manifest> resources() {
            List<Manifest> all = new ArrayList<>();
            for (String entry : list("resources")) {
                Path p = dir.resolve(entry);
                if (Files.isDirectory(p)) {
                    all.addAll(kustomization(p).resources());
                } else {
                    documents(p).forEach(d -> all.add(new Manifest(p, d)));
                }
            }
            return all;
        }

        List<Manifest> manifests(String kind) {
            return resources().stream().filter(m -> m.kind().equals(kind)).toList();
        }

        Manifest single(String kind) {
            List<Manifest> found = manifests(kind);
            assertThat(found).as("%s: %s resources", this, kind).hasSize(1);
            return found.get(0);
        }

        Set<String> names(String kind) {
            return manifests(kind).stream().map(Manifest::name).collect(Collectors.toCollection(TreeSet::new));
        }

        List<Manifest> workloads() {
            return resources().stream()
                    .filter(m -> Set.of("Deployment", "StatefulSet", "Job").contains(m.kind()))
                    .toList();
        }

        List<Container> containersOf(Manifest workload) {
            JsonNode pod = workload.node().at("/spec/template/spec");
            return stream(pod.path("containers"))
                    .map(c -> new Container(this, workload, pod, c))
                    .toList();
        }

        List<Container> containers() {
            return workloads().stream().flatMap(w -> containersOf(w).stream()).toList();
        }

        Container containerRunning(String command) {
            return containers().stream()
                    .filter(c -> c.command().equals(command))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(this + ": no container runs `planwatch " + command + "`"));
        }

        Optional<Manifest> serviceSelecting(Manifest workload) {
            return manifests("Service").stream()
                    .filter(s -> selects(
                            s.node().at("/spec/selector"), workload.node().at("/spec/template/metadata/labels")))
                    .findFirst();
        }

        /** configMapGenerator entries by name, its bases' first. */
        Map<String, JsonNode> allGenerators() {
            Map<String, JsonNode> all = new TreeMap<>();
            bases().forEach(b -> all.putAll(b.allGenerators()));
            root.path("configMapGenerator")
                    .forEach(g -> all.putIfAbsent(g.path("name").asText(), g));
            return all;
        }

        /** The keys of every ConfigMap it defines, generated or written. */
        Map<String, Set<String>> configMapKeys() {
            Map<String, Set<String>> keys = new TreeMap<>();
            allGenerators().forEach((name, g) -> {
                Set<String> k = new TreeSet<>(literals(g).keySet());
                k.addAll(generatorFiles(this, g).keySet());
                keys.put(name, k);
            });
            for (Manifest m : manifests("ConfigMap")) {
                Set<String> k = new TreeSet<>();
                m.node().path("data").fieldNames().forEachRemaining(k::add);
                keys.put(m.name(), k);
            }
            return keys;
        }

        /** The repository file behind key {@code key} of a generated ConfigMap. */
        Optional<Path> generatedFile(String configMap, String key) {
            for (Kustomization k : withBases()) {
                for (JsonNode g : k.root().path("configMapGenerator")) {
                    if (g.path("name").asText().equals(configMap)) {
                        Path file = generatorFiles(k, g).get(key);
                        if (file != null) {
                            return Optional.of(file);
                        }
                    }
                }
            }
            return Optional.empty();
        }

        List<Kustomization> withBases() {
            List<Kustomization> all = new ArrayList<>();
            all.add(this);
            bases().forEach(b -> all.addAll(b.withBases()));
            return all;
        }

        /** The documents of its own patches (strategic merge) and bases' patches, with their targets. */
        List<Map.Entry<String, JsonNode>> patchDocuments() {
            List<Map.Entry<String, JsonNode>> docs = new ArrayList<>();
            bases().forEach(b -> docs.addAll(b.patchDocuments()));
            for (JsonNode patch : root.path("patches")) {
                List<String> targets = patchTargets(this, patch);
                for (JsonNode doc : patchBody(this, patch)) {
                    targets.forEach(t -> docs.add(Map.entry(t, doc)));
                }
            }
            return docs;
        }

        /** spec.replicas of a resource once its patches and replicas entries are applied. */
        int effectiveReplicas(Manifest resource) {
            int replicas = resource.node().at("/spec/replicas").asInt(1);
            for (Map.Entry<String, JsonNode> patch : patchDocuments()) {
                if (!patch.getKey().equals(resource.id())) {
                    continue;
                }
                JsonNode doc = patch.getValue();
                if (doc.isArray()) {
                    for (JsonNode op : doc) {
                        if (op.path("path").asText().equals("/spec/replicas")) {
                            replicas = op.path("value").asInt();
                        }
                    }
                } else if (doc.at("/spec/replicas").isNumber()) {
                    replicas = doc.at("/spec/replicas").asInt();
                }
            }
            List<Kustomization> outermostLast = new ArrayList<>(withBases());
            Collections.reverse(outermostLast);
            for (Kustomization k : outermostLast) {
                for (JsonNode entry : k.root().path("replicas")) {
                    if (entry.path("name").asText().equals(resource.name())) {
                        replicas = entry.path("count").asInt();
                    }
                }
            }
            return replicas;
        }

        /** An env value of a Deployment's containers once its patches are applied. */
        Optional<String> effectiveEnv(Manifest workload, String name) {
            Optional<String> value = containersOf(workload).stream()
                    .map(c -> c.env(name).path("value"))
                    .filter(JsonNode::isValueNode)
                    .map(JsonNode::asText)
                    .findFirst();
            for (Map.Entry<String, JsonNode> patch : patchDocuments()) {
                if (patch.getKey().equals(workload.id())) {
                    for (JsonNode c : patch.getValue().at("/spec/template/spec/containers")) {
                        for (JsonNode e : c.path("env")) {
                            if (e.path("name").asText().equals(name)) {
                                value = Optional.of(e.path("value").asText());
                            }
                        }
                    }
                }
            }
            return value;
        }

        /** Every value its patches give each field name (for replication settings). */
        Map<String, List<String>> patchValues() {
            Map<String, List<String>> values = new TreeMap<>();
            for (Map.Entry<String, JsonNode> patch : patchDocuments()) {
                collect(patch.getValue(), values);
            }
            return values;
        }

        @Override
        public String toString() {
            return DEPLOY.relativize(dir.resolve("kustomization.yaml")).toString();
        }
    }

    /** A container of a workload, read in the kustomization that holds it. */
    record Container(Kustomization k, Manifest owner, JsonNode pod, JsonNode node) {
        String image() {
            return node.path("image").asText();
        }

        /** The planwatch subcommand: the first argument, else the image's default. */
        String command() {
            List<String> args = texts(node.path("args"));
            if (!args.isEmpty()) {
                return args.get(0);
            }
            return PlanWatchImages.deployableOf(image())
                    .map(PlanWatchImages::defaultCommand)
                    .orElse("");
        }

        JsonNode env(String name) {
            return stream(node.path("env"))
                    .filter(e -> e.path("name").asText().equals(name))
                    .findFirst()
                    .orElse(MissingNode.getInstance());
        }

        boolean hasEnv(String name) {
            return !env(name).isMissingNode();
        }

        /** A variable's value: its own env entry, else a ConfigMap of envFrom generated with it. */
        Optional<String> setting(String name) {
            JsonNode own = env(name);
            if (own.has("value")) {
                return Optional.of(own.path("value").asText());
            }
            for (JsonNode from : node.path("envFrom")) {
                JsonNode generator =
                        k.allGenerators().get(from.at("/configMapRef/name").asText());
                if (generator != null && literals(generator).containsKey(name)) {
                    return Optional.of(literals(generator).get(name));
                }
            }
            return Optional.empty();
        }

        String kafkaUser() {
            return env("KAFKA_PASSWORD").at("/valueFrom/secretKeyRef/name").asText();
        }

        Optional<JsonNode> port(String nameOrNumber) {
            return stream(node.path("ports"))
                    .filter(p -> p.path("name").asText().equals(nameOrNumber)
                            || p.path("containerPort").asText().equals(nameOrNumber))
                    .findFirst();
        }

        /** The pod volume mounted at the path, or at a folder holding it, and the rest of the path. */
        Optional<Map.Entry<JsonNode, String>> mountOf(String path) {
            for (JsonNode mount : node.path("volumeMounts")) {
                String at = mount.path("mountPath").asText();
                if (path.equals(at) || path.startsWith(at + "/")) {
                    JsonNode volume = stream(pod.path("volumes"))
                            .filter(v -> v.path("name")
                                    .asText()
                                    .equals(mount.path("name").asText()))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError(this + ": no volume " + mount.path("name")));
                    return Optional.of(
                            Map.entry(volume, path.substring(at.length()).replaceFirst("^/", "")));
                }
            }
            return Optional.empty();
        }

        Optional<JsonNode> volumeAt(String path) {
            return mountOf(path).map(Map.Entry::getKey);
        }

        /** The repository file a generated ConfigMap puts at this path in the container. */
        Path mountedRepositoryFile(String path) {
            Map.Entry<JsonNode, String> mount =
                    mountOf(path).orElseThrow(() -> new AssertionError(this + ": nothing mounted at " + path));
            String configMap = mount.getKey().at("/configMap/name").asText();
            String key = itemKey(mount.getKey().path("configMap"), mount.getValue());
            return k.generatedFile(configMap, key)
                    .orElseThrow(() -> new AssertionError(
                            this + ": " + path + " is not key " + key + " of a ConfigMap generated from a file"));
        }

        /** "secret/key" of the Secret mounted at this path. */
        String mountedSecret(String path) {
            Map.Entry<JsonNode, String> mount =
                    mountOf(path).orElseThrow(() -> new AssertionError(this + ": nothing mounted at " + path));
            JsonNode secret = mount.getKey().path("secret");
            return secret.path("secretName").asText() + "/" + itemKey(secret, mount.getValue());
        }

        List<Ref> references() {
            List<Ref> refs = new ArrayList<>();
            for (JsonNode from : node.path("envFrom")) {
                if (from.has("configMapRef")) {
                    refs.add(new Ref("ConfigMap", from.at("/configMapRef/name").asText(), null));
                }
                if (from.has("secretRef")) {
                    refs.add(new Ref("Secret", from.at("/secretRef/name").asText(), null));
                }
            }
            for (JsonNode e : node.path("env")) {
                JsonNode cm = e.at("/valueFrom/configMapKeyRef");
                if (!cm.isMissingNode()) {
                    refs.add(new Ref(
                            "ConfigMap",
                            cm.path("name").asText(),
                            cm.path("key").asText()));
                }
                JsonNode s = e.at("/valueFrom/secretKeyRef");
                if (!s.isMissingNode()) {
                    refs.add(new Ref(
                            "Secret", s.path("name").asText(), s.path("key").asText()));
                }
            }
            for (JsonNode v : pod.path("volumes")) {
                if (v.has("configMap")) {
                    refs.add(new Ref("ConfigMap", v.at("/configMap/name").asText(), null));
                    v.at("/configMap/items")
                            .forEach(i -> refs.add(new Ref(
                                    "ConfigMap",
                                    v.at("/configMap/name").asText(),
                                    i.path("key").asText())));
                }
                if (v.has("secret")) {
                    refs.add(new Ref("Secret", v.at("/secret/secretName").asText(), null));
                }
            }
            return refs;
        }

        @Override
        public String toString() {
            return owner + " container " + node.path("name").asText();
        }
    }

    /** The key behind a file of a configMap or secret volume: an item's key, else the file's name. */
    static String itemKey(JsonNode source, String file) {
        return stream(source.path("items"))
                .filter(i -> i.path("path").asText().equals(file))
                .map(i -> i.path("key").asText())
                .findFirst()
                .orElse(file);
    }

    static Kustomization base() {
        return kustomization(K8S.resolve("base"));
    }

    static Kustomization kustomization(Path dir) {
        return new Kustomization(dir, single(dir.resolve("kustomization.yaml")));
    }

    static List<Kustomization> kustomizations() {
        try (Stream<Path> files = Files.walk(K8S)) {
            List<Kustomization> all = files.filter(
                            f -> f.getFileName().toString().equals("kustomization.yaml"))
                    .sorted()
                    .map(f -> kustomization(f.getParent()))
                    .toList();
            assertThat(all).as("kustomizations under %s", K8S).hasSizeGreaterThanOrEqualTo(3);
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** kind/name of what a patch entry changes: its target, else the documents of its body. */
    static List<String> patchTargets(Kustomization k, JsonNode patch) {
        if (patch.has("target")) {
            return List.of(patch.at("/target/kind").asText() + "/"
                    + patch.at("/target/name").asText());
        }
        return patchBody(k, patch).stream()
                .map(d -> d.path("kind").asText() + "/" + d.at("/metadata/name").asText())
                .toList();
    }

    static List<JsonNode> patchBody(Kustomization k, JsonNode patch) {
        if (patch.has("path")) {
            Path file = k.dir().resolve(patch.path("path").asText());
            assertThat(Files.isRegularFile(file))
                    .as("%s: patch file %s", k, file)
                    .isTrue();
            return documents(file);
        }
        try (JsonParser parser =
                YAML.getFactory().createParser(patch.path("patch").asText())) {
            return documents(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of a configMapGenerator entry, by key ({@code key=path} or {@code path}). */
    static Map<String, Path> generatorFiles(Kustomization k, JsonNode generator) {
        Map<String, Path> files = new TreeMap<>();
        for (String entry : texts(generator.path("files"))) {
            String[] kv = entry.split("=", 2);
            Path path = k.dir().resolve(kv.length == 2 ? kv[1] : kv[0]);
            files.put(kv.length == 2 ? kv[0] : path.getFileName().toString(), path);
        }
        return files;
    }

    static Map<String, String> literals(JsonNode generator) {
        Map<String, String> literals = new TreeMap<>();
        for (String entry : texts(generator.path("literals"))) {
            String[] kv = entry.split("=", 2);
            literals.put(kv[0], kv.length == 2 ? kv[1] : "");
        }
        return literals;
    }

    static Set<String> operations(JsonNode acl) {
        Set<String> ops = new TreeSet<>(texts(acl.path("operations")));
        if (acl.has("operation")) {
            ops.add(acl.path("operation").asText());
        }
        return ops;
    }

    /** Whether every label of the selector is on the labels. */
    static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector.isMissingNode() || selector.isEmpty()) {
            return false;
        }
        return selector.properties().stream()
                .allMatch(e ->
                        labels.path(e.getKey()).asText().equals(e.getValue().asText()));
    }

    static void collect(JsonNode node, Map<String, List<String>> values) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getValue().isValueNode()) {
                    values.computeIfAbsent(e.getKey(), x -> new ArrayList<>())
                            .add(e.getValue().asText());
                }
                collect(e.getValue(), values);
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, values));
        }
    }

    /** Every document of a YAML stream; a document that is a list (a JSON patch) stays one. */
    static List<JsonNode> documents(Path file) {
        try (JsonParser parser = YAML.getFactory().createParser(file.toFile())) {
            return documents(parser);
        } catch (IOException e) {
            throw new AssertionError("cannot parse " + file + ": " + e.getMessage(), e);
        }
    }

    static List<JsonNode> documents(JsonParser parser) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        while (parser.nextToken() != null) {
            JsonNode doc = YAML.readTree(parser);
            if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                docs.add(doc);
            }
        }
        return docs;
    }

    static JsonNode single(Path file) {
        List<JsonNode> docs = documents(file);
        assertThat(docs).as("documents in %s", file).hasSize(1);
        return docs.get(0);
    }

    static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(
                            f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        }
    }

    static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
    }

    static List<String> texts(JsonNode array) {
        return stream(array).map(JsonNode::asText).toList();
    }
}
