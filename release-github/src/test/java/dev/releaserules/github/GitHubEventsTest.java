package dev.releaserules.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.releaserules.core.manifest.ManifestUpdate;
import dev.releaserules.core.manifest.ReleaseDesk;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.SignOffStatus;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.github.GitHubEventException.Reason;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GitHub's own webhook payload examples, the Actions event file, and signed webhook deliveries. */
class GitHubEventsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterAll
    static void report() {
        ContractServer.report();
    }

    private static List<JsonNode> examples(String event) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : Specs.webhooks()) {
            if (e.path("name").asText().equals(event)) {
                e.path("examples").forEach(out::add);
            }
        }
        assertThat(out).as("examples of " + event + " in @octokit/webhooks-examples").isNotEmpty();
        return out;
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("R-T3 every pull_request example parses: closed and merged is post-merge's input, the rest is ignored")
    void every_pull_request_example_parses() {
        List<JsonNode> examples = examples("pull_request");
        for (JsonNode example : examples) {
            GitHubEvent event = GitHubEvents.parse("pull_request", bytes(example));
            ContractServer.PAYLOADS.incrementAndGet();
            boolean merged = example.path("action").asText().equals("closed")
                    && example.path("pull_request").path("merged").asBoolean();
            assertThat(event).isInstanceOf(merged ? GitHubEvent.PullRequestMerged.class : GitHubEvent.Ignored.class);
        }
        // GitHub's examples have no merged one; the closed example merged, as GitHub sends it then.
        ObjectNode closed = examples.stream().filter(e -> e.path("action").asText().equals("closed"))
                .findFirst().orElseThrow().deepCopy();
        ObjectNode pr = (ObjectNode) closed.path("pull_request");
        pr.put("merged", true).put("merged_at", "2024-01-15T10:00:00Z").put("merge_commit_sha",
                "0123456789abcdef0123456789abcdef01234567").set("merged_by", pr.path("user").deepCopy());
        ((ObjectNode) pr.path("head")).put("ref", "hotfix/v2.2.1");

        GitHubEvent event = GitHubEvents.parse("pull_request", bytes(closed));

        assertThat(event).isInstanceOfSatisfying(GitHubEvent.PullRequestMerged.class, m -> {
            PullRequest value = m.pullRequest();
            assertThat(value.isMerged()).isTrue();
            assertThat(value.head()).isEqualTo("hotfix/v2.2.1");
            assertThat(value.headCommit()).isEqualTo(pr.path("head").path("sha").asText()).isNotEmpty();
            assertThat(value.mergeCommit()).isEqualTo("0123456789abcdef0123456789abcdef01234567");
            assertThat(value.mergedBy()).isEqualTo("@" + pr.path("user").path("login").asText());
        });
    }

    @Test
    @DisplayName("R-SO1 every issue_comment example parses: created is a sign-off candidate, edits and deletions are ignored")
    void every_issue_comment_example_parses() {
        for (JsonNode example : examples("issue_comment")) {
            GitHubEvent event = GitHubEvents.parse("issue_comment", bytes(example));
            ContractServer.PAYLOADS.incrementAndGet();
            if (example.path("action").asText().equals("created")) {
                assertThat(event).isInstanceOfSatisfying(GitHubEvent.IssueCommentCreated.class, c -> {
                    assertThat(c.login()).isEqualTo(example.path("comment").path("user").path("login").asText());
                    assertThat(c.issue()).isEqualTo(example.path("issue").path("number").asInt());
                });
            } else {
                assertThat(event).isInstanceOf(GitHubEvent.Ignored.class);
            }
        }
    }

    @Test
    @DisplayName("R-S1 every push example parses: branch pushes name their branch, tag pushes and deletions none")
    void every_push_example_parses() {
        for (JsonNode example : examples("push")) {
            GitHubEvent event = GitHubEvents.parse("push", bytes(example));
            ContractServer.PAYLOADS.incrementAndGet();
            assertThat(event).isInstanceOfSatisfying(GitHubEvent.Push.class, p -> {
                assertThat(p.ref()).isEqualTo(example.path("ref").asText());
                assertThat(p.branch().isPresent()).isEqualTo(p.ref().startsWith("refs/heads/") && !p.deleted());
                assertThat(p.headCommitMessage()).isEqualTo(example.path("head_commit").path("message").asText(""));
            });
        }
    }

    @Test
    @DisplayName("every example of every other event type is ignored or refused with a typed error, never a foreign one")
    void every_other_example_is_ignored_or_refused_typed() {
        int read = 0;
        for (JsonNode e : Specs.webhooks()) {
            if (List.of("pull_request", "issue_comment", "push").contains(e.path("name").asText())) {
                continue;
            }
            for (JsonNode example : e.path("examples")) {
                try {
                    assertThat(GitHubEvents.parse(e.path("name").asText(), bytes(example))).isNotNull();
                } catch (GitHubEventException refused) {
                    assertThat(refused.reason()).isEqualTo(Reason.MALFORMED);
                }
                read++;
            }
        }
        ContractServer.PAYLOADS.addAndGet(read);
        assertThat(read).isGreaterThan(100);
        assertThat(GitHubEvents.parse("ping", "{}".getBytes(StandardCharsets.UTF_8))).isInstanceOf(GitHubEvent.Ignored.class);
    }

    @Test
    @DisplayName("malformed payloads are refused with a typed error naming the event and what was expected")
    void malformed_payloads_are_refused() {
        assertThatThrownBy(() -> GitHubEvents.parse("push", "{\"ref\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(GitHubEventException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED))
                .hasMessageStartingWith("Invalid push payload: expected JSON");
        assertThatThrownBy(() -> GitHubEvents.parse("push", "[]".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("Invalid push payload: expected a JSON object");
        assertThatThrownBy(() -> GitHubEvents.parse("issue_comment",
                "{\"action\":\"created\",\"issue\":{\"number\":1}}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("Invalid issue_comment payload: expected issue and comment objects");
        assertThatThrownBy(() -> GitHubEvents.parse("pull_request",
                "{\"action\":\"closed\",\"pull_request\":{\"number\":0,\"state\":\"closed\"}}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(GitHubEventException.class).hasMessageContaining("number");
    }

    @Test
    @DisplayName("inside Actions the event comes from GITHUB_EVENT_PATH; missing variables are named")
    void reads_the_actions_event_file(@TempDir Path dir) throws IOException {
        JsonNode push = examples("push").stream().filter(e -> e.path("ref").asText().startsWith("refs/heads/"))
                .findFirst().orElseThrow();
        Path file = dir.resolve("event.json");
        Files.write(file, bytes(push));

        GitHubEvent event = GitHubEvents.fromActions(Map.of("GITHUB_EVENT_NAME", "push",
                "GITHUB_EVENT_PATH", file.toString()));

        assertThat(event).isInstanceOfSatisfying(GitHubEvent.Push.class,
                p -> assertThat(p.branch()).contains("master"));
        assertThatThrownBy(() -> GitHubEvents.fromActions(Map.of()))
                .isInstanceOfSatisfying(GitHubEventException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_VARIABLE))
                .hasMessageContaining("GITHUB_EVENT_NAME, GITHUB_EVENT_PATH");
        assertThatThrownBy(() -> GitHubEvents.fromActions(Map.of("GITHUB_EVENT_NAME", "push",
                "GITHUB_EVENT_PATH", dir.resolve("missing.json").toString())))
                .isInstanceOfSatisfying(GitHubEventException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE));
    }

    @Test
    @DisplayName("a webhook delivery is taken in only when X-Hub-Signature-256 matches; unsigned, badly signed, oversized are refused")
    void verifies_webhook_deliveries_on_a_real_server() throws Exception {
        String secret = "It's a Secret to Everybody";
        GitHubWebhook hook = GitHubWebhook.withSecret(secret).maxBytes(64 * 1024);
        AtomicReference<GitHubEvent> taken = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            int status;
            try {
                taken.set(hook.verify(exchange.getRequestHeaders().getFirst("X-GitHub-Event"),
                        exchange.getRequestHeaders().getFirst("X-Hub-Signature-256"), exchange.getRequestBody()));
                status = 202;
            } catch (GitHubEventException e) {
                status = switch (e.reason()) {
                    case TOO_LARGE -> 413;
                    case MALFORMED -> 400;
                    default -> 401;
                };
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
            JsonNode example = examples("issue_comment").get(0);
            byte[] body = bytes(example);
            java.util.function.BiFunction<String, byte[], Integer> post = (signature, payload) -> {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("X-GitHub-Event", "issue_comment")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(payload));
                if (signature != null) {
                    request.header("X-Hub-Signature-256", signature);
                }
                try {
                    return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException | InterruptedException e) {
                    throw new AssertionError(e);
                }
            };

            assertThat(post.apply(hook.signatureOf(body), body)).isEqualTo(202);
            assertThat(taken.get()).isInstanceOf(GitHubEvent.IssueCommentCreated.class);
            assertThat(post.apply(null, body)).isEqualTo(401);
            assertThat(post.apply(GitHubWebhook.withSecret("another").signatureOf(body), body)).isEqualTo(401);
            assertThat(post.apply("sha256=zz", body)).isEqualTo(401);
            byte[] large = new byte[70 * 1024];
            java.util.Arrays.fill(large, (byte) ' ');
            assertThat(post.apply(hook.signatureOf(large), large)).isEqualTo(413);
        } finally {
            server.stop(0);
        }
        // GitHub's documented test vector for X-Hub-Signature-256.
        assertThat(GitHubWebhook.withSecret(secret).signatureOf("Hello, World!".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17");
        assertThatThrownBy(() -> hook.verify("push", "sha256=" + "0".repeat(64), "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(GitHubEventException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_SIGNATURE))
                .hasMessageNotContaining(secret);
        assertThat(hook.toString()).doesNotContain(secret);
    }

    @Test
    @DisplayName("R-SO1 a sign-off comment on the component's issue signs as the manifest's handle, matched ignoring case")
    void a_comment_signs_off_as_the_manifests_handle() throws IOException {
        String yaml = "release:\n  id: rel-2024-01-15-001\n  release_manager: '@john.doe'\n  status: pending_approval\n"
                + "components:\n  - name: api\n    current_version: v1.2.3\n    new_version: v1.3.0\n"
                + "    changes: ['feat: bulk upload']\n    team: api-team\n    team_lead: '@Alice'\n    sign_off: pending\n";
        ReleaseManifest manifest = ReleaseManifest.parse(yaml, "release.yaml");
        ObjectNode example = examples("issue_comment").stream()
                .filter(e -> e.path("action").asText().equals("created") && !e.path("issue").has("pull_request"))
                .findFirst().orElseThrow().deepCopy();
        ((ObjectNode) example.path("issue")).put("title", "[Sign-off Required] api - rel-2024-01-15-001");
        ((ObjectNode) example.path("comment")).put("body", "Looks good.\n/approve");
        ((ObjectNode) example.path("comment").path("user")).put("login", "alice").put("type", "User");
        ReleaseDesk desk = ReleaseDesk.builder()
                .clock(Clock.fixed(Instant.parse("2024-01-15T09:00:00Z"), ZoneOffset.UTC)).build();

        GitHubEvent event = GitHubEvents.parse("issue_comment", bytes(example));
        ManifestUpdate update = ((GitHubEvent.IssueCommentCreated) event).applyTo(desk, manifest).orElseThrow();

        assertThat(update.isAccepted()).isTrue();
        assertThat(update.manifest().findComponent("api").orElseThrow().signOff().status())
                .isEqualTo(SignOffStatus.APPROVED);
        assertThat(update.manifest().findComponent("api").orElseThrow().signOff().by()).isEqualTo("@Alice");

        ((ObjectNode) example.path("issue")).put("title", "Unrelated issue");
        GitHubEvent unrelated = GitHubEvents.parse("issue_comment", bytes(example));
        assertThat(((GitHubEvent.IssueCommentCreated) unrelated).applyTo(desk, manifest)).isEmpty();
    }
}
