package dev.releaserules.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.releaserules.core.spi.Comment;
import dev.releaserules.core.spi.Issue;
import dev.releaserules.core.spi.NewIssue;
import dev.releaserules.core.spi.NewPullRequest;
import dev.releaserules.core.spi.PullRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every operation of {@link GitHubHosting} against a loopback server that checks each request
 * against GitHub's OpenAPI description and answers with its examples.
 */
class GitHubHostingContractTest {
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

    private static JsonNode pr(JsonNode node, String head, String base) {
        ((ObjectNode) node.path("head")).put("ref", head);
        ((ObjectNode) node.path("base")).put("ref", base);
        return node;
    }

    private static JsonNode eachPr(JsonNode array, String head, String base) {
        array.forEach(node -> pr(node, head, base));
        return array;
    }

    @Test
    @DisplayName("R-T1 R-L1 a pull request is opened with its labels, as GitHub describes the two calls")
    void opens_a_pull_request_with_labels() {
        server.answer("pulls/create", node -> pr(node, "release/v2.3.0", "main"));

        PullRequest pr = server.hosting().openPullRequest(new NewPullRequest("Release v2.3.0", "Notes",
                "release/v2.3.0", "main", Set.of("release", "automated")));

        assertThat(pr.number()).isEqualTo(1347);
        assertThat(pr.head()).isEqualTo("release/v2.3.0");
        assertThat(pr.labels()).contains("release", "automated");
        assertThat(server.operations()).containsExactly("pulls/create", "issues/add-labels");
        ContractServer.Received create = server.received().get(0);
        assertThat(create.body().path("head").asText()).isEqualTo("release/v2.3.0");
        assertThat(create.body().path("base").asText()).isEqualTo("main");
        assertThat(server.received().get(1).body().path("labels")).hasSize(2);
    }

    @Test
    @DisplayName("the open pull request is found with a query narrowed to owner:head, base and state")
    void finds_the_open_pull_request_by_head_and_base() {
        server.answer("pulls/list", array -> eachPr(array, "release/v2.3.0", "main"));

        Optional<PullRequest> found = server.hosting().findOpenPullRequest("release/v2.3.0", "main");

        assertThat(found).get().extracting(PullRequest::number).isEqualTo(1347);
        Map<String, List<String>> query = server.received().get(0).query();
        assertThat(query).containsEntry("head", List.of("octocat:release/v2.3.0")).containsEntry("base", List.of("main"))
                .containsEntry("state", List.of("open")).containsEntry("per_page", List.of("100"));
    }

    @Test
    @DisplayName("R-T3 a merged pull request carries who merged it, its head and merge commit ids and the merge method")
    void gets_a_merged_pull_request_with_its_commits() {
        server.answer("pulls/get", node -> {
            ((ObjectNode) pr(node, "hotfix/v2.2.1", "main")).put("merged", true).put("state", "closed");
            return node;
        }).answer("git/get-commit", node -> {
            ((ArrayNode) node.path("parents")).add(node.path("parents").get(0).deepCopy());
            return node;
        });

        PullRequest pr = server.hosting().findPullRequest(1347).orElseThrow();

        assertThat(pr.isMerged()).isTrue();
        assertThat(pr.mergedBy()).isEqualTo("@octocat");
        assertThat(pr.headCommit()).isEqualTo("6dcb09b5b57875f334f61aebed695e2e4193db5e");
        assertThat(pr.mergeCommit()).isEqualTo("e5bd3914e2e596debea16f433f57875b5b90bcd6");
        assertThat(pr.mergeMethod()).isEqualTo(PullRequest.MergeMethod.MERGE_COMMIT);
        assertThat(server.operations()).containsExactly("pulls/get", "git/get-commit");
    }

    @Test
    @DisplayName("a pull request number GitHub does not know is empty, not an error")
    void unknown_pull_request_is_empty() {
        server.script("pulls/get", ContractServer.status(404, Map.of(), "{\"message\":\"Not Found\"}"));

        assertThat(server.hosting().findPullRequest(99)).isEmpty();
    }

    @Test
    @DisplayName("R-V3 pull requests from a head branch are read in every state, narrowed to that branch")
    void lists_pull_requests_from_a_head_branch() {
        server.answer("pulls/list", array -> eachPr(array, "release/v2.3.0", "main"));

        List<PullRequest> prs = server.hosting().pullRequestsFrom("release/v2.3.0");

        assertThat(prs).extracting(PullRequest::number).containsExactly(1347);
        assertThat(server.received().get(0).query()).containsEntry("state", List.of("all"))
                .containsEntry("head", List.of("octocat:release/v2.3.0"));
    }

    @Test
    @DisplayName("R-L1 labels are added to a pull request or issue")
    void adds_labels() {
        server.hosting().addLabels(1347, List.of("backport", "auto-merge"));

        assertThat(server.operations()).containsExactly("issues/add-labels");
        assertThat(server.received().get(0).body().path("labels").toString()).isEqualTo("[\"backport\",\"auto-merge\"]");
    }

    @Test
    @DisplayName("R-T3 workflow_dispatch runs the production workflow with its inputs and reports the run")
    void dispatches_a_workflow_and_reports_the_run() {
        Optional<WorkflowRun> run = server.hosting().dispatchWorkflow("production-release.yml", "v2.3.0",
                Map.of("tag", "v2.3.0", "version", "2.3.0"));

        assertThat(run).get().extracting(WorkflowRun::id).isEqualTo(1L);
        JsonNode body = server.received().get(0).body();
        assertThat(body.path("ref").asText()).isEqualTo("v2.3.0");
        assertThat(body.path("inputs").path("version").asText()).isEqualTo("2.3.0");
        assertThat(server.received().get(0).path()).endsWith("/actions/workflows/production-release.yml/dispatches");
    }

    @Test
    @DisplayName("R-SR sign-off issues: opened, found by label and by exact title, their comments read and written")
    void issues_and_comments() {
        server.answer("issues/list-for-repo", array -> {
            array.forEach(node -> {
                ((ObjectNode) node).remove("pull_request");
                ((ObjectNode) node.path("labels").get(0)).put("name", "sign-off-required");
            });
            return array;
        }).answer("search/issues-and-pull-requests", node -> {
            node.path("items").forEach(item -> {
                ((ObjectNode) item).remove("pull_request");
                ((ObjectNode) item).put("title", "[Sign-off Required] api - rel-2024-01-15-001");
            });
            return node;
        });
        GitHubHosting github = server.hosting();

        Issue opened = github.openIssue(new NewIssue("[Sign-off Required] api - rel-2024-01-15-001", "Please sign",
                List.of("release", "sign-off-required", "api")));
        List<Issue> labelled = github.findIssuesByLabel("sign-off-required");
        Optional<Issue> byTitle = github.findIssueByTitle("[Sign-off Required] api - rel-2024-01-15-001");
        List<Comment> comments = github.comments(1347);
        Comment added = github.addComment(1347, "Me too");

        assertThat(opened.number()).isEqualTo(1347);
        assertThat(labelled).extracting(Issue::number).containsExactly(1347);
        assertThat(byTitle).isPresent();
        assertThat(comments).singleElement().satisfies(c -> {
            assertThat(c.author()).isEqualTo("@octocat");
            assertThat(c.at()).isEqualTo(Instant.parse("2011-04-14T16:00:49Z"));
        });
        assertThat(added.body()).isEqualTo("Me too");
        assertThat(server.operations()).containsExactly("issues/create", "issues/list-for-repo",
                "search/issues-and-pull-requests", "issues/list-comments", "issues/create-comment");
        assertThat(server.received().get(2).query().get("q").get(0))
                .isEqualTo("repo:octocat/Hello-World is:issue in:title \"[Sign-off Required] api - rel-2024-01-15-001\"");
    }

    @Test
    @DisplayName("R-L1 a label is created when missing, updated when its colour differs, left alone when right")
    void ensures_labels_like_gh_label_create_force() {
        server.script("issues/get-label", ContractServer.status(404, Map.of(), "{\"message\":\"Not Found\"}"));
        GitHubHosting github = server.hosting();

        assertThat(github.ensureLabel("bug", "f29513", "Something isn't working")).isEqualTo(LabelChange.CREATED);
        assertThat(github.ensureLabel("bug", "f29513", "Something isn't working")).isEqualTo(LabelChange.UNCHANGED);
        assertThat(github.ensureLabel("bug", "d73a4a", "Something isn't working")).isEqualTo(LabelChange.UPDATED);
        assertThat(server.operations()).containsExactly("issues/get-label", "issues/create-label", "issues/get-label",
                "issues/get-label", "issues/update-label");
        assertThatThrownBy(() -> github.ensureLabel("bug", "#red", "")).hasMessageContaining("six hex digits");
    }

    @Test
    @DisplayName("R-M1 a release pull request is merged with a merge commit, only at the head it was decided on")
    void merges_with_the_method_and_expected_head() {
        String sha = server.hosting().mergePullRequest(1347, PullRequest.MergeMethod.MERGE_COMMIT,
                "6dcb09b5b57875f334f61aebed695e2e4193db5e");

        assertThat(sha).isEqualTo("6dcb09b5b57875f334f61aebed695e2e4193db5e");
        JsonNode body = server.received().get(0).body();
        assertThat(body.path("merge_method").asText()).isEqualTo("merge");
        assertThat(body.path("sha").asText()).isEqualTo("6dcb09b5b57875f334f61aebed695e2e4193db5e");
    }

    @Test
    @DisplayName("R-M1 merged as the policy requires: a hotfix pull request with a merge commit, at its current head")
    void merges_with_the_method_the_policy_requires() {
        server.answer("pulls/get", node -> pr(node, "hotfix/v2.2.1", "main"));

        server.hosting().mergePullRequest(1347, dev.releaserules.core.hosting.AutoMergePolicy.defaults());

        assertThat(server.operations()).containsExactly("pulls/get", "pulls/merge");
        assertThat(server.received().get(1).body().path("merge_method").asText()).isEqualTo("merge");
        assertThat(server.received().get(1).body().path("sha").asText()).isEqualTo("6dcb09b5b57875f334f61aebed695e2e4193db5e");
    }

    @Test
    @DisplayName("R-L1 every label the flow relies on is created with its colour and description")
    void ensures_the_flow_labels() {
        for (int i = 0; i < 6; i++) {
            server.script("issues/get-label", ContractServer.status(404, Map.of(), "{\"message\":\"Not Found\"}"));
        }

        Map<String, LabelChange> changes = server.hosting().ensureFlowLabels();

        assertThat(changes).containsOnlyKeys("release", "automated", "backport", "auto-merge", "hotfix", "priority:critical")
                .containsValue(LabelChange.CREATED).doesNotContainValue(LabelChange.UPDATED);
        assertThat(server.received()).filteredOn(r -> r.operation().equals("issues/create-label"))
                .extracting(r -> r.body().path("name").asText())
                .containsExactly("release", "automated", "backport", "auto-merge", "hotfix", "priority:critical");
    }

    @Test
    @DisplayName("R-M1 a pull request is approved with a review")
    void approves() {
        server.hosting().approvePullRequest(1347, "Checks passed");

        assertThat(server.received().get(0).body().path("event").asText()).isEqualTo("APPROVE");
    }

    @Test
    @DisplayName("GitHub Enterprise Server: the same calls below /api/v3, GraphQL at /api/graphql")
    void works_on_an_enterprise_server_base() {
        try (ContractServer ghes = new ContractServer("/api/v3")) {
            ghes.answer("pulls/list", array -> eachPr(array, "release/v2.3.0", "main"));
            GitHubHosting github = ghes.hosting();

            assertThat(github.findOpenPullRequest("release/v2.3.0", "main")).isPresent();
            github.triggerWorkflow("production-release.yml", "v2.3.0", Map.of());

            assertThat(ghes.received().get(1).body().has("return_run_details")).isFalse();
            assertThat(github.graphqlUri().getPath()).isEqualTo("/api/graphql");
            assertThat(ghes.violations()).isEmpty();
        }
    }

    @Test
    @DisplayName("R-HF2 a pull request's reviews are read from its reviews endpoint, every page, reviewers as @login")
    void reads_the_reviews_of_a_pull_request() {
        List<dev.releaserules.core.spi.Review> reviews = server.hosting().reviews(1347);

        assertThat(reviews).isNotEmpty().allSatisfy(r -> assertThat(r.author()).startsWith("@"));
        assertThat(reviews.get(0).state()).isEqualTo(dev.releaserules.core.spi.Review.State.APPROVED);
        assertThat(server.operations()).containsExactly("pulls/list-reviews");
        assertThat(server.received().get(0).query()).containsEntry("per_page", List.of("100"));
    }

    @Test
    @DisplayName("R-MR a pull request's status combines GitHub's mergeable with the check runs and statuses of its head")
    void reads_the_status_of_a_pull_request() {
        server.answer("checks/list-for-ref", node -> {
            node.path("check_runs").forEach(run -> ((ObjectNode) run).put("status", "completed")
                    .put("conclusion", "failure"));
            return node;
        });

        dev.releaserules.core.spi.PullRequestStatus status = server.hosting().pullRequestStatus(1347);

        assertThat(status.mergeability()).isEqualTo(dev.releaserules.core.hosting.Mergeability.MERGEABLE);
        assertThat(status.checks()).isEqualTo(dev.releaserules.core.hosting.ChecksState.FAILING);
        assertThat(status.headCommit()).isEqualTo("6dcb09b5b57875f334f61aebed695e2e4193db5e");
        assertThat(server.operations()).containsExactly("pulls/get", "checks/list-for-ref",
                "repos/get-combined-status-for-ref");
    }

    @Test
    @DisplayName("R-GR the release of a tag is looked up by tag, and created published with the changelog section")
    void looks_up_then_creates_a_release() {
        server.script("repos/get-release-by-tag", ContractServer.status(404, Map.of(), "{\"message\":\"Not Found\"}"));

        Optional<dev.releaserules.core.spi.HostRelease> before = server.hosting().findRelease("v2.3.0");
        dev.releaserules.core.spi.HostRelease made = server.hosting().createRelease("v2.3.0", "v2.3.0",
                "## [2.3.0] - 2024-02-06\n\n### Features\n\n* checkout\n");

        assertThat(before).isEmpty();
        assertThat(made.url()).startsWith("https://github.com/");
        assertThat(server.operations()).containsExactly("repos/get-release-by-tag", "repos/create-release");
        JsonNode body = server.received().get(1).body();
        assertThat(body.path("tag_name").asText()).isEqualTo("v2.3.0");
        assertThat(body.path("body").asText()).startsWith("## [2.3.0]");
        assertThat(body.path("draft").asBoolean(true)).isFalse();
    }

    @Test
    @DisplayName("R-GR a release GitHub says exists already is looked up, never created twice")
    void an_existing_release_is_kept() {
        server.script("repos/create-release", ContractServer.status(422, Map.of(), "{\"message\":\"Validation Failed\","
                + "\"errors\":[{\"resource\":\"Release\",\"code\":\"already_exists\",\"field\":\"tag_name\"}]}"));

        dev.releaserules.core.spi.HostRelease kept = server.hosting().createRelease("v1.0.0", "v1.0.0", "notes\n");

        assertThat(kept.tag()).isEqualTo("v1.0.0");
        assertThat(server.operations()).containsExactly("repos/create-release", "repos/get-release-by-tag");
    }
}
