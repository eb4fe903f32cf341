package org.planwatch.consumer;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.planwatch.domain.CatalogueFormatException;
import org.planwatch.domain.DelimitedRows;

/**
 * Who hears of which change, and how: a TSV with columns {@code department, plan, region, when,
 * channel, to}. {@code *} matches anything; {@code when} is {@code all}, {@code binding} (only
 * binding targets) or {@code worse} (only downgrades); {@code channel} is {@code email}, {@code
 * dingtalk}, {@code wecom}, {@code webhook} or {@code outbox}. A {@code to} of the form {@code
 * env:NAME} is read from the environment (robot URLs and keys are secrets, never in the file);
 * a DingTalk robot's signing secret is read from {@code NAME_SECRET}.
 */
public final class Routing {
    /** One line of the file. */
    public record Route(
            String department, String plan, String region, String when, String channel, String to, String secret) {
        boolean matches(Notice n) {
            return (department.equals("*") || department.equals(n.department()))
                    && (plan.equals("*") || plan.equals(n.plan()))
                    && (region.equals("*") || region.equals(n.region()))
                    && switch (when) {
                        case "binding" -> n.binding();
                        case "worse" -> n.worse();
                        default -> true;
                    };
        }
    }

    static final List<String> CHANNELS = List.of("email", "dingtalk", "wecom", "webhook", "outbox");

    private final List<Route> routes;

    public Routing(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** Everything to the outbox folder: what the demo does when no channel is configured. */
    public static Routing outbox(Path folder) {
        return new Routing(List.of(new Route("*", "*", "*", "all", "outbox", folder.toString(), null)));
    }

    public static Routing read(Path file, UnaryOperator<String> env) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<Route> routes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        DelimitedRows.read(
                new StringReader(text),
                DelimitedRows.tsv(),
                List.of("department", "plan", "region", "when", "channel", "to"),
                row -> {
                    Map<String, String> c = row.cells();
                    String channel = c.getOrDefault("channel", "").strip().toLowerCase(Locale.ROOT);
                    String when = c.getOrDefault("when", "all").strip().toLowerCase(Locale.ROOT);
                    String to = c.getOrDefault("to", "").strip();
                    if (!CHANNELS.contains(channel)) {
                        problems.add("line " + row.line() + ": channel '" + channel + "' is not one of " + CHANNELS);
                        return;
                    }
                    if (!List.of("all", "binding", "worse").contains(when)) {
                        problems.add("line " + row.line() + ": when '" + when + "' is not all, binding or worse");
                        return;
                    }
                    String secret = null;
                    if (to.startsWith("env:")) {
                        String name = to.substring(4);
                        to = env.apply(name);
                        secret = env.apply(name + "_SECRET");
                        if (to == null || to.isBlank()) {
                            problems.add("line " + row.line() + ": environment variable " + name + " is not set");
                            return;
                        }
                    }
                    routes.add(new Route(
                            c.getOrDefault("department", "*").strip(),
                            c.getOrDefault("plan", "*").strip(),
                            c.getOrDefault("region", "*").strip(),
                            when,
                            channel,
                            to,
                            secret));
                },
                problem -> problems.add("line " + problem.line() + ": " + problem.reason()));
        if (!problems.isEmpty()) {
            throw new CatalogueFormatException(file.toString(), String.join("; ", problems));
        }
        return new Routing(routes);
    }

    /** The folders the outbox routes write to, so that the consumer can try them before the first message. */
    public java.util.Set<Path> outboxFolders() {
        java.util.Set<Path> folders = new java.util.LinkedHashSet<>();
        for (Route r : routes) {
            if (r.channel().equals("outbox")) {
                folders.add(Path.of(r.to()));
            }
        }
        return folders;
    }

    public List<Route> routesFor(Notice notice) {
        return routes.stream().filter(r -> r.matches(notice)).toList();
    }

    List<Route> routes() {
        return routes;
    }
}
