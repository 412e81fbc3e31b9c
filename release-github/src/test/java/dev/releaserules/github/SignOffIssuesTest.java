package dev.releaserules.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.releaserules.core.manifest.ReleaseDesk;
import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.SignOffStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sign-off process on (the loopback, spec-checked) GitHub: requests opened once per component,
 * and comment events from GitHub's own issue_comment example turned into manifest updates written
 * to real YAML files and answered on the issue.
 */
class SignOffIssuesTest {
    private static final String ID = "rel-2024-01-15-001";
    private static final String API_TITLE = "[Sign-off Required] api - " + ID;
    private static final String MANIFEST = "release:\n  id: " + ID + "\n  release_manager: '@john.doe'\n"
            + "  status: pending_approval\n"
            + "components:\n"
            + "  - name: api\n    current_version: v1.2.3\n    new_version: v1.3.0\n"
            + "    changes: ['feat: bulk upload']\n    team: api-team\n    team_lead: '@Alice'\n    sign_off: pending\n"
            + "  - name: web\n    current_version: v2.0.0\n    new_version: v2.0.1\n"
            + "    changes: ['fix: login button']\n    team: web-team\n    team_lead: '@bob'\n    sign_off: pending\n"
            + "  - name: worker\n    current_version: v3.1.0\n    new_version: v3.1.0\n    sign_off: not_required\n";

    private final ContractServer server = new ContractServer();
    private final FakeIssues github = new FakeIssues();
    private final ReleaseDesk desk = ReleaseDesk.builder()
            .clock(Clock.fixed(Instant.parse("2024-01-15T09:00:00Z"), ZoneOffset.UTC)).build();

    @TempDir
    Path releases;

    @AfterEach
    void every_request_was_in_the_description() {
        server.close();
        assertThat(server.violations()).isEmpty();
    }

    @AfterAll
    static void report() {
        ContractServer.report();
    }

    /** What GitHub holds, served through the spec's example answers: issues opened and comments written. */
    private final class FakeIssues {
        final List<JsonNode> issues = new ArrayList<>();
        final List<JsonNode> comments = new ArrayList<>();
        final AtomicInteger numbers = new AtomicInteger(100);

        FakeIssues install() {
            server.script("issues/get-label", ContractServer.status(404, Map.of(), "{\"message\":\"Not Found\"}"));
            server.answer("issues/create", node -> {
                JsonNode sent = last("issues/create").body();
                ObjectNode issue = ((ObjectNode) node).put("number", numbers.incrementAndGet())
                        .put("title", sent.path("title").asText()).put("body", sent.path("body").asText());
                ArrayNode labels = issue.putArray("labels");
                sent.path("labels").forEach(l -> labels.addObject().put("id", 1).put("node_id", "L")
                        .put("url", "https://api.github.com/labels/x").put("name", l.asText())
                        .put("description", "").put("color", "ededed").put("default", false));
                issue.remove("pull_request");
                synchronized (issues) {
                    issues.add(issue.deepCopy());
                }
                return issue;
            }).answer("issues/list-for-repo", node -> {
                ArrayNode all = ((ArrayNode) node).arrayNode();
                synchronized (issues) {
                    issues.forEach(all::add);
                }
                return all;
            }).answer("search/issues-and-pull-requests", node -> {
                ((ArrayNode) node.path("items")).removeAll();   // GitHub's search lags behind new issues
                return ((ObjectNode) node).put("total_count", 0);
            }).answer("issues/list-comments", node -> {
                JsonNode template = node.get(0);
                ArrayNode all = ((ArrayNode) node).arrayNode();
                synchronized (comments) {
                    comments.forEach(c -> all.add(((ObjectNode) template.deepCopy()).setAll((ObjectNode) c)));
                }
                return all;
            }).answer("issues/create-comment", node -> {
                ObjectNode comment = ((ObjectNode) node).put("id", 900_000L + comments.size())
                        .put("body", last("issues/create-comment").body().path("body").asText());
                synchronized (comments) {
                    comments.add(comment.deepCopy());
                }
                return comment;
            });
            return this;
        }

        private ContractServer.Received last(String operation) {
            List<ContractServer.Received> all = server.received().stream()
                    .filter(r -> r.operation().equals(operation)).toList();
            return all.get(all.size() - 1);
        }
    }

    private Path manifestFile() throws IOException {
        return Files.writeString(releases.resolve(ID + ".yaml"), MANIFEST);
    }

    /** GitHub's issue_comment "created" example, as GitHub sends it for a comment on a sign-off issue. */
    private static byte[] commentEvent(int issue, String title, long commentId, String login, String type, String body,
            boolean onPullRequest) {
        ObjectNode event = null;
        for (JsonNode e : Specs.webhooks()) {
            if (e.path("name").asText().equals("issue_comment")) {
                for (JsonNode example : e.path("examples")) {
                    if (event == null && example.path("action").asText().equals("created")
                            && !example.path("issue").has("pull_request")) {
                        event = example.deepCopy();
                    }
                }
            }
        }
        ObjectNode issueNode = ((ObjectNode) event.path("issue")).put("number", issue).put("title", title);
        if (onPullRequest) {
            issueNode.putObject("pull_request").put("url", "https://api.github.com/repos/o/r/pulls/" + issue);
        }
        ((ObjectNode) event.path("comment")).put("id", commentId).put("body", body);
        ((ObjectNode) event.path("comment").path("user")).put("login", login).put("type", type);
        ContractServer.PAYLOADS.incrementAndGet();
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The event as a workflow step reads it: the event file named by GITHUB_EVENT_PATH. */
    private GitHubEvent fromActions(byte[] payload) throws IOException {
        Path file = Files.write(releases.resolve("event-" + System.nanoTime() + ".json"), payload);
        return GitHubEvents.fromActions(Map.of("GITHUB_EVENT_NAME", "issue_comment",
                "GITHUB_EVENT_PATH", file.toString()));
    }

    /** What the workflow step does: find the manifest by the title, answer, write it back when recorded. */
    private SignOffReply step(SignOffIssues issues, GitHubEvent event) {
        ReleaseId release = SignOffIssues.releaseOf(event).orElseThrow();
        Path file = releases.resolve(release.value() + ".yaml");
        SignOffReply reply = issues.answer(event, ReleaseManifest.read(file));
        if (reply.isRecorded()) {
            reply.manifest().write(file);
        }
        return reply;
    }

    private List<String> replies() {
        return server.received().stream().filter(r -> r.operation().equals("issues/create-comment"))
                .map(r -> r.body().path("body").asText()).toList();
    }

    private SignOffIssues onGitHub() {
        github.install();
        return SignOffIssues.of(server.hosting(), desk);
    }

    private Path requested(SignOffIssues issues) throws IOException {
        Path file = manifestFile();
        issues.request(ReleaseManifest.read(file)).manifest().write(file);
        return file;
    }

    @Test
    @DisplayName("R-SR one labelled sign-off issue per component that needs it, naming the team lead and how to answer; a re-run opens none")
    void requests_are_opened_once() throws IOException {
        SignOffIssues issues = onGitHub();
        Path file = manifestFile();

        SignOffIssues.Requested first = issues.request(ReleaseManifest.read(file));
        first.manifest().write(file);
        SignOffIssues.Requested again = issues.request(ReleaseManifest.read(file));

        assertThat(first.opened()).extracting(i -> i.title()).containsExactly(API_TITLE, "[Sign-off Required] web - " + ID);
        assertThat(first.found()).isEmpty();
        assertThat(again.opened()).isEmpty();
        assertThat(again.found()).extracting(i -> i.number()).containsExactly(101, 102);
        assertThat(server.received()).filteredOn(r -> r.operation().equals("issues/create")).hasSize(2)
                .first().satisfies(r -> {
                    assertThat(r.body().path("labels")).extracting(JsonNode::asText)
                            .containsExactly("release", "sign-off-required", "api");
                    assertThat(r.body().path("body").asText()).contains("Team lead: @Alice", "`/approve`",
                            "`/reject <reason>`", "v1.2.3 → v1.3.0");
                });
        assertThat(server.received()).filteredOn(r -> r.operation().equals("issues/create-label")).singleElement()
                .satisfies(r -> assertThat(r.body().path("name").asText()).isEqualTo("sign-off-required"));
        assertThat(Files.readString(file)).contains("sign_off_issue: \"101\"", "sign_off_issue: \"102\"")
                .doesNotContain("sign_off_issue: \"103\"");
        assertThat(ReleaseManifest.read(file).findComponent("worker").orElseThrow().extra().names()).isEmpty();
    }

    @Test
    @DisplayName("R-SR the issue title names the release and the component back, exactly as requests are titled")
    void titles_name_the_release_and_component() {
        assertThat(SignOffIssues.parseTitle(API_TITLE)).contains(new SignOffIssues.Request(ReleaseId.parse(ID), "api"));
        assertThat(SignOffIssues.parseTitle("[Sign-off Required] api - not-a-release")).isEmpty();
        assertThat(SignOffIssues.parseTitle("[Sign-off Required] api -  " + ID)).isEmpty();
        assertThat(SignOffIssues.parseTitle("Re: " + API_TITLE)).isEmpty();
        assertThat(SignOffIssues.releaseOf(GitHubEvents.parse("issue_comment",
                commentEvent(101, API_TITLE, 5, "alice", "User", "/approve", true)))).isEmpty();
    }

    @Test
    @DisplayName("R-SO1 /approve from the team lead (GitHub login matched to @Alice ignoring case) is written to the manifest file and answered; a re-run of the event records and answers nothing more")
    void approval_is_recorded_and_answered_once() throws IOException {
        SignOffIssues issues = onGitHub();
        Path file = requested(issues);
        GitHubEvent event = fromActions(commentEvent(101, API_TITLE, 5001, "alice", "User", "Looks good.\n/approve", false));

        SignOffReply reply = step(issues, event);
        SignOffReply rerun = step(issues, event);

        assertThat(reply.outcome()).isEqualTo(SignOffReply.Outcome.APPROVED);
        assertThat(reply.component()).isEqualTo("api");
        assertThat(reply.allSignedOff()).isFalse();
        ReleaseManifest written = ReleaseManifest.read(file);
        assertThat(written.findComponent("api").orElseThrow().signOff().status()).isEqualTo(SignOffStatus.APPROVED);
        assertThat(written.findComponent("api").orElseThrow().signOff().by()).isEqualTo("@Alice");
        assertThat(Files.readString(file)).contains("sign_off_comments_read: \"5001\"");
        assertThat(rerun.outcome()).isEqualTo(SignOffReply.Outcome.IGNORED);
        assertThat(rerun.reason()).isEqualTo("comment 5001 was recorded already");
        assertThat(replies()).singleElement().satisfies(body -> assertThat(body)
                .startsWith("✅ Recorded: @Alice approved `api` for " + ID + " (1 of 2 sign-offs in).")
                .endsWith("<!-- release-rules:sign-off-reply comment=5001 -->"));
        assertThat(server.received()).filteredOn(r -> r.operation().equals("issues/create-comment"))
                .singleElement().satisfies(r -> assertThat(r.path()).endsWith("/issues/101/comments"));

        SignOffReply last = step(issues, fromActions(commentEvent(102, "[Sign-off Required] web - " + ID, 5002, "BOB",
                "User", "/approve", false)));
        assertThat(last.allSignedOff()).isTrue();
        assertThat(replies()).last().asString().contains("(2 of 2 sign-offs in; every component is signed off)");
    }

    @Test
    @DisplayName("R-SO1 /reject <reason> blocks the component; the manifest and the reply carry the reason")
    void rejection_is_recorded_with_its_reason() throws IOException {
        SignOffIssues issues = onGitHub();
        Path file = requested(issues);

        SignOffReply reply = step(issues, fromActions(commentEvent(101, API_TITLE, 6001, "Alice", "User",
                "/reject the migration is not reversible", false)));

        assertThat(reply.outcome()).isEqualTo(SignOffReply.Outcome.REJECTED);
        assertThat(reply.reason()).isEqualTo("the migration is not reversible");
        ReleaseManifest written = ReleaseManifest.read(file);
        assertThat(written.findComponent("api").orElseThrow().signOff().status()).isEqualTo(SignOffStatus.REJECTED);
        assertThat(written.readiness().isReady()).isFalse();
        assertThat(replies()).singleElement().asString()
                .startsWith("❌ Recorded: @Alice rejected `api` for " + ID + ": the migration is not reversible")
                .contains("blocked until this rejection is withdrawn");
    }

    @Test
    @DisplayName("R-SO1 a login the manifest does not name is refused with a clear reply; bots, pull request comments, other issues and discussion are ignored without one")
    void strangers_are_refused_and_the_rest_ignored() throws IOException {
        SignOffIssues issues = onGitHub();
        Path file = requested(issues);
        String before = Files.readString(file);

        SignOffReply bot = step(issues, fromActions(commentEvent(101, API_TITLE, 7001, "github-actions[bot]", "Bot",
                "/approve", false)));
        SignOffReply discussion = step(issues, fromActions(commentEvent(101, API_TITLE, 7002, "alice", "User",
                "> /approve\nWho wrote this?", false)));
        SignOffReply pullRequest = issues.answer(GitHubEvents.parse("issue_comment",
                commentEvent(101, API_TITLE, 7003, "alice", "User", "/approve", true)), ReleaseManifest.read(file));
        SignOffReply otherIssue = issues.answer(GitHubEvents.parse("issue_comment",
                commentEvent(555, "[Sign-off Required] api - rel-2024-01-22-001", 7004, "alice", "User", "/approve",
                        false)), ReleaseManifest.read(file));
        assertThat(List.of(bot, discussion, pullRequest, otherIssue)).extracting(SignOffReply::outcome)
                .containsOnly(SignOffReply.Outcome.IGNORED);
        assertThat(List.of(bot, discussion, pullRequest, otherIssue)).extracting(SignOffReply::reason)
                .containsExactly("written by a bot", "no sign-off command in the comment",
                        "a comment on a pull request, not on a sign-off issue", "#555 is not a sign-off issue of " + ID);
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(replies()).isEmpty();

        SignOffReply stranger = step(issues, fromActions(commentEvent(101, API_TITLE, 7005, "mallory", "User",
                "/approve", false)));

        assertThat(stranger.outcome()).isEqualTo(SignOffReply.Outcome.REFUSED);
        assertThat(stranger.reason()).isEqualTo("GitHub user @mallory is not named in " + ID
                + " (not its release manager, a team lead, an author or an approver); @mallory may not sign off api:"
                + " only its team lead (@Alice) or a delegate named by the policy may (R-SO1)");
        assertThat(ReleaseManifest.read(file).findComponent("api").orElseThrow().signOff().status())
                .isEqualTo(SignOffStatus.PENDING);
        assertThat(replies()).singleElement().asString().startsWith("⚠️ Not recorded: GitHub user @mallory");

        SignOffReply wrongLead = step(issues, fromActions(commentEvent(102, "[Sign-off Required] web - " + ID, 7006,
                "alice", "User", "/approve", false)));
        assertThat(wrongLead.reason()).isEqualTo("@Alice may not sign off web: only its team lead (@bob) or a delegate"
                + " named by the policy may (R-SO1)");
    }

    @Test
    @DisplayName("R-SO1 a re-run after the reply was posted but before the manifest was written records the comment without a second reply")
    void a_posted_reply_is_not_posted_again() throws IOException {
        SignOffIssues issues = onGitHub();
        Path file = requested(issues);
        GitHubEvent event = fromActions(commentEvent(101, API_TITLE, 8001, "alice", "User", "/approve", false));
        ReleaseManifest unwritten = ReleaseManifest.read(file);

        SignOffReply first = issues.answer(event, unwritten);     // the job died before writing the manifest
        SignOffReply rerun = step(issues, event);

        assertThat(first.outcome()).isEqualTo(SignOffReply.Outcome.APPROVED);
        assertThat(rerun.outcome()).isEqualTo(SignOffReply.Outcome.APPROVED);
        assertThat(ReleaseManifest.read(file).findComponent("api").orElseThrow().signOff().status())
                .isEqualTo(SignOffStatus.APPROVED);
        assertThat(replies()).hasSize(1);
    }
}
