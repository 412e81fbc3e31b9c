package dev.releaserules.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releaserules.core.chatops.ReleaseBot;
import dev.releaserules.core.manifest.Component;
import dev.releaserules.core.manifest.ReleaseDesk;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.ReleaseStatus;
import dev.releaserules.core.manifest.SignOffStatus;
import dev.releaserules.notify.Secret;
import dev.releaserules.testkit.http.RecordedRequest;
import dev.releaserules.testkit.http.RecordingServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlackCommandsTest {
    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final long NOW = Fixtures.CLOCK.instant().getEpochSecond();
    static final ObjectMapper JSON = new ObjectMapper();
    static final ChatUsers USERS = ChatUsers.of(
            Map.of("U0ALICE", "@alice", "U0CAROL", "@carol", "U0JOHN", Fixtures.MANAGER), Map.of());

    @TempDir
    Path dir;
    RecordingServer hooks;
    ManifestDirectory releases;
    ChatServer server;
    URI slack;
    URI responseUrl;
    final List<String> answers = new ArrayList<>();

    @BeforeEach
    void start() {
        hooks = RecordingServer.start();
        responseUrl = hooks.uri("/commands/T0001/1234/abcd");
        releases = Fixtures.twoComponents(dir);
        server = serve(Fixtures.bot(), Fixtures.CLOCK, Duration.ofMillis(2_500));
    }

    ChatServer serve(ReleaseBot bot, Clock clock, Duration ack) {
        return ChatServer.builder().address(new InetSocketAddress("127.0.0.1", 0))
                .slack(SlackCommands.builder().signingSecret(Secret.of(SECRET)).users(USERS).directory(releases)
                        .bot(bot).clock(clock).allowResponseUrls(hooks.uri("/commands/"))
                        .acknowledgeWithin(ack).build())
                .start();
    }

    @AfterEach
    void stop() {
        server.close();
        hooks.close();
        // No answer ever carries the secret or a stack trace.
        assertThat(answers).allSatisfy(a -> assertThat(a).doesNotContain(SECRET).doesNotContain("Exception")
                .doesNotContain("\tat "));
    }

    HttpResponse<String> send(String body) {
        return keep(SlackRequests.signed(server.uri("/slack"), SECRET, NOW, body));
    }

    HttpResponse<String> keep(HttpResponse<String> response) {
        answers.add(response.body());
        return response;
    }

    JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(response.body(), e);
        }
    }

    byte[] manifestBytes() throws IOException {
        return Files.readAllBytes(releases.fileOf(Fixtures.ID));
    }

    ReleaseManifest manifest() {
        return releases.current().orElseThrow();
    }

    @Test
    @DisplayName("R-CO a signed slash command from a team lead signs off the component, in channel")
    void signed_sign_off_lands() {
        HttpResponse<String> response = send(SlackRequests.command("U0ALICE", "signoff api", responseUrl));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        assertThat(json(response).path("response_type").asText()).isEqualTo("in_channel");
        assertThat(json(response).path("text").asText()).contains("api").contains("@alice");
        Component api = manifest().findComponent("api").orElseThrow();
        assertThat(api.signOff().status()).isEqualTo(SignOffStatus.APPROVED);
        assertThat(api.signOff().by()).isEqualTo("@alice");
    }

    @Test
    @DisplayName("R-CO status answers with the dashboard and changes nothing")
    void status_is_the_dashboard() throws IOException {
        byte[] before = manifestBytes();

        HttpResponse<String> response = send(SlackRequests.command("U0CAROL", "status", responseUrl));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("text").asText()).contains("rel-2024-01-15-001").contains("portal");
        assertThat(manifestBytes()).isEqualTo(before);
    }

    @Test
    @DisplayName("R-CO a sign-off by someone who may not sign is refused, ephemeral, nothing changes")
    void wrong_signer_is_refused() throws IOException {
        byte[] before = manifestBytes();

        HttpResponse<String> response = send(SlackRequests.command("U0CAROL", "signoff api", responseUrl));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(json(response).path("text").asText()).contains("@carol");
        assertThat(manifestBytes()).isEqualTo(before);
    }

    @Test
    @DisplayName("R-CO an unknown command gets the usage, ephemeral, nothing changes")
    void unknown_command_gets_usage() throws IOException {
        byte[] before = manifestBytes();

        HttpResponse<String> response = send(SlackRequests.command("U0ALICE", "ship-it now", responseUrl));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(json(response).path("text").asText()).startsWith("Unknown command \"ship-it\"")
                .contains("/release signoff &lt;component&gt;");
        assertThat(manifestBytes()).isEqualTo(before);
    }

    @Test
    @DisplayName("R-CO an unmapped Slack user gets a clear ephemeral reply and never a sign-off")
    void unknown_user_never_signs() throws IOException {
        byte[] before = manifestBytes();

        HttpResponse<String> response = send(SlackRequests.command("U0MALLORY", "signoff api", responseUrl));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(json(response).path("text").asText())
                .isEqualTo("I do not know Slack user U0MALLORY: ask the release manager to map your user id to"
                        + " your @handle. Nothing was changed.");
        assertThat(manifestBytes()).isEqualTo(before);
    }

    @Test
    @DisplayName("Slack's documented signing example verifies (it names another command, so it is answered, not run)")
    void slacks_documented_example_verifies() {
        server.close();
        // Slack's own response URL host, as by default.
        server = ChatServer.builder().address(new InetSocketAddress("127.0.0.1", 0))
                .slack(SlackCommands.builder().signingSecret(Secret.of(SECRET)).users(USERS).directory(releases)
                        .bot(Fixtures.bot()).clock(Clock.fixed(Instant.ofEpochSecond(1531420618), ZoneOffset.UTC))
                        .build())
                .start();
        String body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
                + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
                + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554"
                + "%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
        assertThat(SlackRequests.sign(SECRET, 1531420618, body))
                .isEqualTo("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503");

        HttpResponse<String> response = keep(SlackRequests.post(server.uri("/slack"),
                "application/x-www-form-urlencoded", body, "X-Slack-Request-Timestamp", "1531420618",
                "X-Slack-Signature", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("text").asText()).isEqualTo("This bot serves /release, not /webhook-collect");
    }

    @Test
    @DisplayName("Bad input: unsigned, wrongly signed, old or future timestamp are 401, nothing runs")
    void unsigned_and_wrongly_signed_are_401() throws IOException {
        byte[] before = manifestBytes();
        String body = SlackRequests.command("U0ALICE", "signoff api", responseUrl);
        URI uri = server.uri("/slack");
        String form = "application/x-www-form-urlencoded";

        HttpResponse<String> unsigned = keep(SlackRequests.post(uri, form, body));
        HttpResponse<String> noTimestamp = keep(SlackRequests.post(uri, form, body, "X-Slack-Signature",
                SlackRequests.sign(SECRET, NOW, body)));
        HttpResponse<String> wrongSecret = keep(SlackRequests.signed(uri, "not-the-secret", NOW, body));
        HttpResponse<String> tampered = keep(SlackRequests.post(uri, form, body.replace("api", "portal"),
                "X-Slack-Request-Timestamp", Long.toString(NOW), "X-Slack-Signature",
                SlackRequests.sign(SECRET, NOW, body)));
        HttpResponse<String> old = keep(SlackRequests.signed(uri, SECRET, NOW - 301, body));
        HttpResponse<String> future = keep(SlackRequests.signed(uri, SECRET, NOW + 301, body));
        HttpResponse<String> garbage = keep(SlackRequests.post(uri, form, body, "X-Slack-Request-Timestamp", "soon",
                "X-Slack-Signature", SlackRequests.sign(SECRET, NOW, body)));

        assertThat(List.of(unsigned, noTimestamp, wrongSecret, tampered, old, future, garbage))
                .extracting(HttpResponse::statusCode).containsOnly(401);
        assertThat(json(unsigned).path("text").asText()).isEqualTo("Unauthorized: the request is not signed"
                + " (X-Slack-Signature and X-Slack-Request-Timestamp are required)");
        assertThat(json(wrongSecret).path("text").asText()).isEqualTo("Unauthorized: the signature does not match");
        assertThat(json(tampered).path("text").asText()).isEqualTo("Unauthorized: the signature does not match");
        assertThat(json(old).path("text").asText()).startsWith("Unauthorized: the request timestamp is more than"
                + " five minutes from now");
        assertThat(json(future).path("text").asText()).startsWith("Unauthorized: the request timestamp");
        assertThat(json(garbage).path("text").asText()).isEqualTo(
                "Unauthorized: X-Slack-Request-Timestamp is not a Unix time in seconds");
        assertThat(manifestBytes()).isEqualTo(before);
    }

    @Test
    @DisplayName("Slack's ssl_check request is answered 200 with nothing run")
    void ssl_check_is_answered() throws IOException {
        byte[] before = manifestBytes();

        HttpResponse<String> response = send("ssl_check=1&token=gIkuvaNzQIHg97ATvDxqgjtO");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(manifestBytes()).isEqualTo(before);
    }

    @Test
    @DisplayName("Bad input: a timestamp 299 s old is still inside Slack's five minutes")
    void edge_of_the_window_is_accepted() {
        HttpResponse<String> response = keep(SlackRequests.signed(server.uri("/slack"), SECRET, NOW - 299,
                SlackRequests.command("U0ALICE", "status", responseUrl)));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("Bad input: the same signed request sent again is 409 and runs once")
    void replay_runs_once() {
        String body = SlackRequests.command("U0ALICE", "signoff api", responseUrl);

        HttpResponse<String> first = send(body);
        String afterFirst = manifest().toYaml();
        HttpResponse<String> again = send(body);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).path("text").asText())
                .isEqualTo("Conflict: this request was already received; it is not run twice");
        assertThat(manifest().toYaml()).isEqualTo(afterFirst);
    }

    @Test
    @DisplayName("Bad input: an oversized body is 413 before it is read; malformed bodies are 400")
    void oversized_and_malformed() throws IOException {
        byte[] before = manifestBytes();
        String huge = SlackRequests.command("U0ALICE", "rollback " + "x".repeat(70_000), responseUrl);
        String badEscape = "command=%2Frelease&user_id=U0ALICE&text=status%zz&response_url=" + responseUrl;
        String noUser = SlackRequests.form(Map.of("command", "/release", "text", "status",
                "response_url", responseUrl.toString()));
        String twice = SlackRequests.command("U0ALICE", "status", responseUrl) + "&user_id=U0CAROL";
        String notJson = SlackRequests.form(Map.of("payload", "{not json"));

        HttpResponse<String> tooLarge = send(huge);
        HttpResponse<String> escape = send(badEscape);
        HttpResponse<String> missing = send(noUser);
        HttpResponse<String> duplicated = send(twice);
        HttpResponse<String> payload = send(notJson);

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(json(tooLarge).path("text").asText())
                .isEqualTo("Request body too large: at most 65536 bytes are accepted");
        assertThat(List.of(escape, missing, duplicated, payload)).extracting(HttpResponse::statusCode)
                .containsOnly(400);
        assertThat(json(escape).path("text").asText()).isEqualTo("Malformed request: a percent escape is invalid");
        assertThat(json(missing).path("text").asText()).isEqualTo("Malformed request: field user_id is missing");
        assertThat(json(duplicated).path("text").asText())
                .isEqualTo("Malformed request: field user_id appears twice");
        assertThat(json(payload).path("text").asText()).isEqualTo("Malformed request: the body is not valid JSON");
        assertThat(manifestBytes()).isEqualTo(before);
    }

    @Test
    @DisplayName("Bad input: wrong method is 405, wrong content type 415, unknown path 404")
    void method_and_content_type() throws Exception {
        HttpResponse<String> get = keep(SlackRequests.CLIENT.send(HttpRequest.newBuilder(server.uri("/slack")).GET()
                .build(), HttpResponse.BodyHandlers.ofString()));
        String body = SlackRequests.command("U0ALICE", "status", responseUrl);
        HttpResponse<String> json = keep(SlackRequests.post(server.uri("/slack"), "application/json", body,
                "X-Slack-Request-Timestamp", Long.toString(NOW), "X-Slack-Signature",
                SlackRequests.sign(SECRET, NOW, body)));
        HttpResponse<String> elsewhere = keep(SlackRequests.signed(server.uri("/slack/other"), SECRET, NOW, body));

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).contains("POST");
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(elsewhere.statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("Bad input: a response_url outside Slack's host (or the configured one) is 400 and nothing runs")
    void foreign_response_url_is_refused() throws IOException {
        byte[] before = manifestBytes();
        List<String> foreign = List.of("https://evil.example/commands/x", "http://hooks.slack.com.evil.example/x",
                "https://user@" + responseUrl.getAuthority() + "/commands/x", hooks.uri("/elsewhere").toString(),
                "not a url", "file:///etc/passwd");

        for (String url : foreign) {
            HttpResponse<String> response = send(SlackRequests.command("U0ALICE", "signoff api", url));

            assertThat(response.statusCode()).as(url).isEqualTo(400);
            assertThat(json(response).path("text").asText()).as(url).isEqualTo(
                    "Malformed request: response_url is not a Slack response URL this bot may answer to");
        }
        assertThat(manifestBytes()).isEqualTo(before);
        assertThat(hooks.requests()).isEmpty();
    }

    @Test
    @DisplayName("R-CO a slow command is acknowledged at once and its result goes to the response_url")
    void slow_command_answers_on_response_url() throws Exception {
        server.close();
        Path empty = Files.createDirectory(dir.resolve("empty"));
        releases = ManifestDirectory.open(empty);
        ReleaseBot slowDrafts = ReleaseBot.builder().desk(ReleaseDesk.builder().clock(Fixtures.CLOCK).build())
                .drafts((id, by) -> {
                    sleep(600);
                    return Fixtures.draft();
                }).build();
        server = serve(slowDrafts, Fixtures.CLOCK, Duration.ofMillis(100));

        HttpResponse<String> ack = send(SlackRequests.command("U0JOHN", "create", responseUrl));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(json(ack).path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(json(ack).path("text").asText()).isEqualTo("Working on /release create …");
        RecordedRequest posted = hooks.awaitRequests(1, Duration.ofSeconds(10)).get(0);
        answers.add(posted.bodyText());
        assertThat(posted.path()).isEqualTo("/commands/T0001/1234/abcd");
        JsonNode message = JSON.readTree(posted.bodyText());
        assertThat(message.path("response_type").asText()).isEqualTo("in_channel");
        assertThat(message.path("replace_original").asBoolean(true)).isFalse();
        assertThat(message.path("text").asText()).startsWith("🚀 Created release rel-2024-01-15-001");
        assertThat(releases.current().orElseThrow().status()).isEqualTo(ReleaseStatus.PENDING_APPROVAL);
    }

    @Test
    @DisplayName("R-CO interactivity: a block_actions click runs its command for the clicking user, answered on response_url")
    void block_actions_click() throws Exception {
        String payload = JSON.writeValueAsString(Map.of("type", "block_actions",
                "user", Map.of("id", "U0CAROL", "username", "carol"),
                "response_url", responseUrl.toString(),
                "actions", List.of(Map.of("action_id", "signoff", "type", "button", "value", "signoff portal"))));

        HttpResponse<String> ack = send(SlackRequests.form(Map.of("payload", payload)));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).isEmpty();
        RecordedRequest posted = hooks.awaitRequests(1, Duration.ofSeconds(10)).get(0);
        answers.add(posted.bodyText());
        assertThat(JSON.readTree(posted.bodyText()).path("text").asText()).contains("portal").contains("@carol");
        assertThat(manifest().findComponent("portal").orElseThrow().signOff().status())
                .isEqualTo(SignOffStatus.APPROVED);
    }

    @Test
    @DisplayName("R-CO a carried-out command offers buttons for what comes next; clicking one runs it for the clicker")
    void buttons_for_what_comes_next() throws Exception {
        HttpResponse<String> signed = send(SlackRequests.command("U0ALICE", "signoff api", responseUrl));

        JsonNode blocks = json(signed).path("blocks");
        assertThat(blocks.path(0).path("type").asText()).isEqualTo("section");
        assertThat(blocks.path(0).path("text").path("text").asText()).isEqualTo(json(signed).path("text").asText());
        JsonNode buttons = blocks.path(1).path("elements");
        assertThat(buttons).extracting(b -> b.path("value").asText()).containsExactly("signoff portal", "approve");
        assertThat(buttons).extracting(b -> b.path("text").path("text").asText())
                .containsExactly("Sign off portal", "Approve release");

        String payload = JSON.writeValueAsString(Map.of("type", "block_actions",
                "user", Map.of("id", "U0CAROL"), "response_url", responseUrl.toString(),
                "actions", List.of(Map.of("action_id", buttons.path(0).path("action_id").asText(),
                        "value", buttons.path(0).path("value").asText()))));
        send(SlackRequests.form(Map.of("payload", payload)));
        hooks.awaitRequests(1, Duration.ofSeconds(10));

        assertThat(manifest().findComponent("portal").orElseThrow().signOff().by()).isEqualTo("@carol");
    }

    @Test
    @DisplayName("Secrets: the signing secret is in no log line and no answer, whatever the request")
    void secret_never_logged() {
        try (LogCapture log = new LogCapture()) {
            send(SlackRequests.command("U0ALICE", "signoff api", responseUrl));
            keep(SlackRequests.signed(server.uri("/slack"), "wrong", NOW, "a=b"));
            send(SlackRequests.command("U0MALLORY", "status", responseUrl));
            send("x".repeat(70_000));

            assertThat(log.text()).contains("slack").doesNotContain(SECRET);
        }
        assertThat(server.toString()).doesNotContain(SECRET);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
