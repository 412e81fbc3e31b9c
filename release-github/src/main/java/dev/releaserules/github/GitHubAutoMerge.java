package dev.releaserules.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.hosting.AuthorKind;
import dev.releaserules.core.hosting.AutoMergePolicy;
import dev.releaserules.core.hosting.ChecksState;
import dev.releaserules.core.hosting.MergeDecision;
import dev.releaserules.core.hosting.Mergeability;
import dev.releaserules.core.hosting.PullRequestFacts;
import dev.releaserules.core.spi.PullRequest.MergeMethod;
import dev.releaserules.github.GitHubException.Problem;
import dev.releaserules.github.internal.Answer;
import dev.releaserules.github.internal.Call;
import dev.releaserules.github.internal.Json;
import dev.releaserules.github.internal.RestClient;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Auto-merge on GitHub (R-M1): gathers a pull request's {@link PullRequestFacts} from GitHub
 * (mergeability, the check runs and commit statuses of its head, the author's kind, labels, the
 * dependency update a bot's title describes), decides with an {@link AutoMergePolicy}, and then
 * merges now through the REST API (optionally approving first), or enables GitHub's auto-merge
 * through GraphQL so GitHub merges once the checks pass. Release and hotfix pull requests are never
 * touched. Thread-safe.
 *
 * <pre>{@code
 * GitHubAutoMerge autoMerge = GitHubAutoMerge.of(GitHubHosting.fromEnvironment(), AutoMergePolicy.defaults());
 * AutoMergeResult result = autoMerge.mergeNow(42, false);       // or autoMerge.enableOnHost(42)
 * System.out.println(result.action() + ": " + result.decision().reason());
 * }</pre>
 *
 * <p>Checks: a failed, cancelled, timed-out or action-required check run, or a failing commit
 * status, is {@link ChecksState#FAILING}; a check run or status not finished is
 * {@link ChecksState#PENDING}; a head with no check run and no status at all is also
 * {@link ChecksState#PENDING}, so a repository without CI never merges on an absent signal.
 * Authors: GitHub bot accounts named {@code dependabot[bot]} or {@code renovate[bot]} are dependency
 * bots; other bots are automation bots.
 */
public final class GitHubAutoMerge {
    private static final Set<String> DEPENDENCY_BOTS = Set.of("dependabot[bot]", "renovate[bot]", "dependabot",
            "renovate-bot");
    static final String ENABLE_AUTO_MERGE = "mutation EnableAutoMerge($input: EnablePullRequestAutoMergeInput!) {\n"
            + "  enablePullRequestAutoMerge(input: $input) {\n"
            + "    pullRequest {\n"
            + "      number\n"
            + "      autoMergeRequest {\n"
            + "        enabledAt\n"
            + "        mergeMethod\n"
            + "      }\n"
            + "    }\n"
            + "  }\n"
            + "}\n";

    private final GitHubHosting github;
    private final AutoMergePolicy policy;

    private GitHubAutoMerge(GitHubHosting github, AutoMergePolicy policy) {
        this.github = github;
        this.policy = policy;
    }

    /**
     * Auto-merge on a repository with a policy.
     *
     * @param github the repository
     * @param policy the policy, such as {@link AutoMergePolicy#defaults()}
     * @return the auto-merge
     */
    public static GitHubAutoMerge of(GitHubHosting github, AutoMergePolicy policy) {
        return new GitHubAutoMerge(Objects.requireNonNull(github, "github"), Objects.requireNonNull(policy, "policy"));
    }

    /**
     * Reads a pull request's facts from GitHub.
     *
     * @param number the pull request number
     * @return the facts
     * @throws GitHubException when GitHub refuses or there is no such pull request
     */
    public PullRequestFacts facts(int number) {
        return gather(number).facts;
    }

    /**
     * Decides, and merges now when the policy says so: approves first when asked, then merges with the
     * decision's method, only if the head is still the commit the facts were read on.
     *
     * @param number the pull request number
     * @param approve whether to approve with a review before merging (for branch protection that
     *     requires an approval; the token's account must not be the author)
     * @return what was done
     * @throws GitHubException when GitHub refuses
     */
    public AutoMergeResult mergeNow(int number, boolean approve) {
        Gathered g = gather(number);
        MergeDecision decision = policy.decide(g.facts);
        if (decision instanceof MergeDecision.Never) {
            return new AutoMergeResult(number, g.facts, decision, AutoMergeResult.Action.REFUSED, "");
        }
        if (!decision.isMergeNow()) {
            return new AutoMergeResult(number, g.facts, decision, AutoMergeResult.Action.WAITING, "");
        }
        if (approve) {
            github.approvePullRequest(number, "Approved by Release Rules: " + decision.reason());
        }
        String sha = github.mergePullRequest(number, decision.mergeMethod(), g.headCommit);
        return new AutoMergeResult(number, g.facts, decision, AutoMergeResult.Action.MERGED, sha);
    }

    /**
     * Decides, and unless the policy refuses, enables GitHub's auto-merge with the decision's method
     * (GraphQL {@code enablePullRequestAutoMerge}); GitHub then merges once the required checks pass.
     * The repository must allow auto-merge.
     *
     * @param number the pull request number
     * @return what was done
     * @throws GitHubException when GitHub refuses (auto-merge not allowed in the repository, a
     *     pull request that is already clean, a token without {@code pull-requests: write})
     */
    public AutoMergeResult enableOnHost(int number) {
        Gathered g = gather(number);
        MergeDecision decision = policy.decide(g.facts);
        if (decision instanceof MergeDecision.Never) {
            return new AutoMergeResult(number, g.facts, decision, AutoMergeResult.Action.REFUSED, "");
        }
        String method = switch (decision.mergeMethod()) {
            case MERGE_COMMIT -> "MERGE";
            case SQUASH -> "SQUASH";
            case REBASE -> "REBASE";
            case NONE -> throw new InvalidInputException("merge method", "NONE", "MERGE_COMMIT, SQUASH or REBASE");
        };
        RestClient client = github.client();
        ObjectNode body = client.json().createObjectNode().put("query", ENABLE_AUTO_MERGE);
        ObjectNode input = body.putObject("variables").putObject("input");
        input.put("pullRequestId", g.nodeId).put("mergeMethod", method).put("expectedHeadOid", g.headCommit);
        String operation = "enable auto-merge on pull request #" + number;
        Answer answer = client.sendTo(Call.write(operation, "POST", "/graphql", body, true, "pull-requests: write"),
                github.graphqlUri());
        JsonNode errors = answer.body().path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            StringBuilder detail = new StringBuilder();
            errors.forEach(e -> detail.append(detail.length() == 0 ? "" : "; ").append(e.path("message").asText("")));
            throw new GitHubException(Problem.UNPROCESSABLE, answer.status(), null, "GitHub: " + operation
                    + " failed: " + detail + ": allow auto-merge in the repository settings, or merge it now");
        }
        return new AutoMergeResult(number, g.facts, decision, AutoMergeResult.Action.AUTO_MERGE_ENABLED, "");
    }

    private record Gathered(PullRequestFacts facts, String headCommit, String nodeId) {
    }

    private Gathered gather(int number) {
        if (number <= 0) {
            throw new InvalidInputException("pull request number", Integer.toString(number), "a positive number");
        }
        RestClient client = github.client();
        String operation = "get pull request #" + number;
        JsonNode pr = client.send(Call.get(operation, github.repoPath() + "/pulls/" + number, Map.of(),
                "pull-requests: read")).body();
        String head = Json.text(pr.path("head"), "sha", operation);
        JsonNode user = pr.path("user");
        String login = user.path("login").asText("");
        AuthorKind author = !"Bot".equals(user.path("type").asText("")) ? AuthorKind.HUMAN
                : DEPENDENCY_BOTS.contains(login.toLowerCase(Locale.ROOT)) ? AuthorKind.DEPENDENCY_BOT
                : AuthorKind.AUTOMATION_BOT;
        JsonNode mergeable = pr.path("mergeable");
        Mergeability mergeability = mergeable.isBoolean()
                ? (mergeable.asBoolean() ? Mergeability.MERGEABLE : Mergeability.CONFLICTING)
                : Mergeability.UNKNOWN;
        PullRequestFacts facts = PullRequestFacts.builder()
                .head(Json.text(pr.path("head"), "ref", operation))
                .base(Json.text(pr.path("base"), "ref", operation))
                .labels(new LinkedHashSet<>(Json.labels(pr)))
                .title(Json.optText(pr, "title"))
                .author(author)
                .mergeability(mergeability)
                .checks(github.checksOf(head))
                .build();
        return new Gathered(facts, head, Json.text(pr, "node_id", operation));
    }


}
