package org.planwatch.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HTTP channels: a generic JSON webhook, a DingTalk group robot (markdown, signed with its
 * secret: HmacSHA256 of {@code timestamp\nsecret}, Base64, in the query), and a WeCom group robot
 * (markdown). Every request carries the notice's {@code Idempotency-Key}; a reply other than 2xx,
 * or a robot's non-zero {@code errcode}, is a failed delivery.
 */
final class WebhookChannel implements Channel {
    private static final ObjectMapper JSON = new ObjectMapper();

    enum Kind {
        WEBHOOK,
        DINGTALK,
        WECOM
    }

    private final Kind kind;
    private final HttpClient http;
    private final Clock clock;

    WebhookChannel(Kind kind, HttpClient http, Clock clock) {
        this.kind = kind;
        this.http = http;
        this.clock = clock;
    }

    @Override
    public void send(Notice notice, Routing.Route route) throws IOException, InterruptedException {
        String url = route.to();
        Map<String, Object> body = new LinkedHashMap<>();
        switch (kind) {
            case WEBHOOK -> {
                body.put("key", notice.key());
                body.put("department", notice.department());
                body.put("plan", notice.plan());
                body.put("region", notice.region());
                body.put("title", notice.title());
                body.put("text", notice.text());
                body.put("binding", notice.binding());
                body.put("worse", notice.worse());
            }
            case DINGTALK -> {
                body.put("msgtype", "markdown");
                body.put("markdown", Map.of("title", notice.title(), "text", markdown(notice)));
                if (route.secret() != null && !route.secret().isBlank()) {
                    long timestamp = clock.millis();
                    url += (url.contains("?") ? "&" : "?") + "timestamp=" + timestamp + "&sign="
                            + URLEncoder.encode(sign(timestamp, route.secret()), StandardCharsets.UTF_8);
                }
            }
            case WECOM -> {
                body.put("msgtype", "markdown");
                body.put("markdown", Map.of("content", markdown(notice)));
            }
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", notice.key())
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(kind + " answered HTTP " + response.statusCode());
        }
        if (kind != Kind.WEBHOOK) {
            var answer = JSON.readTree(response.body().isBlank() ? "{}" : response.body());
            if (answer.path("errcode").asInt(0) != 0) {
                throw new IOException(
                        kind + " refused the message: " + answer.path("errmsg").asText());
            }
        }
    }

    /** DingTalk's signature: Base64(HmacSHA256(secret, timestamp + "\n" + secret)). */
    static String sign(long timestamp, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JVM", e);
        }
    }

    private static String markdown(Notice notice) {
        return "### " + notice.title() + "\n\n" + notice.text().replace("\n", "\n\n");
    }
}
