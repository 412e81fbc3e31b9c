package dev.releaserules.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.releaserules.core.flow.PostMergeDecision;
import dev.releaserules.core.flow.PreparedRelease;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.git.GitRepositories;
import dev.releaserules.testkit.git.TempGitRepository;
import dev.releaserules.testkit.git.TestIdentities;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick-release flow on a real repository with GitHub as the host: prepare opens the release
 * pull request on (the loopback) GitHub, the merged pull_request event drives post-merge, and the
 * production workflow is dispatched exactly once.
 */
class GitHubFlowTest {
    private final ContractServer server = new ContractServer();

    @AfterEach
    void every_request_was_in_the_description() {
        server.close();
        assertThat(server.violations()).isEmpty();
    }

    @AfterAll
    static void report() {
        ContractServer.report();
    }

    private static TempGitRepository released() {
        TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build();
        repo.commit("chore: start", Map.of("version.txt", "2.2.0\n"))
                .tag("v2.2.0")
                .branch("develop").checkout("develop")
                .commit("feat: feature X", Map.of("x.txt", "x\n"))
                .push("refs/heads/main", "refs/heads/develop", "refs/tags/v2.2.0");
        return repo;
    }

    /** GitHub's closed pull_request example, merged, as GitHub sends it for the release pull request. */
    private static byte[] mergedEvent(String head, String headSha, String mergeSha) {
        ObjectNode event = null;
        for (JsonNode e : Specs.webhooks()) {
            if (e.path("name").asText().equals("pull_request")) {
                for (JsonNode example : e.path("examples")) {
                    if (event == null && example.path("action").asText().equals("closed")) {
                        event = example.deepCopy();
                    }
                }
            }
        }
        ObjectNode pr = (ObjectNode) event.path("pull_request");
        pr.put("number", 1347).put("merged", true).put("merged_at", "2024-01-15T10:00:00Z")
                .put("merge_commit_sha", mergeSha).set("merged_by", pr.path("user").deepCopy());
        ((ObjectNode) pr.path("head")).put("ref", head).put("sha", headSha);
        ((ObjectNode) pr.path("base")).put("ref", "main");
        ContractServer.PAYLOADS.incrementAndGet();
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("R-T1 R-T3 prepare opens the release pull request on GitHub; the merged event triggers production once")
    void prepare_then_merged_event_dispatches_production_once() {
        server.answer("pulls/create", node -> {
            ((ObjectNode) node.path("head")).put("ref", "release/v2.3.0");
            ((ObjectNode) node.path("base")).put("ref", "main");
            return node;
        });
        GitHubHosting github = server.hosting();
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            ReleaseFlow flow = ReleaseFlow.builder().repository(source).hosting(github).clock(repo.clock())
                    .identity(TestIdentities.RELEASE_BOT).build();

            PreparedRelease prepared = flow.prepare().call();

            assertThat(prepared.pullRequest()).isEqualTo(1347);
            ContractServer.Received create = server.received().stream()
                    .filter(r -> r.operation().equals("pulls/create")).findFirst().orElseThrow();
            assertThat(create.body().path("head").asText()).isEqualTo("release/v2.3.0");
            assertThat(create.body().path("title").asText()).contains("2.3.0");

            repo.checkout("main").merge("release/v2.3.0", "Merge pull request #1347 from release/v2.3.0")
                    .push("refs/heads/main");
            GitHubEvent event = GitHubEvents.parse("pull_request", mergedEvent("release/v2.3.0",
                    repo.commitId("release/v2.3.0"), repo.commitId("main")));
            GitHubEvent.PullRequestMerged merged = (GitHubEvent.PullRequestMerged) event;

            PostMergeDecision first = flow.postMerge().pullRequest(merged.pullRequest()).call();
            PostMergeDecision again = flow.postMerge().pullRequest(merged.pullRequest()).call();

            assertThat(first).isInstanceOf(PostMergeDecision.Triggered.class);
            assertThat(again).isInstanceOf(PostMergeDecision.AlreadyTriggered.class);
            assertThat(server.received().stream().filter(r -> r.operation().equals("actions/create-workflow-dispatch")))
                    .singleElement().satisfies(r -> {
                        assertThat(r.path()).endsWith("/actions/workflows/release.yaml/dispatches");
                        assertThat(r.body().path("ref").asText()).isEqualTo("v2.3.0");
                        assertThat(r.body().path("inputs").path("version").asText()).isEqualTo("2.3.0");
                    });
        }
    }

    @Test
    @DisplayName("R-T3 post-merge as a workflow step runs it (post-merge.java --host github --pr N): configuration from the Actions environment on GitHub Enterprise Server, the pull request read by number, one dispatch, step outputs without the token")
    void post_merge_step_in_actions_on_ghes(@TempDir Path runner) throws IOException {
        try (ContractServer ghes = new ContractServer("/api/v3"); TempGitRepository repo = released();
                SourceRepository source = GitRepositories.open(repo.workTree())) {
            Path output = Files.createFile(runner.resolve("output"));
            Path summary = Files.createFile(runner.resolve("summary"));
            Map<String, String> env = Map.of("GITHUB_TOKEN", ContractServer.TOKEN, "GITHUB_REPOSITORY", "octocat/Hello-World",
                    "GITHUB_API_URL", ghes.base().toString(), "GITHUB_OUTPUT", output.toString(),
                    "GITHUB_STEP_SUMMARY", summary.toString());
            GitHubHosting github = GitHubHosting.create(GitHubConfig.fromEnvironment(env));
            ghes.answer("pulls/create", node -> {
                ((ObjectNode) node.path("head")).put("ref", "release/v2.3.0");
                ((ObjectNode) node.path("base")).put("ref", "main");
                return node;
            });
            ReleaseFlow flow = ReleaseFlow.builder().repository(source).hosting(github).clock(repo.clock())
                    .identity(TestIdentities.RELEASE_BOT).build();
            int number = flow.prepare().call().pullRequest();
            repo.checkout("main").merge("release/v2.3.0", "Merge pull request #1347 from release/v2.3.0")
                    .push("refs/heads/main");
            String headSha = repo.commitId("release/v2.3.0");
            String mergeSha = repo.commitId("main");
            ghes.answer("pulls/get", node -> {
                ObjectNode pr = (ObjectNode) node;
                pr.put("number", number).put("state", "closed").put("merged", true)
                        .put("merged_at", "2024-01-15T10:00:00Z").put("merge_commit_sha", mergeSha)
                        .set("merged_by", pr.path("user").deepCopy());
                ((ObjectNode) pr.path("head")).put("ref", "release/v2.3.0").put("sha", headSha);
                ((ObjectNode) pr.path("base")).put("ref", "main");
                return pr;
            });

            PostMergeDecision decision = flow.postMerge().pullRequest(number).call();
            PostMergeDecision.Triggered triggered = (PostMergeDecision.Triggered) decision;
            GitHubActionsOutput.fromEnvironment(env).output("triggered", "true")
                    .output("version", triggered.version().toString()).output("tag", triggered.tag())
                    .summary("## Triggered " + triggered.workflow() + "\n\n" + triggered.plan().describe());

            assertThat(ghes.received()).filteredOn(r -> r.operation().equals("actions/create-workflow-dispatch"))
                    .singleElement().satisfies(r -> assertThat(r.path())   // below /api/v3: the server refuses anything else
                            .isEqualTo("/repos/octocat/Hello-World/actions/workflows/release.yaml/dispatches"));
            assertThat(ghes.received()).filteredOn(r -> r.operation().equals("pulls/get")).isNotEmpty();
            assertThat(repo.originRefs()).containsKey("refs/release-rules/triggered/v2.3.0");
            assertThat(GitHubActionsOutputTest.readAsTheRunnerDoes(output)).containsExactly(Map.entry("triggered", "true"),
                    Map.entry("version", "2.3.0"), Map.entry("tag", "v2.3.0"));
            assertThat(Files.readString(output) + Files.readString(summary)).doesNotContain(ContractServer.TOKEN)
                    .contains("release.yaml");
            ghes.close();
            assertThat(ghes.violations()).isEmpty();
        }
    }

    @Test
    @DisplayName("R-T3 a dispatch GitHub refuses (502) withdraws the trigger record, so the re-run dispatches")
    void failed_dispatch_withdraws_the_record() {
        server.answer("pulls/create", node -> {
            ((ObjectNode) node.path("head")).put("ref", "release/v2.3.0");
            ((ObjectNode) node.path("base")).put("ref", "main");
            return node;
        }).script("actions/create-workflow-dispatch", ContractServer.status(502, Map.of(), "{\"message\":\"Bad Gateway\"}"));
        GitHubHosting github = server.hosting();
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            ReleaseFlow flow = ReleaseFlow.builder().repository(source).hosting(github).clock(repo.clock())
                    .identity(TestIdentities.RELEASE_BOT).build();
            flow.prepare().call();
            repo.checkout("main").merge("release/v2.3.0", "Merge pull request #1347 from release/v2.3.0")
                    .push("refs/heads/main");
            var pr = ((GitHubEvent.PullRequestMerged) GitHubEvents.parse("pull_request", mergedEvent("release/v2.3.0",
                    repo.commitId("release/v2.3.0"), repo.commitId("main")))).pullRequest();

            assertThatThrownBy(() -> flow.postMerge().pullRequest(pr).call())
                    .isInstanceOfSatisfying(GitHubException.class,
                            e -> assertThat(e.problem()).isEqualTo(GitHubException.Problem.SERVER_ERROR));
            assertThat(repo.originRefs()).doesNotContainKey("refs/release-rules/triggered/v2.3.0");

            assertThat(flow.postMerge().pullRequest(pr).call()).isInstanceOf(PostMergeDecision.Triggered.class);
            assertThat(server.operations()).filteredOn(o -> o.equals("actions/create-workflow-dispatch")).hasSize(2);
        }
    }

    @Test
    @DisplayName("R-V5 R-S1 a push event drives the staging decision: a release branch deploys, a backport head is skipped")
    void push_event_drives_staging() {
        ObjectNode push = null;
        for (JsonNode e : Specs.webhooks()) {
            if (e.path("name").asText().equals("push")) {
                for (JsonNode example : e.path("examples")) {
                    if (push == null && example.path("ref").asText().startsWith("refs/heads/")) {
                        push = example.deepCopy();
                    }
                }
            }
        }
        push.put("ref", "refs/heads/release/v2.3.0");
        ContractServer.PAYLOADS.incrementAndGet();
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            repo.branch("release/v2.3.0").checkout("release/v2.3.0")
                    .commit("chore(release): 2.3.0", Map.of("version.txt", "2.3.0\n"))
                    .push("refs/heads/release/v2.3.0");
            ReleaseFlow flow = ReleaseFlow.builder().repository(source).clock(repo.clock())
                    .identity(TestIdentities.RELEASE_BOT).build();
            GitHubEvent.Push event = (GitHubEvent.Push) GitHubEvents.parse("push",
                    push.toString().getBytes(StandardCharsets.UTF_8));

            assertThat(flow.staging().branch(event.branch().orElseThrow()).call())
                    .isInstanceOfSatisfying(dev.releaserules.core.flow.StagingDecision.Deploy.class,
                            d -> assertThat(d.stagingVersion().toString()).startsWith("2.3.0-rc."));

            repo.commit("Merge backport/v2.3.0-to-develop (Backport)", Map.of("y.txt", "y\n"));
            assertThat(flow.staging().branch(event.branch().orElseThrow()).call())
                    .isInstanceOf(dev.releaserules.core.flow.StagingDecision.Skip.class);
        }
    }

    @Test
    @DisplayName("R-V3 a re-run of prepare after the release pull request was merged is refused: GitHub lists it")
    void rerun_of_prepare_after_merge_is_refused() {
        server.answer("pulls/create", node -> {
            ((ObjectNode) node.path("head")).put("ref", "release/v2.3.0");
            ((ObjectNode) node.path("base")).put("ref", "main");
            return node;
        });
        GitHubHosting github = server.hosting();
        try (TempGitRepository repo = released(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            ReleaseFlow flow = ReleaseFlow.builder().repository(source).hosting(github).clock(repo.clock())
                    .identity(TestIdentities.RELEASE_BOT).build();
            flow.prepare().call();
            // Merged meanwhile: no open pull request, but GitHub still lists it from the branch.
            server.answer("pulls/list", array -> {
                ObjectNode pr = (ObjectNode) array.get(0);
                ((ObjectNode) pr.path("head")).put("ref", "release/v2.3.0");
                ((ObjectNode) pr.path("base")).put("ref", "main");
                pr.put("state", "closed").put("merged_at", "2024-01-15T10:00:00Z");
                return array;
            });
            server.script("pulls/list", ContractServer.status(200, Map.of(), "[]"));

            assertThatThrownBy(() -> flow.prepare().version(dev.releaserules.core.version.Version.parse("2.3.0")).call())
                    .isInstanceOf(dev.releaserules.core.RuleViolationException.class)
                    .hasMessageStartingWith("R-V3");
            assertThat(server.operations()).filteredOn(o -> o.equals("pulls/create")).hasSize(1);
        }
    }
}
