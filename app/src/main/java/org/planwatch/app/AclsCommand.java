package org.planwatch.app;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.QuorumInfo;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.planwatch.runtime.AccessPolicy;
import org.planwatch.runtime.KafkaClientProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "acls",
        mixinStandardHelpOptions = true,
        description = "Least-privilege ACLs for a secured cluster: each deployable's principal may read and write"
                + " only what its data flow needs.",
        subcommands = {AclsCommand.Show.class, AclsCommand.Apply.class})
public final class AclsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The principals and ids the ACLs are for. */
    static final class Principals {
        /** Each deployable's principal unless --principal names another. */
        private static final Map<String, String> DEFAULTS = Map.of(
                "producer", "User:" + AccessPolicy.PRODUCER_USER,
                "catalogue", "User:" + AccessPolicy.CATALOGUE_USER,
                "streams", "User:" + AccessPolicy.STREAMS_USER,
                "consumer", "User:" + AccessPolicy.CONSUMER_USER);

        @Option(
                names = "--principal",
                paramLabel = "ROLE=PRINCIPAL",
                split = ",",
                description = "The principal of a deployable whose ACLs are made, for each ROLE to change: producer"
                        + " (ingest and publish), catalogue (catalogue publish), streams, consumer; repeat it or"
                        + " separate with commas (env PLANWATCH_PRINCIPAL; by default each is User:planwatch-ROLE).")
        Map<String, String> principals = new LinkedHashMap<>();

        @Spec(Spec.Target.MIXEE)
        CommandSpec mixee;

        /** The principal of {@code role}: as given, else its default. */
        private String of(String role) {
            return principals.getOrDefault(role, DEFAULTS.get(role));
        }

        @Option(
                names = "--application-id",
                paramLabel = "ID",
                defaultValue = org.planwatch.streams.StreamsProperties.DEFAULT_APPLICATION_ID,
                description = "The streams job's application id: its group, internal topics and transactional ids"
                        + " start with it (env PLANWATCH_APPLICATION_ID; default ${DEFAULT-VALUE}).")
        String applicationId;

        @Option(
                names = "--group-id",
                paramLabel = "GROUP",
                defaultValue = org.planwatch.consumer.AlertConsumer.DEFAULT_GROUP_ID,
                description = "The consumer's group (env PLANWATCH_GROUP_ID; default ${DEFAULT-VALUE}).")
        String groupId;

        AccessPolicy policy(KafkaOptions kafka) {
            List<String> unknown = principals.keySet().stream()
                    .filter(role -> !DEFAULTS.containsKey(role))
                    .toList();
            if (!unknown.isEmpty()) {
                // a mistyped option value: the command line's exit status, as picocli gives its own
                throw new picocli.CommandLine.ParameterException(
                        mixee.commandLine(),
                        "--principal: no role " + String.join(", ", unknown)
                                + "; the roles are producer, catalogue, streams and consumer");
            }
            return new AccessPolicy(
                    kafka.topics(),
                    of("producer"),
                    of("catalogue"),
                    of("streams"),
                    kafka.ownId(applicationId, org.planwatch.streams.StreamsProperties.DEFAULT_APPLICATION_ID),
                    of("consumer"),
                    kafka.ownId(groupId, org.planwatch.consumer.AlertConsumer.DEFAULT_GROUP_ID));
        }
    }

    static void print(List<AclBinding> acls, PrintWriter out) {
        out.println("principal\tresource\tpattern\tname\toperation");
        for (AclBinding acl : acls) {
            out.printf(
                    "%s\t%s\t%s\t%s\t%s%n",
                    acl.entry().principal(),
                    acl.pattern().resourceType(),
                    acl.pattern().patternType(),
                    acl.pattern().name(),
                    acl.entry().operation());
        }
    }

    /** What both subcommands are given: the cluster and topics, and whose ACLs they are. */
    abstract static class Subcommand implements Callable<Integer> {
        @Mixin
        KafkaOptions kafka;

        @Mixin
        Principals principals;

        @Spec
        CommandSpec spec;
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Print the ACLs, one per line (principal, resource, pattern, name, operation); no cluster"
                    + " needed.")
    static final class Show extends Subcommand {
        @Override
        public Integer call() {
            print(principals.policy(kafka).bindings(), spec.commandLine().getOut());
            return 0;
        }
    }

    @Command(
            name = "apply",
            mixinStandardHelpOptions = true,
            description = "As an admin (--kafka-config with a super user's credentials): create the topics where"
                    + " missing, so that no service needs Create, then create the ACLs. Creating an ACL that exists"
                    + " changes nothing, so it can be run again.")
    static final class Apply extends Subcommand {
        @Override
        public Integer call() throws Exception {
            String bootstrap = kafka.requireBootstrap();
            kafka.createTopics();
            List<AclBinding> acls = principals.policy(kafka).bindings();
            apply(bootstrap, kafka.clientProperties(), acls, kafka.timeout);
            print(acls, spec.commandLine().getOut());
            spec.commandLine().getErr().printf("planwatch: %d ACLs in effect on %s%n", acls.size(), bootstrap);
            return 0;
        }
    }

    /** Creates {@code acls} as the admin {@code file} names, and waits until the broker applies them. */
    public static void apply(String bootstrap, KafkaClientProperties file, List<AclBinding> acls, Duration timeout)
            throws InterruptedException, TimeoutException {
        try (Admin admin = KafkaOptions.admin(bootstrap, file, timeout)) {
            admin.createAcls(acls).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            awaitInEffect(admin, acls, timeout);
            awaitEveryNodeCaughtUp(admin, timeout);
        } catch (ExecutionException e) {
            throw new UsageProblem("cannot create ACLs on " + bootstrap + ": "
                    + e.getCause().getMessage() + " (is --kafka-config a super user's?)");
        }
    }

    /**
     * Until the broker answers with every ACL: they reach its authorizer through the metadata
     * log a moment after the controller took them, and a service started at once would be refused.
     */
    private static void awaitInEffect(Admin admin, List<AclBinding> acls, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!admin.describeAcls(AclBindingFilter.ANY)
                .values()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .containsAll(acls)) {
            if (System.nanoTime() > deadline) {
                throw new UsageProblem("the ACLs were created but the broker did not apply them within " + timeout);
            }
            Thread.sleep(100);
        }
    }

    /**
     * Until every node of the cluster has read the metadata log up to the ACLs: the answer above
     * came from one broker, and a client sent to another that lags is refused (seen on a three-node
     * cluster right after start). An admin allowed to alter ACLs but not to describe the cluster
     * cannot see the quorum; it gets the one-broker guarantee.
     */
    private static void awaitEveryNodeCaughtUp(Admin admin, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        QuorumInfo quorum;
        try {
            quorum = admin.describeMetadataQuorum().quorumInfo().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ClusterAuthorizationException) {
                return;
            }
            throw e;
        }
        long applied = quorum.highWatermark();
        long deadline = System.nanoTime() + timeout.toNanos();
        // a node's fetch offset says it holds the records; the answer to its next fetch tells it they are
        // committed, and only then does its authorizer take them (a CI run met the gap): wait for that fetch
        java.util.Map<Integer, Long> fetchedWhenCaughtUp = new java.util.HashMap<>();
        while (true) {
            for (QuorumInfo.ReplicaState r : replicas(quorum)) {
                if (r.logEndOffset() >= applied) {
                    fetchedWhenCaughtUp.putIfAbsent(
                            r.replicaId(), r.lastFetchTimestamp().orElse(Long.MIN_VALUE));
                }
            }
            int leader = quorum.leaderId();
            List<Integer> waiting = replicas(quorum).stream()
                    .filter(r -> r.logEndOffset() < applied
                            || (r.replicaId() != leader // the leader commits; it fetches from no one
                                    && r.lastFetchTimestamp().isPresent()
                                    && r.lastFetchTimestamp().getAsLong() <= fetchedWhenCaughtUp.get(r.replicaId())))
                    .map(QuorumInfo.ReplicaState::replicaId)
                    .sorted()
                    .toList();
            if (waiting.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new UsageProblem(
                        "the ACLs were created but nodes " + waiting + " did not read them within " + timeout);
            }
            Thread.sleep(100);
            quorum = admin.describeMetadataQuorum().quorumInfo().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private static List<QuorumInfo.ReplicaState> replicas(QuorumInfo quorum) {
        return java.util.stream.Stream.concat(quorum.voters().stream(), quorum.observers().stream())
                .toList();
    }
}
