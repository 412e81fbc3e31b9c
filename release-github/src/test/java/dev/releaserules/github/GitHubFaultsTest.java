package dev.releaserules.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.releaserules.core.spi.Issue;
import dev.releaserules.core.spi.NewIssue;
import dev.releaserules.core.spi.NewPullRequest;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.github.GitHubException.Problem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Fault scripts: what GitHub does when things go wrong, each request still checked against the
 * API description.
 */
class GitHubFaultsTest {
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

    private static String message(String text) {
        return JSON.createObjectNode().put("message", text).toString();
    }

    private static JsonNode page(JsonNode example, int number) {
        ArrayNode array = JSON.createArrayNode();
        ObjectNode pr = (ObjectNode) example.get(0).deepCopy();
        pr.put("number", number);
        ((ObjectNode) pr.path("head")).put("ref", "release/v2.3.0");
        array.add(pr);
        return array;
    }

    private JsonNode pullsExample() {
        OpenApiContract openapi = new OpenApiContract(Specs.openapi());
        return openapi.example(openapi.match("GET", "/repos/o/r/pulls").orElseThrow()).body();
    }

    @Test
    @DisplayName("primary rate limit: waits until x-ratelimit-reset when it fits the call's budget, then answers")
    void waits_for_the_primary_rate_limit_reset() {
        long reset = Instant.now().getEpochSecond() + 1;
        server.script("pulls/list", ContractServer.status(403, Map.of("x-ratelimit-remaining", "0",
                "x-ratelimit-reset", Long.toString(reset)), message("API rate limit exceeded for installation")))
                .answer("pulls/list", array -> {
                    ((ObjectNode) array.get(0).path("head")).put("ref", "release/v2.3.0");
                    ((ObjectNode) array.get(0).path("base")).put("ref", "main");
                    return array;
                });
        long start = System.nanoTime();

        assertThat(server.hosting().findOpenPullRequest("release/v2.3.0", "main")).isPresent();

        assertThat(Instant.now().getEpochSecond()).isGreaterThanOrEqualTo(reset);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(server.operations()).containsExactly("pulls/list", "pulls/list");
    }

    @Test
    @DisplayName("primary rate limit beyond the budget: a typed error with the time to retry, at once")
    void fails_with_the_reset_when_it_does_not_fit() {
        long reset = Instant.now().getEpochSecond() + 3600;
        server.script("pulls/get", ContractServer.status(429, Map.of("x-ratelimit-remaining", "0",
                "x-ratelimit-reset", Long.toString(reset)), message("API rate limit exceeded")));

        assertThatThrownBy(() -> server.hosting().findPullRequest(1347))
                .isInstanceOfSatisfying(GitHubException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.RATE_LIMITED);
                    assertThat(e.retryAt()).contains(Instant.ofEpochSecond(reset));
                })
                .hasMessageContaining("retry after " + Instant.ofEpochSecond(reset));
    }

    @Test
    @DisplayName("secondary rate limit: Retry-After is obeyed, even for a create (a refused call did not happen)")
    void obeys_retry_after_of_the_secondary_limit() {
        server.script("issues/create", ContractServer.status(403, Map.of("retry-after", "1"),
                message("You have exceeded a secondary rate limit. Please wait a few minutes before you try again.")));
        long start = System.nanoTime();

        Issue issue = server.hosting().openIssue(new NewIssue("t", "b", List.of()));

        assertThat(issue.number()).isEqualTo(1347);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(server.operations()).containsExactly("issues/create", "issues/create");
    }

    @Test
    @DisplayName("secondary rate limit longer than the budget: a typed error saying to slow down")
    void secondary_limit_beyond_the_budget_fails_typed() {
        server.script("pulls/get", ContractServer.status(429, Map.of("retry-after", "600"),
                message("secondary rate limit")));

        assertThatThrownBy(() -> server.hosting().findPullRequest(1))
                .isInstanceOfSatisfying(GitHubException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.SECONDARY_RATE_LIMITED))
                .hasMessageContaining("wait 600 s");
    }

    @Test
    @DisplayName("502 then 200: a read is retried with jitter and answers")
    void retries_a_read_after_502() {
        server.script("issues/list-comments", ContractServer.status(502, Map.of(), message("Server Error")));

        assertThat(server.hosting().comments(1347)).hasSize(1);
        assertThat(server.operations()).containsExactly("issues/list-comments", "issues/list-comments");
    }

    @Test
    @DisplayName("R-T3 502 on workflow_dispatch: never sent twice, a typed error so post-merge withdraws its record")
    void never_resends_a_dispatch() {
        server.script("actions/create-workflow-dispatch", ContractServer.status(502, Map.of(), message("Bad Gateway")));

        assertThatThrownBy(() -> server.hosting().triggerWorkflow("release.yaml", "v2.3.0", Map.of()))
                .isInstanceOfSatisfying(GitHubException.class, e -> assertThat(e.problem()).isEqualTo(Problem.SERVER_ERROR))
                .hasMessageContaining("not retried blindly");
        assertThat(server.operations()).containsExactly("actions/create-workflow-dispatch");
    }

    @Test
    @DisplayName("502 on a create that took effect: found by the look-up, never created twice")
    void a_create_that_happened_is_found_not_repeated() {
        server.script("issues/create", ContractServer.status(502, Map.of(), message("Bad Gateway")))
                .answer("issues/list-for-repo", array -> {
                    ((ObjectNode) array.get(0)).remove("pull_request");
                    ((ObjectNode) array.get(0)).put("title", "[Sign-off Required] api").put("body", "Please sign");
                    return array;
                });

        Issue issue = server.hosting().openIssue(new NewIssue("[Sign-off Required] api", "Please sign", List.of()));

        assertThat(issue.number()).isEqualTo(1347);
        assertThat(server.operations()).containsExactly("issues/create", "issues/list-for-repo");
    }

    @Test
    @DisplayName("R-SR a comment whose answer was lost is found among the comments since the call, not written twice")
    void a_comment_that_happened_is_found_not_repeated() {
        server.script("issues/create-comment", ContractServer.status(504, Map.of(), message("Gateway Timeout")))
                .answer("issues/list-comments", array -> {
                    ((ObjectNode) array.get(0)).put("body", "Sign-off requested");
                    return array;
                });

        assertThat(server.hosting().addComment(1347, "Sign-off requested").body()).isEqualTo("Sign-off requested");
        assertThat(server.operations()).containsExactly("issues/create-comment", "issues/list-comments");
        assertThat(server.received().get(1).query()).containsKey("since");
    }

    @Test
    @DisplayName("429 without rate-limit headers is a secondary limit: waited out when it fits")
    void a_bare_429_is_a_secondary_limit() {
        server.script("pulls/get", ContractServer.status(429, Map.of("retry-after", "0"), message("Too many requests")));

        assertThat(server.hosting().findPullRequest(1347)).isPresent();
        assertThat(server.operations()).startsWith("pulls/get", "pulls/get");
    }

    @Test
    @DisplayName("502 on a create that did not take effect: looked up, then sent once more")
    void a_create_that_did_not_happen_is_sent_again_after_the_look_up() {
        server.script("pulls/create", ContractServer.status(502, Map.of(), message("Bad Gateway")))
                .answer("pulls/list", array -> JSON.createArrayNode());

        PullRequest pr = server.hosting().openPullRequest(new NewPullRequest("Release v2.3.0", "", "release/v2.3.0",
                "main", Set.of()));

        assertThat(pr.number()).isEqualTo(1347);
        assertThat(server.operations()).containsExactly("pulls/create", "pulls/list", "pulls/create");
    }

    @Test
    @DisplayName("a stalled body ends at the body-read limit with a typed error")
    void a_stalled_body_ends_at_the_limit() {
        server.script("pulls/get", ContractServer.stall(10_000));
        GitHubHosting github = server.hosting(b -> b.answerTimeout(Duration.ofMillis(300))
                .bodyTimeout(Duration.ofMillis(300)).maxAttempts(1));
        long start = System.nanoTime();

        assertThatThrownBy(() -> github.findPullRequest(1347))
                .isInstanceOfSatisfying(GitHubException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TIMEOUT))
                .hasMessageContaining("the answer's body did not arrive within 600 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    @DisplayName("an answer larger than the body limit is refused typed, not read into memory")
    void refuses_an_oversized_answer() {
        server.script("issues/list-comments", ContractServer.status(200, Map.of(), "[" + "{},".repeat(2000) + "{}]"));

        assertThatThrownBy(() -> server.hosting(b -> b.maxBodyBytes(4096)).comments(1347))
                .isInstanceOfSatisfying(GitHubException.class, e -> assertThat(e.problem()).isEqualTo(Problem.BAD_ANSWER))
                .hasMessageContaining("larger than 4096 bytes");
    }

    @Test
    @DisplayName("401: a typed error saying the token was refused, without the token")
    void unauthorized_says_what_to_do() {
        server.script("pulls/get", ContractServer.status(401, Map.of(), message("Bad credentials")));

        assertThatThrownBy(() -> server.hosting().findPullRequest(1))
                .isInstanceOfSatisfying(GitHubException.class, e -> assertThat(e.problem()).isEqualTo(Problem.UNAUTHORIZED))
                .hasMessageContaining("Bad credentials").hasMessageContaining("set GITHUB_TOKEN or GH_TOKEN")
                .hasMessageNotContaining(ContractServer.TOKEN);
    }

    @Test
    @DisplayName("403 on workflow_dispatch names the permission the token lacks (actions: write)")
    void forbidden_names_the_permission() {
        server.script("actions/create-workflow-dispatch", ContractServer.status(403, Map.of(),
                message("Resource not accessible by integration")));

        assertThatThrownBy(() -> server.hosting().triggerWorkflow("release.yaml", "v2.3.0", Map.of()))
                .isInstanceOfSatisfying(GitHubException.class, e -> assertThat(e.problem()).isEqualTo(Problem.FORBIDDEN))
                .hasMessageContaining("permissions: actions: write");
    }

    @Test
    @DisplayName("404 on an issue's comments: a typed error naming the repository to check")
    void not_found_names_the_repository() {
        server.script("issues/list-comments", ContractServer.status(404, Map.of(), message("Not Found")));

        assertThatThrownBy(() -> server.hosting().comments(7))
                .isInstanceOfSatisfying(GitHubException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND))
                .hasMessageContaining("octocat/Hello-World").hasMessageContaining("GITHUB_REPOSITORY");
    }

    @Test
    @DisplayName("422 'a pull request already exists': resolved by finding that pull request, not a second one")
    void already_exists_is_resolved_by_finding_it() {
        server.script("pulls/create", ContractServer.status(422, Map.of(), JSON.createObjectNode()
                .put("message", "Validation Failed").set("errors", JSON.createArrayNode().add(JSON.createObjectNode()
                        .put("resource", "PullRequest").put("code", "custom")
                        .put("message", "A pull request already exists for octocat:release/v2.3.0."))).toString()))
                .answer("pulls/list", array -> {
                    ((ObjectNode) array.get(0).path("head")).put("ref", "release/v2.3.0");
                    ((ObjectNode) array.get(0).path("base")).put("ref", "main");
                    return array;
                });

        PullRequest pr = server.hosting().openPullRequest(new NewPullRequest("Release v2.3.0", "", "release/v2.3.0",
                "main", Set.of()));

        assertThat(pr.number()).isEqualTo(1347);
        assertThat(server.operations()).containsExactly("pulls/create", "pulls/list");
    }

    @Test
    @DisplayName("422 otherwise: a typed error with GitHub's explanation")
    void unprocessable_carries_githubs_explanation() {
        server.script("actions/create-workflow-dispatch", ContractServer.status(422, Map.of(),
                message("Workflow does not have 'workflow_dispatch' trigger")));

        assertThatThrownBy(() -> server.hosting().triggerWorkflow("release.yaml", "v2.3.0", Map.of()))
                .isInstanceOfSatisfying(GitHubException.class, e -> assertThat(e.problem()).isEqualTo(Problem.UNPROCESSABLE))
                .hasMessageContaining("Workflow does not have 'workflow_dispatch' trigger");
    }

    @Test
    @DisplayName("R-V3 pagination: three pages through the Link header, oldest first")
    void reads_three_pages() {
        JsonNode example = pullsExample();
        String base = server.base() + "/repos/octocat/Hello-World/pulls?state=all&head=octocat%3Arelease%2Fv2.3.0&per_page=1&page=";
        server.script("pulls/list",
                ContractServer.status(200, Map.of("Link", "<" + base + "2>; rel=\"next\", <" + base + "3>; rel=\"last\""),
                        page(example, 3).toString()),
                ContractServer.status(200, Map.of("Link", "<" + base + "3>; rel=\"next\", <" + base + "1>; rel=\"first\""),
                        page(example, 1).toString()),
                ContractServer.status(200, Map.of("Link", "<" + base + "1>; rel=\"first\""), page(example, 2).toString()));

        List<PullRequest> prs = server.hosting().pullRequestsFrom("release/v2.3.0");

        assertThat(prs).extracting(PullRequest::number).containsExactly(1, 2, 3);
        assertThat(server.received()).extracting(r -> r.query().getOrDefault("page", List.of("1")).get(0))
                .containsExactly("1", "2", "3");
    }

    @Test
    @DisplayName("pagination past the page bound fails typed instead of answering a partial list")
    void refuses_more_pages_than_the_bound() {
        JsonNode example = pullsExample();
        String base = server.base() + "/repos/octocat/Hello-World/pulls?state=all&page=";
        server.script("pulls/list",
                ContractServer.status(200, Map.of("Link", "<" + base + "2>; rel=\"next\""), page(example, 1).toString()),
                ContractServer.status(200, Map.of("Link", "<" + base + "3>; rel=\"next\""), page(example, 2).toString()));

        assertThatThrownBy(() -> server.hosting(b -> b.maxPages(2)).pullRequestsFrom("release/v2.3.0"))
                .isInstanceOfSatisfying(GitHubException.class, e -> assertThat(e.problem()).isEqualTo(Problem.TOO_MANY_PAGES))
                .hasMessageContaining("narrow the query");
    }

    @Test
    @DisplayName("the token never appears in logs, exception messages or toString(), even when GitHub echoes it")
    void the_token_never_leaks() {
        server.script("pulls/get", ContractServer.status(502, Map.of(), message("echo " + ContractServer.TOKEN)),
                ContractServer.status(502, Map.of(), message("echo " + ContractServer.TOKEN)),
                ContractServer.status(502, Map.of(), message("echo " + ContractServer.TOKEN)));
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Throwable thrown;
        GitHubHosting github = server.hosting();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            thrown = org.assertj.core.api.Assertions.catchThrowable(() -> github.findPullRequest(1));
        } finally {
            System.setErr(err);
        }

        assertThat(thrown).isInstanceOf(GitHubException.class).hasMessageContaining("echo ***")
                .hasMessageNotContaining(ContractServer.TOKEN);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("GitHub").doesNotContain(ContractServer.TOKEN);
        assertThat(github.toString()).doesNotContain(ContractServer.TOKEN);
        assertThat(github.config().toString()).doesNotContain(ContractServer.TOKEN).contains("token=***");
    }
}
