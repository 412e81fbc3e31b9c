package dev.releaserules.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releaserules.notify.Secret;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever arrives, correctly signed or not: a documented status, a JSON reply, no stack trace, no change. */
class BadInputProperties {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<Integer> DOCUMENTED = List.of(200, 400, 401, 405, 409, 413, 415, 503);
    static Path dir;
    static ManifestDirectory releases;
    static ChatServer server;
    static byte[] before;

    @BeforeContainer
    static void start() throws Exception {
        dir = Files.createTempDirectory("release-chat-bad-input");
        releases = Fixtures.twoComponents(dir);
        before = Files.readAllBytes(releases.fileOf(Fixtures.ID));
        // Only users who may not change anything are mapped: whatever a body says, nothing may change.
        ChatUsers users = ChatUsers.of(Map.of("U0BYSTANDER", "@bystander"), Map.of("777", "@bystander"));
        server = ChatServer.builder().address(new InetSocketAddress("127.0.0.1", 0))
                .slack(SlackCommands.builder().signingSecret(Secret.of(SlackCommandsTest.SECRET)).users(users)
                        .directory(releases).bot(Fixtures.bot()).clock(Fixtures.CLOCK)
                        .allowResponseUrls(URI.create("http://127.0.0.1:9/commands/")).build())
                .telegram(TelegramWebhook.builder().secretToken(Secret.of(TelegramWebhookTest.SECRET_TOKEN))
                        .botToken(Secret.of(TelegramWebhookTest.BOT_TOKEN)).allowChat(TelegramWebhookTest.CHAT)
                        .users(users).directory(releases).bot(Fixtures.bot()).api(URI.create("http://127.0.0.1:9/"))
                        .build())
                .start();
    }

    @AfterContainer
    static void stop() throws Exception {
        server.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<String> formBodies() {
        Arbitrary<String> names = Arbitraries.of("command", "user_id", "text", "response_url", "payload", "ssl_check",
                "token", "", "=", "%");
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("%&=+/ \\\"{}[]:,@0123456789abcdefXYZ\u00e9\u20ac").ofMaxLength(40),
                Arbitraries.of("/release", "status", "signoff api", "approve", "rollback oops", "U0BYSTANDER",
                        "U0ALICE", "http://127.0.0.1:9/commands/x", "https://hooks.slack.com/commands/x",
                        "{\"type\":\"block_actions\",\"user\":{\"id\":\"U0BYSTANDER\"},\"actions\":[{\"value\":\"approve\"}],"
                                + "\"response_url\":\"http://127.0.0.1:9/commands/x\"}",
                        "{\"type\":\"view_submission\"}", "[]", "null"));
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                names.list().ofMaxSize(8).flatMap(keys -> values.list().ofSize(keys.size()).map(vals -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < keys.size(); i++) {
                        b.append(i == 0 ? "" : "&").append(keys.get(i)).append('=').append(vals.get(i));
                    }
                    return b.toString();
                })));
    }

    @Property(tries = 80)
    @Label("Bad input over Slack, signed or not: a documented status, a JSON reply, no stack trace, no change")
    void slack_bodies(@ForAll("formBodies") String body, @ForAll boolean sign, @ForAll("offsets") long offset)
            throws Exception {
        HttpResponse<String> response = sign
                ? SlackRequests.signed(server.uri("/slack"), SlackCommandsTest.SECRET, SlackCommandsTest.NOW + offset, body)
                : SlackRequests.post(server.uri("/slack"), "application/x-www-form-urlencoded", body);

        check(response);
    }

    @Provide
    Arbitrary<Long> offsets() {
        return Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(-1_000, 1_000));
    }

    @Provide
    Arbitrary<String> jsonBodies() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.of("{}", "[]", "null", "1", "{\"update_id\":\"x\"}", "{\"update_id\":1,\"message\":[]}",
                        "{\"update_id\":2,\"message\":{\"text\":\"/release approve\",\"chat\":{\"id\":\"-1\"}}}",
                        "{\"update_id\":1e400}", "{\"update_id\":3," + "[".repeat(2000) + "}"),
                Arbitraries.strings().ofMaxLength(30).map(text -> TelegramWebhookTest.update(
                        Math.abs(text.hashCode()) + 1L, TelegramWebhookTest.CHAT, 777, "/release " + text)));
    }

    @Property(tries = 80)
    @Label("Bad input over Telegram, with the secret token or not: a documented status, a JSON reply, no stack trace, no change")
    void telegram_bodies(@ForAll("jsonBodies") String body, @ForAll boolean token) throws Exception {
        HttpResponse<String> response = token
                ? SlackRequests.post(server.uri("/telegram"), "application/json", body,
                        "X-Telegram-Bot-Api-Secret-Token", TelegramWebhookTest.SECRET_TOKEN)
                : SlackRequests.post(server.uri("/telegram"), "application/json", body);

        check(response);
    }

    private static void check(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isIn(DOCUMENTED);
        if (!response.body().isEmpty()) {
            JsonNode reply = JSON.readTree(response.body());
            assertThat(reply.isObject()).isTrue();
        }
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ")
                .doesNotContain(SlackCommandsTest.SECRET).doesNotContain(TelegramWebhookTest.SECRET_TOKEN)
                .doesNotContain(TelegramWebhookTest.BOT_TOKEN);
        assertThat(Files.readAllBytes(releases.fileOf(Fixtures.ID))).isEqualTo(before);
    }
}
