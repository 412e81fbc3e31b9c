package dev.releaserules.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releaserules.core.manifest.SignOffStatus;
import dev.releaserules.notify.Secret;
import dev.releaserules.testkit.http.RecordedRequest;
import dev.releaserules.testkit.http.RecordingServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TelegramWebhookTest {
    static final String SECRET_TOKEN = "s3cret_Token-for-webhook";
    static final String BOT_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
    static final long CHAT = -1001234567890L;
    static final long ALICE = 1111111L;
    static final long CAROL = 2222222L;
    static final ObjectMapper JSON = new ObjectMapper();
    static final AtomicLong UPDATES = new AtomicLong(10_000);

    @TempDir
    Path dir;
    RecordingServer api;
    ManifestDirectory releases;
    ChatServer server;
    final List<String> answers = new ArrayList<>();

    @BeforeEach
    void start() {
        api = RecordingServer.start().respondByDefault(
                dev.releaserules.testkit.http.ScriptedResponse.json("{\"ok\":true,\"result\":{}}"));
        releases = Fixtures.twoComponents(dir);
        server = ChatServer.builder().address(new InetSocketAddress("127.0.0.1", 0))
                .telegram(TelegramWebhook.builder().secretToken(Secret.of(SECRET_TOKEN)).botToken(Secret.of(BOT_TOKEN))
                        .allowChat(CHAT).username("ReleaseRulesBot")
                        .users(ChatUsers.of(Map.of(), Map.of(Long.toString(ALICE), "@alice",
                                Long.toString(CAROL), "@carol")))
                        .directory(releases).bot(Fixtures.bot()).api(api.uri("/")).build())
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
        api.close();
        assertThat(answers).allSatisfy(a -> assertThat(a).doesNotContain(SECRET_TOKEN).doesNotContain(BOT_TOKEN)
                .doesNotContain("Exception").doesNotContain("\tat "));
    }

    /** A Telegram Update with a text message, as the Bot API documents it. */
    static String update(long updateId, long chat, long from, String text) {
        try {
            return JSON.writeValueAsString(Map.of("update_id", updateId, "message", Map.of(
                    "message_id", 1365, "date", 1441645532,
                    "chat", Map.of("id", chat, "type", "supergroup", "title", "Releases"),
                    "from", Map.of("id", from, "is_bot", false, "first_name", "Someone"),
                    "text", text,
                    "entities", List.of(Map.of("type", "bot_command", "offset", 0, "length", 8)))));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    HttpResponse<String> deliver(String body, String... headers) {
        HttpResponse<String> response = SlackRequests.post(server.uri("/telegram"), "application/json", body, headers);
        answers.add(response.body());
        return response;
    }

    HttpResponse<String> deliver(String body) {
        return deliver(body, "X-Telegram-Bot-Api-Secret-Token", SECRET_TOKEN);
    }

    JsonNode sentMessage(int index) throws IOException {
        RecordedRequest sent = api.awaitRequests(index + 1, Duration.ofSeconds(10)).get(index);
        answers.add(sent.bodyText());
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/bot" + BOT_TOKEN + "/sendMessage");
        return JSON.readTree(sent.bodyText());
    }

    byte[] manifestBytes() throws IOException {
        return Files.readAllBytes(releases.fileOf(Fixtures.ID));
    }

    @Test
    @DisplayName("R-CO a /release message from an allowed chat runs for the mapped user and is answered with sendMessage")
    void command_runs_and_replies() throws IOException {
        HttpResponse<String> response = deliver(update(UPDATES.incrementAndGet(), CHAT, ALICE, "/release signoff api"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode sent = sentMessage(0);
        assertThat(sent.path("chat_id").asLong()).isEqualTo(CHAT);
        assertThat(sent.path("reply_to_message_id").asLong()).isEqualTo(1365);
        assertThat(sent.path("text").asText()).contains("api").contains("@alice");
        assertThat(releases.current().orElseThrow().findComponent("api").orElseThrow().signOff().status())
                .isEqualTo(SignOffStatus.APPROVED);
    }

    @Test
    @DisplayName("R-CO /release@botname in a group is the same command")
    void bot_username_suffix() throws IOException {
        deliver(update(UPDATES.incrementAndGet(), CHAT, CAROL, "/release@ReleaseRulesBot signoff portal"));

        assertThat(sentMessage(0).path("text").asText()).contains("portal");
        assertThat(releases.current().orElseThrow().findComponent("portal").orElseThrow().signOff().status())
                .isEqualTo(SignOffStatus.APPROVED);
    }

    @Test
    @DisplayName("R-CO an unknown command gets the usage as the reply; an unmapped user gets a clear reply; nothing changes")
    void unknown_command_and_user() throws IOException {
        byte[] before = manifestBytes();

        deliver(update(UPDATES.incrementAndGet(), CHAT, ALICE, "/release ship-it"));
        JsonNode usage = sentMessage(0);
        deliver(update(UPDATES.incrementAndGet(), CHAT, 999L, "/release signoff api"));
        JsonNode unknown = sentMessage(1);

        assertThat(usage.path("text").asText()).startsWith("Unknown command \"ship-it\"").contains("Usage:");
        assertThat(unknown.path("text").asText()).isEqualTo("I do not know Telegram user 999: ask the release"
                + " manager to map your user id to your @handle. Nothing was changed.");
        assertThat(manifestBytes()).isEqualTo(before);
    }

    @Test
    @DisplayName("Bad input: a missing or wrong secret token is 401, nothing runs, nobody is messaged")
    void secret_token_required() throws IOException {
        byte[] before = manifestBytes();
        String body = update(UPDATES.incrementAndGet(), CHAT, ALICE, "/release signoff api");

        HttpResponse<String> missing = deliver(body, "X-Other", "x");
        HttpResponse<String> wrong = deliver(body, "X-Telegram-Bot-Api-Secret-Token", "guess");
        HttpResponse<String> prefix = deliver(body, "X-Telegram-Bot-Api-Secret-Token", SECRET_TOKEN.substring(0, 5));

        assertThat(List.of(missing, wrong, prefix)).extracting(HttpResponse::statusCode).containsOnly(401);
        assertThat(JSON.readTree(wrong.body()).path("ok").asBoolean(true)).isFalse();
        assertThat(JSON.readTree(wrong.body()).path("description").asText())
                .isEqualTo("Unauthorized: X-Telegram-Bot-Api-Secret-Token is missing or wrong");
        assertThat(manifestBytes()).isEqualTo(before);
        assertThat(api.requests()).isEmpty();
    }

    @Test
    @DisplayName("Bad input: other chats, other texts and a repeated update id are acknowledged and ignored")
    void ignored_updates() throws Exception {
        byte[] before = manifestBytes();
        long id = UPDATES.incrementAndGet();

        HttpResponse<String> otherChat = deliver(update(UPDATES.incrementAndGet(), 42L, ALICE, "/release signoff api"));
        HttpResponse<String> chatter = deliver(update(UPDATES.incrementAndGet(), CHAT, ALICE, "ship it?"));
        HttpResponse<String> first = deliver(update(id, CHAT, ALICE, "/release status"));
        HttpResponse<String> repeated = deliver(update(id, CHAT, ALICE, "/release status"));

        assertThat(List.of(otherChat, chatter, first, repeated)).extracting(HttpResponse::statusCode)
                .containsOnly(200);
        assertThat(JSON.readTree(otherChat.body()).path("description").asText())
                .isEqualTo("Ignored: chat 42 is not allowed");
        assertThat(JSON.readTree(chatter.body()).path("description").asText())
                .isEqualTo("Ignored: not a /release message");
        assertThat(JSON.readTree(repeated.body()).path("description").asText())
                .isEqualTo("Ignored: update " + id + " was already handled");
        sentMessage(0);
        Thread.sleep(200);
        assertThat(api.requests()).hasSize(1);
        assertThat(manifestBytes()).isEqualTo(before);
    }

    @Test
    @DisplayName("Bad input: malformed JSON and missing fields are 400, oversized 413, wrong type 415")
    void malformed_bodies() throws IOException {
        byte[] before = manifestBytes();

        HttpResponse<String> notJson = deliver("{\"update_id\": 1, ");
        HttpResponse<String> array = deliver("[1,2]");
        HttpResponse<String> noId = deliver("{\"message\":{\"text\":\"/release status\"}}");
        HttpResponse<String> noChat = deliver("{\"update_id\":5,\"message\":{\"message_id\":1,\"text\":\"/release status\"}}");
        HttpResponse<String> huge = deliver(update(UPDATES.incrementAndGet(), CHAT, ALICE,
                "/release rollback " + "x".repeat(70_000)));
        HttpResponse<String> form = SlackRequests.post(server.uri("/telegram"), "text/plain", "{}",
                "X-Telegram-Bot-Api-Secret-Token", SECRET_TOKEN);
        answers.add(form.body());

        assertThat(List.of(notJson, array, noId, noChat)).extracting(HttpResponse::statusCode).containsOnly(400);
        assertThat(JSON.readTree(notJson.body()).path("description").asText())
                .isEqualTo("Malformed request: the body is not valid JSON");
        assertThat(JSON.readTree(noChat.body()).path("description").asText())
                .isEqualTo("Malformed request: message needs message_id, chat.id and from.id");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(manifestBytes()).isEqualTo(before);
        assertThat(api.requests()).isEmpty();
    }

    @Test
    @DisplayName("Secrets: neither the bot token nor the secret token is logged, even when sendMessage fails")
    void tokens_never_logged() throws Exception {
        api.close();
        try (LogCapture log = new LogCapture()) {
            deliver(update(UPDATES.incrementAndGet(), CHAT, ALICE, "/release status"));
            deliver(update(UPDATES.incrementAndGet(), CHAT, ALICE, "/release status"), "X-Telegram-Bot-Api-Secret-Token",
                    "nope");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!log.text().contains("telegram sendMessage") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }

            assertThat(log.text()).contains("telegram sendMessage: not delivered").doesNotContain(BOT_TOKEN)
                    .doesNotContain(BOT_TOKEN.substring(BOT_TOKEN.indexOf(':') + 1)).doesNotContain(SECRET_TOKEN);
        }
        assertThat(server.toString()).doesNotContain(BOT_TOKEN);
        api = RecordingServer.start();
    }

    @Test
    @DisplayName("Configuration: a malformed secret token or bot token is refused without showing it")
    void bad_tokens_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TelegramWebhook.builder()
                .secretToken(Secret.of("has spaces and ; semicolons")))
                .isInstanceOf(dev.releaserules.core.InvalidInputException.class)
                .hasMessageNotContaining("semicolons");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TelegramWebhook.builder()
                .botToken(Secret.of("not-a-token")))
                .isInstanceOf(dev.releaserules.core.InvalidInputException.class)
                .hasMessageNotContaining("not-a-token");
    }
}
