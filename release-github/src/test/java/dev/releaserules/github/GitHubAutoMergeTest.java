package dev.releaserules.github;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.releaserules.core.hosting.AuthorKind;
import dev.releaserules.core.hosting.AutoMergePolicy;
import dev.releaserules.core.hosting.ChecksState;
import dev.releaserules.core.hosting.MergeDecision;
import dev.releaserules.core.hosting.Mergeability;
import dev.releaserules.core.hosting.PullRequestFacts;
import dev.releaserules.core.hosting.UpdateDelta;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Auto-merge (R-M1) on the loopback GitHub: facts gathered, the policy decides, REST or GraphQL acts. */
class GitHubAutoMergeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
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

    private ContractServer pullRequest(String head, String base, String login, String type, String title,
            String... labels) {
        return server.answer("pulls/get", node -> {
            ObjectNode pr = (ObjectNode) node;
            ((ObjectNode) pr.path("head")).put("ref", head);
            ((ObjectNode) pr.path("base")).put("ref", base);
            ((ObjectNode) pr.path("user")).put("login", login).put("type", type);
            pr.put("title", title).put("state", "open").put("merged", false);
            ArrayNode array = pr.putArray("labels");
            for (String label : labels) {
                array.add(JSON.createObjectNode().put("id", 1).put("node_id", "L").put("url", "u").put("name", label)
                        .put("description", "").put("color", "ededed").put("default", false));
            }
            return pr;
        });
    }

    @Test
    @DisplayName("R-M1 a backport pull request with passing checks merges now, with a merge commit, at the head it was decided on")
    void backport_merges_now_with_a_merge_commit() {
        pullRequest("backport/v2.3.0-to-develop", "develop", "release-bot", "User", "Backport v2.3.0", "backport");
        GitHubAutoMerge autoMerge = GitHubAutoMerge.of(server.hosting(), AutoMergePolicy.defaults());

        AutoMergeResult result = autoMerge.mergeNow(1347, false);

        assertThat(result.action()).isEqualTo(AutoMergeResult.Action.MERGED);
        assertThat(result.facts().checks()).isEqualTo(ChecksState.PASSING);
        assertThat(result.facts().mergeability()).isEqualTo(Mergeability.MERGEABLE);
        assertThat(server.operations()).containsExactly("pulls/get", "checks/list-for-ref",
                "repos/get-combined-status-for-ref", "pulls/merge");
        JsonNode merge = server.received().get(3).body();
        assertThat(merge.path("merge_method").asText()).isEqualTo("merge");
        assertThat(merge.path("sha").asText()).isEqualTo("6dcb09b5b57875f334f61aebed695e2e4193db5e");
    }

    @Test
    @DisplayName("R-M1 a release pull request is never touched: facts read, nothing merged or enabled")
    void release_pull_requests_are_refused() {
        pullRequest("release/v2.3.0", "main", "release-bot", "User", "Release v2.3.0", "release", "auto-merge");
        GitHubAutoMerge autoMerge = GitHubAutoMerge.of(server.hosting(), AutoMergePolicy.defaults());

        AutoMergeResult merged = autoMerge.mergeNow(1347, true);
        AutoMergeResult enabled = autoMerge.enableOnHost(1347);

        assertThat(merged.action()).isEqualTo(AutoMergeResult.Action.REFUSED);
        assertThat(enabled.action()).isEqualTo(AutoMergeResult.Action.REFUSED);
        assertThat(merged.decision()).isInstanceOfSatisfying(MergeDecision.Never.class,
                n -> assertThat(n.refusal()).isEqualTo(MergeDecision.Refusal.RELEASE_OR_HOTFIX));
        assertThat(server.operations()).doesNotContain("pulls/merge", "pulls/create-review", "graphql");
    }

    @Test
    @DisplayName("R-M1 Dependabot's patch update: GitHub's auto-merge is enabled by the GraphQL mutation, squash, checked against the schema")
    void dependency_patch_enables_auto_merge_through_graphql() {
        pullRequest("dependabot/npm_and_yarn/lodash-4.17.21", "develop", "dependabot[bot]", "Bot",
                "Bump lodash from 4.17.15 to 4.17.21");
        server.script("graphql", ContractServer.status(200, Map.of(), "{\"data\":{\"enablePullRequestAutoMerge\":"
                + "{\"pullRequest\":{\"number\":1347,\"autoMergeRequest\":{\"enabledAt\":\"2024-01-15T10:00:00Z\","
                + "\"mergeMethod\":\"SQUASH\"}}}}}"));
        GitHubAutoMerge autoMerge = GitHubAutoMerge.of(server.hosting(), AutoMergePolicy.defaults());

        AutoMergeResult result = autoMerge.enableOnHost(1347);

        assertThat(result.action()).isEqualTo(AutoMergeResult.Action.AUTO_MERGE_ENABLED);
        assertThat(result.facts().author()).isEqualTo(AuthorKind.DEPENDENCY_BOT);
        assertThat(result.facts().updateDelta()).isEqualTo(UpdateDelta.PATCH);
        ContractServer.Received graphql = server.received().get(3);
        assertThat(graphql.operation()).isEqualTo("graphql");
        assertThat(graphql.body().path("variables").path("input").path("mergeMethod").asText()).isEqualTo("SQUASH");
        assertThat(graphql.body().path("variables").path("input").path("pullRequestId").asText())
                .isEqualTo("MDExOlB1bGxSZXF1ZXN0MQ==");
    }

    @Test
    @DisplayName("R-M1 a major dependency update is refused; failing checks make an opted-in pull request wait")
    void major_updates_refused_and_failing_checks_wait() {
        pullRequest("dependabot/maven/jgit-8.0.0", "develop", "dependabot[bot]", "Bot", "Bump jgit from 7.8.1 to 8.0.0");
        GitHubAutoMerge autoMerge = GitHubAutoMerge.of(server.hosting(), AutoMergePolicy.defaults());
        assertThat(autoMerge.mergeNow(1347, false).action()).isEqualTo(AutoMergeResult.Action.REFUSED);

        pullRequest("feature/x", "develop", "alice", "User", "feat: x", "auto-merge");
        server.answer("checks/list-for-ref", node -> {
            ((ObjectNode) node.path("check_runs").get(0)).put("conclusion", "failure");
            return node;
        });
        AutoMergeResult result = autoMerge.mergeNow(1347, true);

        assertThat(result.action()).isEqualTo(AutoMergeResult.Action.WAITING);
        assertThat(result.decision()).isInstanceOfSatisfying(MergeDecision.Wait.class,
                w -> assertThat(w.waitingFor()).containsExactly(MergeDecision.WaitingFor.FAILING_CHECKS_FIXED));
        assertThat(server.operations()).doesNotContain("pulls/merge", "pulls/create-review");
    }

    @Test
    @DisplayName("R-M1 an opted-in pull request is approved, then squashed")
    void opted_in_is_approved_then_squashed() {
        pullRequest("feature/x", "develop", "alice", "User", "feat: x", "auto-merge");

        AutoMergeResult result = GitHubAutoMerge.of(server.hosting(), AutoMergePolicy.defaults()).mergeNow(1347, true);

        assertThat(result.action()).isEqualTo(AutoMergeResult.Action.MERGED);
        assertThat(result.mergeCommit()).isNotEmpty();
        assertThat(server.operations()).endsWith("pulls/create-review", "pulls/merge");
        assertThat(server.received().get(4).body().path("merge_method").asText()).isEqualTo("squash");
    }

    @Test
    @DisplayName("the GraphQL check is not vacuous: unknown fields, wrong enum values and missing inputs are caught")
    void graphql_contract_catches_mistakes() {
        GraphQlContract schema = new GraphQlContract(Specs.graphql());
        ObjectNode variables = JSON.createObjectNode();
        variables.putObject("input").put("pullRequestId", "X").put("mergeMethod", "SQUASH");

        assertThat(schema.check(GitHubAutoMerge.ENABLE_AUTO_MERGE, variables)).isEmpty();
        assertThat(schema.check(GitHubAutoMerge.ENABLE_AUTO_MERGE.replace("enabledAt", "enabledWhen"), variables))
                .anySatisfy(p -> assertThat(p).contains("has no field enabledWhen"));
        ObjectNode wrong = JSON.createObjectNode();
        wrong.putObject("input").put("mergeMethod", "FAST_FORWARD");
        assertThat(schema.check(GitHubAutoMerge.ENABLE_AUTO_MERGE, wrong))
                .anySatisfy(p -> assertThat(p).contains("FAST_FORWARD"))
                .anySatisfy(p -> assertThat(p).contains("pullRequestId is required"));
        assertThat(schema.check("mutation { enablePullRequestAutoMerge { clientMutationId } }", JSON.createObjectNode()))
                .anySatisfy(p -> assertThat(p).contains("needs the argument input"));
    }

    @Test
    @DisplayName("facts alone can be read for a decision elsewhere")
    void reads_facts() {
        pullRequest("backport/v2.3.0-to-develop", "develop", "release-bot", "Bot", "Backport", "backport");

        PullRequestFacts facts = GitHubAutoMerge.of(server.hosting(), AutoMergePolicy.defaults()).facts(1347);

        assertThat(facts.author()).isEqualTo(AuthorKind.AUTOMATION_BOT);
        assertThat(facts.labels()).containsExactly("backport");
        assertThat(List.of(facts.head(), facts.base())).containsExactly("backport/v2.3.0-to-develop", "develop");
    }
}
