package org.planwatch.broker;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A secured broker's material, made for one run: a throwaway CA, the nodes' key store (for
 * {@code 127.0.0.1} only, so that hostname verification has something to verify), the trust
 * store clients get, and SCRAM-SHA-512 users with random passwords. Clients connect over
 * {@code SASL_SSL}; the controllers speak TLS with client certificates; the {@code
 * StandardAuthorizer} denies what no ACL allows. Passwords stay in memory and in the nodes'
 * own configuration: nothing here logs them.
 */
public final class BrokerSecurity {
    public static final String MECHANISM = "SCRAM-SHA-512";
    /** The node's own certificate's principal: controllers and brokers among themselves. */
    static final String NODE_PRINCIPAL = "User:CN=planwatch-node";
    /** The user brokers replicate as. */
    static final String BROKER_USER = "planwatch-broker";
    /** The user that may do anything: creating topics and ACLs ({@code ./planwatch acls apply}). */
    public static final String ADMIN_USER = "planwatch-admin";

    /** Passwords of the stores and users, owner-only, beside the stores: a cluster's nodes restart with them. */
    static final String SECRETS = "secrets.properties";

    private final Path truststore;
    private final Path keystore;
    private final String storePassword;
    private final Map<String, String> passwords;

    private BrokerSecurity(Path truststore, Path keystore, String storePassword, Map<String, String> passwords) {
        this.truststore = truststore;
        this.keystore = keystore;
        this.storePassword = storePassword;
        this.passwords = passwords;
    }

    /**
     * Makes the CA, the stores in {@code dir}, and a password for the admin, the brokers and each
     * of {@code users}.
     */
    public static BrokerSecurity create(Path dir, Collection<String> users) {
        ThrowawayCa ca = ThrowawayCa.create("PlanWatch throwaway CA");
        String storePassword = ThrowawayCa.newPassword();
        Path truststore = dir.resolve("truststore.p12");
        Path keystore = dir.resolve("node.p12");
        ca.writeTruststore(truststore, storePassword);
        ca.writeKeystore(keystore, storePassword, "planwatch-node", List.of(), List.of("127.0.0.1"));
        Map<String, String> passwords = new LinkedHashMap<>();
        passwords.put(ADMIN_USER, ThrowawayCa.newPassword());
        passwords.put(BROKER_USER, ThrowawayCa.newPassword());
        users.forEach(u -> passwords.put(u, ThrowawayCa.newPassword()));
        Properties secrets = new Properties();
        secrets.setProperty("store.password", storePassword);
        passwords.forEach((user, password) -> secrets.setProperty("user." + user, password));
        StringWriter text = new StringWriter();
        try {
            secrets.store(text, "PlanWatch throwaway secured broker: store and user passwords");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        writeOwnerOnly(dir.resolve(SECRETS), text.toString());
        return new BrokerSecurity(truststore, keystore, storePassword, Map.copyOf(passwords));
    }

    /** The material {@link #create} made in {@code dir}, for a node that starts again. */
    public static BrokerSecurity load(Path dir) {
        Properties secrets = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve(SECRETS))) {
            secrets.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve(SECRETS), e);
        }
        Map<String, String> passwords = new LinkedHashMap<>();
        secrets.stringPropertyNames().stream()
                .filter(k -> k.startsWith("user."))
                .sorted()
                .forEach(k -> passwords.put(k.substring("user.".length()), secrets.getProperty(k)));
        return new BrokerSecurity(
                dir.resolve("truststore.p12"),
                dir.resolve("node.p12"),
                secrets.getProperty("store.password"),
                Map.copyOf(passwords));
    }

    /** The users with passwords, the admin and the brokers' own among them. */
    public Collection<String> users() {
        return passwords.keySet();
    }

    public String password(String user) {
        String password = passwords.get(user);
        if (password == null) {
            throw new IllegalArgumentException("no such user: " + user);
        }
        return password;
    }

    public Path truststore() {
        return truststore;
    }

    /** The trust store's password (PKCS12 asks for one, though it guards nothing secret). */
    public String truststorePassword() {
        return storePassword;
    }

    /** What a node adds to its configuration: TLS, SASL, the authorizer and its super users. */
    Properties nodeProperties() {
        Properties p = new Properties();
        p.put("ssl.keystore.type", "PKCS12");
        p.put("ssl.keystore.location", keystore.toString());
        p.put("ssl.keystore.password", storePassword);
        p.put("ssl.key.password", storePassword);
        p.put("ssl.truststore.type", "PKCS12");
        p.put("ssl.truststore.location", truststore.toString());
        p.put("ssl.truststore.password", storePassword);
        p.put("listener.name.controller.ssl.client.auth", "required");
        p.put("sasl.enabled.mechanisms", MECHANISM);
        p.put("sasl.mechanism.inter.broker.protocol", MECHANISM);
        p.put("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config", jaas(BROKER_USER, passwords.get(BROKER_USER)));
        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("allow.everyone.if.no.acl.found", "false");
        p.put("super.users", String.join(";", NODE_PRINCIPAL, "User:" + BROKER_USER, "User:" + ADMIN_USER));
        return p;
    }

    /** The users' SCRAM credentials, as {@code kafka-storage format --add-scram} takes them. */
    List<String> scramArguments() {
        List<String> arguments = new ArrayList<>();
        passwords.forEach(
                (user, password) -> arguments.add(MECHANISM + "=[name=" + user + ",password=" + password + "]"));
        return arguments;
    }

    /** A client's settings for {@code user}: SASL_SSL, the run's trust store, hostname verification on. */
    public Map<String, Object> clientProperties(String user) {
        return clientProperties(user, password(user));
    }

    /** As above with a password of the caller's: a wrong one, to see it refused. */
    public Map<String, Object> clientProperties(String user, String password) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("security.protocol", "SASL_SSL");
        p.put("sasl.mechanism", MECHANISM);
        p.put("sasl.jaas.config", jaas(user, password));
        p.put("ssl.truststore.type", "PKCS12");
        p.put("ssl.truststore.location", truststore.toString());
        p.put("ssl.truststore.password", storePassword);
        p.put("ssl.endpoint.identification.algorithm", "https");
        return p;
    }

    /**
     * Writes {@code user}'s client settings to {@code file} as a {@code --kafka-config} file,
     * readable by its owner only: it holds the password.
     */
    public Path writeClientProperties(Path file, String user) {
        StringBuilder text =
                new StringBuilder("# PlanWatch client settings for " + user + " on a throwaway secured broker\n");
        clientProperties(user)
                .forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return writeOwnerOnly(file, text.toString());
    }

    /** {@code text} to a file made afresh, readable by its owner only: it holds passwords. */
    private static Path writeOwnerOnly(Path file, String text) {
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                + password + "\";";
    }
}
