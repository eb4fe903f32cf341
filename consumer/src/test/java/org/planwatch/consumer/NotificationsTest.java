package org.planwatch.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.planwatch.consumer.Alerts.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.planwatch.domain.Attribute;
import org.planwatch.domain.Bound;
import org.planwatch.domain.Direction;
import org.planwatch.domain.IndicatorDictionary;
import org.planwatch.domain.RegionDictionary;
import org.planwatch.domain.Target;
import org.planwatch.domain.TargetKind;
import org.planwatch.schema.ProgressEvaluation;
import org.planwatch.schema.ProgressStatus;

/** Messages to department leads: the words, the routes, each channel against a real receiver, retries and limits. */
class NotificationsTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @TempDir
    Path dir;

    private final NoticeWriter writer = new NoticeWriter(IndicatorDictionary.bundled(), RegionDictionary.bundled());
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());
    private final List<Map<String, String>> requests = Collections.synchronizedList(new ArrayList<>());
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A downgrade of a binding target: LAGGING after ON_TRACK. */
    private static ProgressEvaluation downgrade(int year) {
        ProgressEvaluation a = alert(year, ProgressStatus.LAGGING, 5.5, 5.6, 0.75, 1);
        a.setPreviousStatus(ProgressStatus.ON_TRACK);
        a.setBinding(true);
        a.setReason(
                "2023年每千人口拥有医疗卫生机构床位数5.5张，按规划路径应达5.6，完成进度75%，滞后。 2023 hospital_beds_per_1000 5.5, required path 5.6, progress 75%: lagging.");
        return a;
    }

    @Test
    void shouldWordAChangeInChineseWithItsNumbersSourceAndKeyThenInEnglish() {
        Notice n = writer.notice(downgrade(2023));
        assertThat(n.key()).matches("jm-health-14\\|440700\\|hospital_beds_per_1000\\|2023\\|LAGGING\\|[0-9a-f]{16}");
        assertThat(n.title()).isEqualTo("【滞后】江门市 每千人口拥有医疗卫生机构床位数（jm-health-14）");
        assertThat(n.text())
                .contains("2023年：实际5.5，按规划路径应达5.6，完成进度75%。此前为“基本符合预期”，状态下降。【约束性指标】")
                .contains("原因：2023年每千人口拥有医疗卫生机构床位数5.5张，按规划路径应达5.6，完成进度75%，滞后。")
                .contains("目标出处：002:3344")
                .contains("（模拟数据，非真实统计）")
                .contains(
                        "[LAGGING] 江门市 (440700) Hospital beds per 1,000 population (jm-health-14), 2023: actual 5.5, path 5.6, progress 75%; was ON_TRACK (downgrade); binding target");
        assertThat(n.worse()).isTrue();
        assertThat(n.binding()).isTrue();
        ProgressEvaluation nurses = downgrade(2023);
        nurses.setIndicator("nurses_per_1000");
        Notice digest = writer.digest("市卫生健康局", List.of(downgrade(2023), nurses));
        assertThat(digest.title()).isEqualTo("市卫生健康局：2项指标状态变化");
        assertThat(digest.key())
                .startsWith("digest-")
                .isEqualTo(writer.digest("市卫生健康局", List.of(downgrade(2023), nurses))
                        .key());
    }

    @Test
    void shouldPrintEachChangeAsOneLineForWhoeverRunsTheConsumer() {
        ProgressEvaluation first = alert(2021, ProgressStatus.ON_TRACK, 5.3, 5.4, 0.9, 1);
        assertThat(AlertLine.of(downgrade(2023)))
                .isEqualTo(
                        "alert  jm-health-14  440700  hospital_beds_per_1000  2023  LAGGING  (was ON_TRACK)  [simulated]");
        assertThat(AlertLine.of(first)).contains("2021  ON_TRACK  (first evaluation)");
    }

    @Test
    void shouldRouteByDepartmentAndWhenAndReadSecretsFromTheEnvironment() throws Exception {
        Path file = Files.writeString(
                dir.resolve("routes.tsv"),
                "department\tplan\tregion\twhen\tchannel\tto\n"
                        + "市卫生健康局\t*\t*\tall\tdingtalk\tenv:DINGTALK_HEALTH\n"
                        + "市卫生健康局\t*\t*\tbinding\temail\tlead@health.example\n"
                        + "*\t*\t*\tworse\toutbox\t" + dir.resolve("out") + "\n");
        String secret = java.util.UUID.randomUUID().toString();
        Map<String, String> env = Map.of(
                "DINGTALK_HEALTH", "https://robot.example/send?access_token=t", "DINGTALK_HEALTH_SECRET", secret);
        Routing routing = Routing.read(file, env::get);
        Notice binding = writer.notice(downgrade(2023));
        assertThat(routing.routesFor(binding))
                .extracting(Routing.Route::channel)
                .containsExactly("dingtalk", "email", "outbox");
        assertThat(routing.routesFor(binding).get(0).secret()).isEqualTo(secret);
        ProgressEvaluation better = alert(2023, ProgressStatus.ON_TRACK, 5.6, 5.6, 1.0, 1);
        better.setPreviousStatus(ProgressStatus.LAGGING);
        assertThat(routing.routesFor(writer.notice(better)))
                .extracting(Routing.Route::channel)
                .containsExactly("dingtalk");
        assertThatThrownBy(() -> Routing.read(file, name -> null))
                .hasMessageContaining("environment variable DINGTALK_HEALTH is not set");
    }

    /** A loopback receiver that answers {@code failEvery}: fails calls whose number modulo 10 is below it. */
    private String receiver(String answer, int failThree) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger calls = new AtomicInteger();
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int call = calls.getAndIncrement();
            boolean fail = call % 10 < failThree;
            if (!fail) {
                Map<String, String> request = new HashMap<>();
                request.put("key", exchange.getRequestHeaders().getFirst("Idempotency-Key"));
                request.put("query", exchange.getRequestURI().getRawQuery());
                request.put("body", body);
                requests.add(request);
                received.add(request.get("key"));
            }
            byte[] reply = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(fail ? 503 : 200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/send?access_token=abc";
    }

    private Notifier notifier(
            Routing routing, Notifier.Retry retry, List<String> undelivered, RateLimit.Sleeper sleeper) {
        HttpClient http = HttpClient.newHttpClient();
        Clock clock = Clock.fixed(Instant.ofEpochMilli(1_700_000_000_000L), ZoneOffset.UTC);
        Map<String, Channel> channels = Map.of(
                "webhook", new WebhookChannel(WebhookChannel.Kind.WEBHOOK, http, clock),
                "dingtalk", new WebhookChannel(WebhookChannel.Kind.DINGTALK, http, clock),
                "wecom", new WebhookChannel(WebhookChannel.Kind.WECOM, http, clock),
                "email",
                        new EmailChannel(
                                "127.0.0.1", ServerSetupTest.SMTP.getPort(), false, "planwatch@test", null, null),
                "outbox", new OutboxChannel());
        return new Notifier(
                routing,
                channels,
                writer,
                false,
                retry,
                sleeper,
                (n, r, e) -> undelivered.add(n.key() + " " + e),
                registry);
    }

    private static Routing route(String channel, String to, String secret) {
        return new Routing(List.of(new Routing.Route("*", "*", "*", "all", channel, to, secret)));
    }

    @Test
    void shouldSignDingTalkMessagesAndCarryTheKeyOnEveryChannel() throws Exception {
        String url = receiver("{\"errcode\":0,\"errmsg\":\"ok\"}", 0);
        notifier(route("dingtalk", url, "SECabc"), Notifier.Retry.DEFAULT, new ArrayList<>(), RateLimit.REAL)
                .deliver(List.of(downgrade(2023)));
        Map<String, String> request = requests.get(0);
        assertThat(request.get("key")).isEqualTo(NoticeWriter.key(downgrade(2023)));
        Map<String, String> query = new HashMap<>();
        for (String pair : request.get("query").split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        assertThat(query.get("timestamp")).isEqualTo("1700000000000");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("SECabc".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder()
                .encodeToString(mac.doFinal("1700000000000\nSECabc".getBytes(StandardCharsets.UTF_8)));
        assertThat(query.get("sign")).isEqualTo(expected);
        JsonNode body = new ObjectMapper().readTree(request.get("body"));
        assertThat(body.get("msgtype").asText()).isEqualTo("markdown");
        assertThat(body.at("/markdown/title").asText()).startsWith("【滞后】江门市");

        notifier(route("wecom", url, null), Notifier.Retry.DEFAULT, new ArrayList<>(), RateLimit.REAL)
                .deliver(List.of(downgrade(2024)));
        assertThat(new ObjectMapper()
                        .readTree(requests.get(1).get("body"))
                        .at("/markdown/content")
                        .asText())
                .contains("2024年");
        notifier(route("webhook", url, null), Notifier.Retry.DEFAULT, new ArrayList<>(), RateLimit.REAL)
                .deliver(List.of(downgrade(2025)));
        assertThat(new ObjectMapper()
                        .readTree(requests.get(2).get("body"))
                        .get("key")
                        .asText())
                .isEqualTo(NoticeWriter.key(downgrade(2025)));
    }

    @Test
    void shouldMailTheLeadOverSmtp() throws Exception {
        notifier(route("email", "lead@health.example", null), Notifier.Retry.DEFAULT, new ArrayList<>(), RateLimit.REAL)
                .deliver(List.of(downgrade(2023)));
        MimeMessage[] mail = smtp.getReceivedMessages();
        assertThat(mail).hasSize(1);
        assertThat(mail[0].getSubject()).isEqualTo("【滞后】江门市 每千人口拥有医疗卫生机构床位数（jm-health-14）");
        assertThat(mail[0].getHeader("X-PlanWatch-Key")[0]).isEqualTo(NoticeWriter.key(downgrade(2023)));
        assertThat(((String) mail[0].getContent())).contains("目标出处：002:3344");
    }

    @Test
    void shouldLoseNothingToAReceiverThatFailsThreeCallsInTen() throws Exception {
        String url = receiver("{}", 3);
        List<String> undelivered = new ArrayList<>();
        List<ProgressEvaluation> alerts = new ArrayList<>();
        for (int year = 0; year < 40; year++) {
            alerts.add(downgrade(1990 + year));
        }
        notifier(route("webhook", url, null), new Notifier.Retry(6, 1, 5), undelivered, RateLimit.REAL)
                .deliver(alerts);
        Set<String> keys = new LinkedHashSet<>(received);
        assertThat(keys).hasSize(40);
        assertThat(received).hasSize(40);
        assertThat(undelivered).isEmpty();
        assertThat(registry.get("planwatch.notifications.sent")
                        .tag("channel", "webhook")
                        .counter()
                        .count())
                .isEqualTo(40);
        assertThat(registry.get("planwatch.notifications.retries")
                        .tag("channel", "webhook")
                        .counter()
                        .count())
                .isGreaterThan(0);
    }

    @Test
    void shouldRecordANoticeItCouldNotDeliverAndCountIt() throws Exception {
        String url = receiver("{}", 10);
        List<String> undelivered = new ArrayList<>();
        notifier(route("webhook", url, null), new Notifier.Retry(3, 1, 5), undelivered, RateLimit.REAL)
                .deliver(List.of(downgrade(2023)));
        assertThat(undelivered).singleElement().asString().contains("WEBHOOK answered HTTP 503");
        assertThat(registry.get("planwatch.notifications.failed")
                        .tag("channel", "webhook")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void shouldHoldARobotToTwentyMessagesAMinute() throws Exception {
        String url = receiver("{\"errcode\":0}", 0);
        long[] now = {0};
        List<Long> waits = new ArrayList<>();
        RateLimit.Sleeper simulated = new RateLimit.Sleeper() {
            @Override
            public long nowMillis() {
                return now[0];
            }

            @Override
            public void sleep(long millis) {
                waits.add(millis);
                now[0] += millis;
            }
        };
        List<ProgressEvaluation> alerts = new ArrayList<>();
        for (int year = 0; year < 25; year++) {
            alerts.add(downgrade(1990 + year));
        }
        notifier(route("wecom", url, null), Notifier.Retry.DEFAULT, new ArrayList<>(), simulated)
                .deliver(alerts);
        assertThat(received).hasSize(25);
        assertThat(waits).containsExactly(60_000L);
    }

    @Test
    void shouldGroupADepartmentsChangesInOneDigest() throws Exception {
        Path out = dir.resolve("digest");
        Notifier n = new Notifier(
                route("outbox", out.toString(), null),
                Map.of("outbox", new OutboxChannel()),
                writer,
                true,
                Notifier.Retry.DEFAULT,
                RateLimit.REAL,
                (notice, r, e) -> {},
                registry);
        ProgressEvaluation nurses = downgrade(2023);
        nurses.setIndicator("nurses_per_1000");
        n.deliver(List.of(downgrade(2021), downgrade(2022), downgrade(2023), nurses));
        try (var files = Files.list(out)) {
            // a backlog of three years of one target is told once, at its latest, saying so
            assertThat(files.toList())
                    .singleElement()
                    .satisfies(f -> assertThat(Files.readString(f))
                            .contains("市卫生健康局：2项指标状态变化")
                            .contains("每千人口拥有医疗卫生机构床位数（jm-health-14）\n2023年：实际5.5")
                            .contains("此前另有2次状态变化一并送达，此为其中最新")
                            .contains("每千人口拥有注册护士数（jm-health-14）\n2023年：实际5.5")
                            .doesNotContain("2022年：实际", "2021年：实际"));
        }
    }

    /** The target the downgrades are about, as the targets topic carries it. */
    private static Target beds() {
        return beds(null);
    }

    /** The same target, of a plan whose document prints {@code planTitle}. */
    private static Target beds(String planTitle) {
        return Target.builder("jm-health-14", "440700", "hospital_beds_per_1000")
                .planTitle(planTitle)
                .names("每千人口拥有医疗卫生机构床位数", null)
                .unit("张")
                .kind(TargetKind.LEVEL, Bound.AT_LEAST)
                .base(2020, 5.2)
                .target(2025, 6.15)
                .direction(Direction.HIGHER_IS_BETTER)
                .attribute(Attribute.BINDING)
                .department("市卫生健康局", false)
                .source("002:3344")
                .build();
    }

    @Test
    void shouldStateTheTargetItsBaseAndPeriodAndNameTheIndicatorInEnglish() {
        TargetBook book = TargetBook.empty();
        book.put("jm-health-14|440700|hospital_beds_per_1000", beds());
        Notice n = new NoticeWriter(IndicatorDictionary.bundled(), RegionDictionary.bundled(), book)
                .notice(downgrade(2023));
        assertThat(n.title()).isEqualTo("【滞后】江门市 每千人口拥有医疗卫生机构床位数（jm-health-14，2021—2025年）");
        assertThat(n.text())
                .contains(
                        "2023年：实际5.5，按规划路径应达5.6，完成进度75%。此前为“基本符合预期”，状态下降。\n" + "目标：2025年 ≥6.15 张；基期：2020年 5.2 张【约束性指标】")
                .contains("[LAGGING] 江门市 (440700) Hospital beds per 1,000 population (jm-health-14), 2023: actual 5.5, "
                        + "target ≥6.15 张 by 2025, path 5.6");
    }

    @Test
    void shouldNameThePlanByTheTitleItsDocumentPrintsWhereTheCatalogueHoldsIt() {
        TargetBook book = TargetBook.empty();
        Target titled = beds("江门市卫生与健康事业发展“十四五”规划");
        book.put("jm-health-14|440700|hospital_beds_per_1000", titled);
        Notice n = new NoticeWriter(IndicatorDictionary.bundled(), RegionDictionary.bundled(), book)
                .notice(downgrade(2023));
        assertThat(n.title()).isEqualTo("【滞后】江门市 每千人口拥有医疗卫生机构床位数（《江门市卫生与健康事业发展“十四五”规划》，2021—2025年）");
        assertThat(n.text()).contains("目标出处：《江门市卫生与健康事业发展“十四五”规划》 ");
        assertThat(n.plan()).isEqualTo("jm-health-14");
    }

    @Test
    void shouldTellNoLeadOfAFigureOfTheBaseYear() throws Exception {
        TargetBook book = TargetBook.empty();
        book.put("jm-health-14|440700|hospital_beds_per_1000", beds());
        Path out = dir.resolve("base-year");
        Notifier n = new Notifier(
                route("outbox", out.toString(), null),
                Map.of("outbox", new OutboxChannel()),
                new NoticeWriter(IndicatorDictionary.bundled(), RegionDictionary.bundled(), book),
                false,
                Notifier.Retry.DEFAULT,
                RateLimit.REAL,
                (notice, r, e) -> {},
                registry);
        ProgressEvaluation base = alert(2020, ProgressStatus.INSUFFICIENT_DATA, 5.2, null, null, 1);
        n.deliver(List.of(base, downgrade(2021)));
        try (var files = Files.list(out)) {
            assertThat(files.toList())
                    .singleElement()
                    .satisfies(f -> assertThat(Files.readString(f)).contains("2021年：实际5.5"));
        }
        assertThat(registry.get("planwatch.notifications.withheld").counter().count())
                .isEqualTo(1);
    }

    @Test
    void shouldWriteOneFilePerKeyToTheOutbox() throws Exception {
        Path out = dir.resolve("outbox");
        Notifier n = notifier(
                route("outbox", out.toString(), null), Notifier.Retry.DEFAULT, new ArrayList<>(), RateLimit.REAL);
        n.deliver(List.of(downgrade(2023)));
        n.deliver(List.of(downgrade(2023)));
        try (var files = Files.list(out)) {
            assertThat(files.toList())
                    .singleElement()
                    .satisfies(f -> assertThat(Files.readString(f))
                            .contains("Key: jm-health-14|440700|hospital_beds_per_1000|2023|LAGGING|"));
        }
    }

    /** LAGGING, then ON_TRACK after a revision, then LAGGING again: two changes to LAGGING in 2023. */
    private static List<ProgressEvaluation> backAndForth() {
        ProgressEvaluation first = downgrade(2023);
        ProgressEvaluation better = alert(2023, ProgressStatus.ON_TRACK, 5.6, 5.6, 1.0, 2);
        better.setPreviousStatus(ProgressStatus.LAGGING);
        ProgressEvaluation again = downgrade(2023);
        again.setActual(5.4);
        again.setEvaluatedAt(java.time.Instant.ofEpochMilli(3));
        return List.of(first, better, again);
    }

    @Test
    void shouldGiveEachChangeItsOwnKeyEvenWhenAStatusComesBackInTheSameYear() {
        List<ProgressEvaluation> changes = backAndForth();
        assertThat(changes.stream().map(writer::notice).map(Notice::key).distinct())
                .hasSize(3);
        // the same record read again keeps its key, so a receiver may drop the repeat
        assertThat(writer.notice(changes.get(2)).key())
                .isEqualTo(writer.notice(backAndForth().get(2)).key());
    }

    @Test
    void shouldKeepEveryChangeInTheOutboxAndNeverOverwriteAMessage() throws Exception {
        Path out = dir.resolve("outbox");
        Notifier n = notifier(
                route("outbox", out.toString(), null), Notifier.Retry.DEFAULT, new ArrayList<>(), RateLimit.REAL);
        n.deliver(backAndForth());
        Path first;
        try (var files = Files.list(out)) {
            List<Path> written = files.toList();
            assertThat(written).hasSize(3);
            first = written.stream()
                    .filter(f -> read(f).contains("实际5.5"))
                    .filter(f -> read(f).contains("LAGGING"))
                    .filter(f -> !read(f).contains("[ON_TRACK]"))
                    .findFirst()
                    .orElseThrow();
        }
        String before = Files.readString(first);
        Files.writeString(first, before + "read by the department\n");
        n.deliver(backAndForth()); // the batch again, as after a crash
        try (var files = Files.list(out)) {
            assertThat(files.toList()).hasSize(3);
        }
        assertThat(Files.readString(first)).endsWith("read by the department\n");
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
