package dev.releaserules.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.spi.Comment;
import dev.releaserules.core.spi.Hosting;
import dev.releaserules.core.spi.Issue;
import dev.releaserules.core.spi.NewIssue;
import dev.releaserules.core.spi.NewPullRequest;
import dev.releaserules.core.hosting.ChecksState;
import dev.releaserules.core.hosting.Mergeability;
import dev.releaserules.core.spi.HostRelease;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.PullRequestStatus;
import dev.releaserules.core.spi.Review;
import dev.releaserules.core.spi.PullRequest.MergeMethod;
import dev.releaserules.github.GitHubException.Problem;
import dev.releaserules.github.internal.Answer;
import dev.releaserules.github.internal.Call;
import dev.releaserules.github.internal.Json;
import dev.releaserules.github.internal.Messages;
import dev.releaserules.github.internal.RestClient;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The hosting port on GitHub's REST API: pull requests, labels, {@code workflow_dispatch}, issues
 * and their comments, plus what the flow needs around them (creating the flow's labels, merging
 * with the method R-M1 requires, approving). Thread-safe; create it once per repository.
 *
 * <pre>{@code
 * GitHubHosting github = GitHubHosting.fromEnvironment();   // in GitHub Actions
 * ReleaseFlow flow = ReleaseFlow.builder().repository(repo).hosting(github).build();
 * }</pre>
 *
 * <p>Every list is read from a query narrowed to what is asked (head branch, base, state, label,
 * time), page by page through the {@code Link} header up to {@link GitHubConfig#maxPages()}; more
 * pages than that fail with {@link GitHubException.Problem#TOO_MANY_PAGES} rather than answering a
 * partial list. Reads are retried with jitter on 5xx answers and lost answers; writes that create
 * something (a pull request, an issue, a comment, a workflow run) are never retried blindly: after
 * a 5xx or a lost answer the adapter looks up whether the first attempt took effect, and sends again
 * only when it did not (a workflow dispatch, which cannot be looked up, is not sent again). Rate
 * limits are waited out when the reset fits {@link GitHubConfig#callBudget()}, and fail with the
 * time to retry otherwise. Every failure is a {@link GitHubException} that says what to do.
 *
 * <p>Token permissions the operations need (fine-grained token, GitHub App, or a workflow's
 * {@code permissions:}): pull requests {@code pull-requests: write}; labels and issues
 * {@code issues: write}; {@code workflow_dispatch} {@code actions: write}; reading
 * {@code contents: read}.
 */
public final class GitHubHosting implements Hosting {
    private static final Pattern HEX_COLOUR = Pattern.compile("[0-9a-fA-F]{6}");
    /** Check-run conclusions that count as failed. */
    private static final Set<String> FAILED = Set.of("failure", "cancelled", "timed_out", "action_required",
            "startup_failure", "stale");

    private final GitHubConfig config;
    private final RestClient client;
    private final String repoPath;

    private GitHubHosting(GitHubConfig config) {
        this.config = config;
        this.client = new RestClient(new RestClient.Settings(config.apiBase(), config.userAgent(),
                config.connectTimeout(), config.answerTimeout(), config.bodyTimeout(), config.callBudget(),
                config.maxPages(), config.maxAttempts(), config.maxBodyBytes(),
                config.owner() + "/" + config.repo()), config.token());
        this.repoPath = "/repos/" + RestClient.segment(config.owner()) + "/" + RestClient.segment(config.repo());
    }

    /**
     * The adapter for a configuration.
     *
     * @param config the repository, token and limits
     * @return the adapter
     */
    public static GitHubHosting create(GitHubConfig config) {
        return new GitHubHosting(Objects.requireNonNull(config, "config"));
    }

    /**
     * The adapter for the repository of the running GitHub Actions workflow (see
     * {@link GitHubConfig#fromEnvironment()}).
     *
     * @return the adapter
     * @throws InvalidInputException naming every missing variable
     */
    public static GitHubHosting fromEnvironment() {
        return create(GitHubConfig.fromEnvironment());
    }

    /**
     * The configuration.
     *
     * @return the configuration (its {@code toString()} hides the token)
     */
    public GitHubConfig config() {
        return config;
    }

    RestClient client() {
        return client;
    }

    String repoPath() {
        return repoPath;
    }

    /**
     * {@inheritDoc}
     *
     * <p>When GitHub answers that a pull request from the head into the base already exists, that
     * one is returned (with the labels added). After a 5xx or a lost answer, the open pull request
     * is looked up before a second attempt, so a retry never opens two.
     *
     * @throws GitHubException when GitHub refuses it (see {@link GitHubException#problem()})
     */
    @Override
    public PullRequest openPullRequest(NewPullRequest request) {
        Objects.requireNonNull(request, "request");
        String operation = "open pull request " + request.head() + " -> " + request.base();
        ObjectNode body = client.json().createObjectNode().put("title", request.title()).put("head", request.head())
                .put("base", request.base()).put("body", request.body());
        Call call = Call.write(operation, "POST", repoPath + "/pulls", body, false, "pull-requests: write");
        PullRequest opened = create(call, () -> findOpenPullRequest(request.head(), request.base()),
                answer -> Json.pullRequest(answer.body(), MergeMethod.NONE, operation));
        if (request.labels().isEmpty() || opened.labels().containsAll(request.labels())) {
            return opened;
        }
        addLabels(opened.number(), request.labels());
        Set<String> labels = new LinkedHashSet<>(opened.labels());
        labels.addAll(request.labels());
        return new PullRequest(opened.number(), opened.title(), opened.body(), opened.head(), opened.base(), labels,
                opened.state(), opened.mergedBy(), opened.mergeMethod(), opened.headCommit(), opened.mergeCommit());
    }

    @Override
    public Optional<PullRequest> findOpenPullRequest(String head, String base) {
        requireText(head, "head");
        requireText(base, "base");
        String operation = "find the open pull request " + head + " -> " + base;
        Map<String, String> query = new LinkedHashMap<>();
        query.put("state", "open");
        query.put("head", config.owner() + ":" + head);
        query.put("base", base);
        query.put("per_page", "100");
        return client.list(Call.get(operation, repoPath + "/pulls", query, "pull-requests: read"), null).stream()
                .map(node -> Json.pullRequest(node, MergeMethod.NONE, operation))
                .filter(pr -> pr.head().equals(head) && pr.base().equals(base))
                .findFirst();
    }

    /**
     * {@inheritDoc}
     *
     * <p>For a merged pull request, the merge commit is read too: two parents mean
     * {@link MergeMethod#MERGE_COMMIT}, one means squashed or rebased, reported as
     * {@link MergeMethod#SQUASH} (GitHub does not record which).
     */
    @Override
    public Optional<PullRequest> findPullRequest(int number) {
        requireNumber(number, "pull request number");
        String operation = "get pull request #" + number;
        Answer answer = client.send(Call.get(operation, repoPath + "/pulls/" + number, Map.of(), "pull-requests: read")
                .lookUp());
        if (answer.status() == 404) {
            return Optional.empty();
        }
        PullRequest pr = Json.pullRequest(answer.body(), MergeMethod.NONE, operation);
        if (pr.isMerged() && !pr.mergeCommit().isEmpty()) {
            pr = new PullRequest(pr.number(), pr.title(), pr.body(), pr.head(), pr.base(), pr.labels(), pr.state(),
                    pr.mergedBy(), mergeMethodOf(pr.mergeCommit()), pr.headCommit(), pr.mergeCommit());
        }
        return Optional.of(pr);
    }

    private MergeMethod mergeMethodOf(String mergeCommit) {
        String operation = "read merge commit " + mergeCommit;
        Answer answer = client.send(Call.get(operation, repoPath + "/git/commits/" + RestClient.segment(mergeCommit),
                Map.of(), "contents: read").lookUp());
        if (answer.status() == 404) {
            return MergeMethod.NONE;
        }
        return answer.body().path("parents").size() >= 2 ? MergeMethod.MERGE_COMMIT : MergeMethod.SQUASH;
    }

    @Override
    public List<PullRequest> pullRequestsFrom(String head) {
        requireText(head, "head");
        String operation = "list pull requests from " + head;
        Map<String, String> query = new LinkedHashMap<>();
        query.put("state", "all");
        query.put("head", config.owner() + ":" + head);
        query.put("sort", "created");
        query.put("direction", "asc");
        query.put("per_page", "100");
        return client.list(Call.get(operation, repoPath + "/pulls", query, "pull-requests: read"), null).stream()
                .map(node -> Json.pullRequest(node, MergeMethod.NONE, operation))
                .filter(pr -> pr.head().equals(head))
                .sorted(Comparator.comparingInt(PullRequest::number))
                .toList();
    }

    /**
     * {@inheritDoc}
     *
     * <p>Works for issues too (GitHub numbers both in one sequence). Labels that do not exist in the
     * repository are created by GitHub with a default colour; {@link #ensureLabel} gives them theirs.
     *
     * @throws GitHubException when there is no such pull request or issue, or GitHub refuses
     */
    @Override
    public void addLabels(int number, Collection<String> labels) {
        requireNumber(number, "pull request number");
        List<String> names = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(labels, "labels")));
        if (names.isEmpty()) {
            return;
        }
        ArrayNode array = client.json().createArrayNode();
        names.forEach(name -> array.add(requireText(name, "label")));
        ObjectNode body = client.json().createObjectNode().set("labels", array);
        // Adding labels a pull request already has changes nothing, so this write may be repeated.
        client.send(Call.write("add labels " + names + " to #" + number, "POST",
                repoPath + "/issues/" + number + "/labels", body, true, "issues: write"));
    }

    /**
     * {@inheritDoc}
     *
     * <p>A dispatch cannot be looked up reliably, so it is never sent twice: a 5xx or a lost answer
     * fails, and the caller (post-merge) withdraws its trigger record so a re-run triggers.
     *
     * @throws GitHubException when GitHub refuses (no such workflow file, no {@code workflow_dispatch}
     *     trigger in it, unknown inputs, a token without {@code actions: write})
     */
    @Override
    public void triggerWorkflow(String workflow, String ref, Map<String, String> inputs) {
        dispatchWorkflow(workflow, ref, inputs);
    }

    /**
     * Triggers a workflow through {@code workflow_dispatch} and reports the run when GitHub does.
     *
     * @param workflow the workflow file, such as {@code production-release.yml}, or its id
     * @param ref the branch or tag to run on
     * @param inputs the workflow inputs, at most 25
     * @return the run, or empty when GitHub did not report it (GitHub Enterprise Server)
     * @throws GitHubException as {@link #triggerWorkflow}
     */
    public Optional<WorkflowRun> dispatchWorkflow(String workflow, String ref, Map<String, String> inputs) {
        requireText(workflow, "workflow");
        requireText(ref, "ref");
        Objects.requireNonNull(inputs, "inputs");
        ObjectNode body = client.json().createObjectNode().put("ref", ref);
        ObjectNode in = body.putObject("inputs");
        inputs.forEach(in::put);
        // GitHub Enterprise Server (an /api/v3 base) does not know return_run_details yet.
        if (!config.apiBase().getPath().endsWith("/api/v3")) {
            body.put("return_run_details", true);
        }
        Answer answer = client.send(Call.write("trigger workflow " + workflow + " on " + ref, "POST",
                repoPath + "/actions/workflows/" + RestClient.segment(workflow) + "/dispatches", body, false,
                "actions: write"));
        JsonNode run = answer.body();
        if (run.path("workflow_run_id").canConvertToLong() && run.path("workflow_run_id").asLong() > 0) {
            return Optional.of(new WorkflowRun(run.path("workflow_run_id").asLong(), Json.optText(run, "run_url"),
                    Json.optText(run, "html_url")));
        }
        return Optional.empty();
    }

    /**
     * {@inheritDoc}
     *
     * <p>After a 5xx or a lost answer, the issues created since the call began are looked up and one
     * with the same title and body is returned; only when there is none is it sent again.
     */
    @Override
    public Issue openIssue(NewIssue request) {
        Objects.requireNonNull(request, "request");
        String operation = "open issue \"" + request.title() + "\"";
        ObjectNode body = client.json().createObjectNode().put("title", request.title()).put("body", request.body());
        ArrayNode labels = body.putArray("labels");
        request.labels().forEach(labels::add);
        Instant since = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        Call call = Call.write(operation, "POST", repoPath + "/issues", body, false, "issues: write");
        return create(call, () -> recentIssues(since).stream()
                        .filter(i -> i.title().equals(request.title()) && i.body().equals(request.body()))
                        .findFirst(),
                answer -> Json.issue(answer.body(), operation));
    }

    private List<Issue> recentIssues(Instant since) {
        String operation = "list issues created since " + since;
        Map<String, String> query = new LinkedHashMap<>();
        query.put("state", "all");
        query.put("sort", "created");
        query.put("direction", "desc");
        query.put("since", since.toString());
        query.put("per_page", "100");
        return client.list(Call.get(operation, repoPath + "/issues", query, "issues: read"), null).stream()
                .filter(node -> !node.has("pull_request"))
                .map(node -> Json.issue(node, operation))
                .toList();
    }

    @Override
    public List<Issue> findIssuesByLabel(String label) {
        requireText(label, "label");
        String operation = "list issues labelled " + label;
        Map<String, String> query = new LinkedHashMap<>();
        query.put("labels", label);
        query.put("state", "all");
        query.put("sort", "created");
        query.put("direction", "asc");
        query.put("per_page", "100");
        return client.list(Call.get(operation, repoPath + "/issues", query, "issues: read"), null).stream()
                .filter(node -> !node.has("pull_request"))
                .map(node -> Json.issue(node, operation))
                .filter(issue -> issue.hasLabel(label))
                .sorted(Comparator.comparingInt(Issue::number))
                .toList();
    }

    /**
     * {@inheritDoc}
     *
     * <p>Uses GitHub's issue search narrowed to this repository and the title, then compares titles
     * exactly. GitHub's search index lags a few seconds behind new issues.
     */
    @Override
    public Optional<Issue> findIssueByTitle(String title) {
        requireText(title, "title");
        String operation = "find the issue titled \"" + title + "\"";
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", "repo:" + config.owner() + "/" + config.repo() + " is:issue in:title \""
                + title.replace("\"", " ") + "\"");
        query.put("sort", "created");
        query.put("order", "asc");
        query.put("per_page", "100");
        return client.list(Call.get(operation, "/search/issues", query, "issues: read"), "items").stream()
                .filter(node -> !node.has("pull_request"))
                .map(node -> Json.issue(node, operation))
                .filter(issue -> issue.title().equals(title))
                .min(Comparator.comparingInt(Issue::number));
    }

    /**
     * {@inheritDoc}
     *
     * @throws GitHubException {@link GitHubException.Problem#NOT_FOUND} when there is no such issue
     */
    @Override
    public List<Comment> comments(int issue) {
        requireNumber(issue, "issue number");
        return comments(issue, null);
    }

    private List<Comment> comments(int issue, Instant since) {
        String operation = "list comments of #" + issue;
        Map<String, String> query = new LinkedHashMap<>();
        if (since != null) {
            query.put("since", since.toString());
        }
        query.put("per_page", "100");
        return client.list(Call.get(operation, repoPath + "/issues/" + issue + "/comments", query, "issues: read"),
                null).stream().map(node -> Json.comment(node, operation)).toList();
    }

    /**
     * {@inheritDoc}
     *
     * <p>After a 5xx or a lost answer, the comments written since the call began are looked up and
     * one with the same body is returned; only when there is none is it sent again.
     */
    @Override
    public Comment addComment(int issue, String body) {
        requireNumber(issue, "issue number");
        Objects.requireNonNull(body, "body");
        String operation = "comment on #" + issue;
        Instant since = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        Call call = Call.write(operation, "POST", repoPath + "/issues/" + issue + "/comments",
                client.json().createObjectNode().put("body", body), false, "issues: write");
        return create(call, () -> comments(issue, since).stream().filter(c -> c.body().equals(body)).reduce((a, b) -> b),
                answer -> Json.comment(answer.body(), operation));
    }

    /**
     * Creates a repository label, or updates its colour and description when it exists otherwise
     * (what {@code gh label create --force} does).
     *
     * @param name the label
     * @param colour six hex digits without {@code #}, such as {@code d73a4a}
     * @param description the description, at most 100 characters
     * @return what changed
     * @throws GitHubException when GitHub refuses (a token without {@code issues: write})
     */
    public LabelChange ensureLabel(String name, String colour, String description) {
        requireText(name, "label");
        if (colour == null || !HEX_COLOUR.matcher(colour).matches()) {
            throw new InvalidInputException("label colour", String.valueOf(colour), "six hex digits such as d73a4a");
        }
        Objects.requireNonNull(description, "description");
        if (description.length() > 100) {
            throw new InvalidInputException("label description", description, "at most 100 characters");
        }
        String path = repoPath + "/labels/" + RestClient.segment(name);
        Answer existing = client.send(Call.get("get label " + name, path, Map.of(), "issues: read").lookUp());
        if (existing.status() == 404) {
            ObjectNode body = client.json().createObjectNode().put("name", name).put("color", colour.toLowerCase())
                    .put("description", description);
            try {
                client.send(Call.write("create label " + name, "POST", repoPath + "/labels", body, false,
                        "issues: write"));
                return LabelChange.CREATED;
            } catch (GitHubException e) {
                if (e.problem() != Problem.ALREADY_EXISTS) {
                    throw e;
                }
                // Another runner created it meanwhile: make it what was asked.
                existing = client.send(Call.get("get label " + name, path, Map.of(), "issues: read"));
            }
        }
        if (existing.body().path("color").asText("").equalsIgnoreCase(colour)
                && existing.body().path("description").asText("").equals(description)) {
            return LabelChange.UNCHANGED;
        }
        ObjectNode body = client.json().createObjectNode().put("color", colour.toLowerCase())
                .put("description", description);
        client.send(Call.write("update label " + name, "PATCH", path, body, true, "issues: write"));
        return LabelChange.UPDATED;
    }

    /**
     * Makes sure every label the flow relies on (R-L1) exists with its colour and description:
     * {@code release}, {@code automated}, {@code backport}, {@code auto-merge}, {@code hotfix},
     * {@code priority:critical}.
     *
     * @return what changed, per label
     */
    public Map<String, LabelChange> ensureFlowLabels() {
        Map<String, LabelChange> changes = new LinkedHashMap<>();
        changes.put("release", ensureLabel("release", "0e8a16", "A release pull request (Release Rules)"));
        changes.put("automated", ensureLabel("automated", "ededed", "Opened by release automation"));
        changes.put("backport", ensureLabel("backport", "5319e7", "Brings a release back to the development branch"));
        changes.put("auto-merge", ensureLabel("auto-merge", "1d76db", "May be merged automatically once checks pass"));
        changes.put("hotfix", ensureLabel("hotfix", "d93f0b", "A hotfix pull request (Release Rules)"));
        changes.put("priority:critical", ensureLabel("priority:critical", "b60205", "Needs attention now"));
        return changes;
    }

    /**
     * Merges a pull request with a method, only if its head is still the given commit. Release and
     * hotfix pull requests must be merged with {@link MergeMethod#MERGE_COMMIT} (R-M1).
     *
     * @param number the pull request number
     * @param method how to merge; not {@link MergeMethod#NONE}
     * @param expectedHead the head commit the decision was made on, or empty to merge whatever it is
     * @return the merge commit id
     * @throws GitHubException {@link GitHubException.Problem#NOT_MERGEABLE} when it cannot be merged
     *     or its head moved, or another refusal
     */
    public String mergePullRequest(int number, MergeMethod method, String expectedHead) {
        requireNumber(number, "pull request number");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(expectedHead, "expectedHead");
        String wire = switch (method) {
            case MERGE_COMMIT -> "merge";
            case SQUASH -> "squash";
            case REBASE -> "rebase";
            case NONE -> throw new InvalidInputException("merge method", method.name(), "MERGE_COMMIT, SQUASH or REBASE");
        };
        ObjectNode body = client.json().createObjectNode().put("merge_method", wire);
        if (!expectedHead.isEmpty()) {
            body.put("sha", expectedHead);
        }
        String operation = "merge pull request #" + number + " (" + wire + ")";
        try {
            Answer answer = client.send(Call.write(operation, "PUT", repoPath + "/pulls/" + number + "/merge", body,
                    false, "pull-requests: write"));
            return Json.text(answer.body(), "sha", operation);
        } catch (GitHubException e) {
            if (!ambiguous(e)) {
                throw e;
            }
            // The merge may have happened before the answer was lost: the pull request tells.
            return findPullRequest(number).filter(PullRequest::isMerged).map(PullRequest::mergeCommit)
                    .filter(sha -> !sha.isEmpty()).orElseThrow(() -> e);
        }
    }

    /**
     * Merges a pull request with the method a policy requires for it (R-M1: a merge commit for
     * release, hotfix and backport pull requests), at the head it has now. This is the merge a
     * person asks for: it does not check whether the policy would merge it automatically.
     *
     * @param number the pull request number
     * @param policy the policy whose decision names the method, such as {@link
     *     dev.releaserules.core.hosting.AutoMergePolicy#defaults()}
     * @return the merge commit id
     * @throws GitHubException when there is no such pull request, or GitHub refuses the merge
     */
    public String mergePullRequest(int number, dev.releaserules.core.hosting.AutoMergePolicy policy) {
        Objects.requireNonNull(policy, "policy");
        requireNumber(number, "pull request number");
        String operation = "get pull request #" + number;
        JsonNode node = client.send(Call.get(operation, repoPath + "/pulls/" + number, Map.of(), "pull-requests: read"))
                .body();
        PullRequest pr = Json.pullRequest(node, MergeMethod.NONE, operation);
        MergeMethod method = policy.decide(dev.releaserules.core.hosting.PullRequestFacts.from(pr).build()).mergeMethod();
        return mergePullRequest(number, method, pr.headCommit());
    }

    /**
     * Approves a pull request with a review. Not retried: a second approval would be a second review.
     *
     * @param number the pull request number
     * @param body the review text
     * @throws GitHubException when GitHub refuses (a token that may not approve, its own pull request)
     */
    public void approvePullRequest(int number, String body) {
        requireNumber(number, "pull request number");
        Objects.requireNonNull(body, "body");
        client.send(Call.write("approve pull request #" + number, "POST", repoPath + "/pulls/" + number + "/reviews",
                client.json().createObjectNode().put("event", "APPROVE").put("body", body), false,
                "pull-requests: write"));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Reads {@code GET /repos/{owner}/{repo}/pulls/{number}/reviews}, every page. Reviewers are
     * named {@code @login}; a review GitHub reports without a submission time (pending) is left out.
     *
     * @throws GitHubException {@link GitHubException.Problem#NOT_FOUND} when there is no such pull request
     */
    @Override
    public List<Review> reviews(int number) {
        requireNumber(number, "pull request number");
        String operation = "list reviews of pull request #" + number;
        return client.list(Call.get(operation, repoPath + "/pulls/" + number + "/reviews", Map.of("per_page", "100"),
                "pull-requests: read"), null).stream()
                .filter(node -> node.hasNonNull("submitted_at") && node.path("user").hasNonNull("login"))
                .map(node -> new Review("@" + node.path("user").path("login").asText(), reviewState(
                        Json.text(node, "state", operation)), Json.optText(node, "commit_id"),
                        Json.instant(node, "submitted_at", operation)))
                .sorted(Comparator.comparing(Review::submittedAt))
                .toList();
    }

    private static Review.State reviewState(String wire) {
        return switch (wire) {
            case "APPROVED" -> Review.State.APPROVED;
            case "CHANGES_REQUESTED" -> Review.State.CHANGES_REQUESTED;
            case "DISMISSED" -> Review.State.DISMISSED;
            case "PENDING" -> Review.State.PENDING;
            default -> Review.State.COMMENTED;
        };
    }

    /**
     * {@inheritDoc}
     *
     * <p>Mergeability is GitHub's {@code mergeable} ({@link Mergeability#UNKNOWN} while GitHub computes
     * it); checks combine the check runs and the commit statuses of the head: any failed one is
     * {@link ChecksState#FAILING}, any unfinished one, or none at all, {@link ChecksState#PENDING}.
     *
     * @throws GitHubException {@link GitHubException.Problem#NOT_FOUND} when there is no such pull request
     */
    @Override
    public PullRequestStatus pullRequestStatus(int number) {
        requireNumber(number, "pull request number");
        String operation = "get pull request #" + number;
        JsonNode pr = client.send(Call.get(operation, repoPath + "/pulls/" + number, Map.of(), "pull-requests: read"))
                .body();
        String head = Json.text(pr.path("head"), "sha", operation);
        JsonNode mergeable = pr.path("mergeable");
        Mergeability mergeability = mergeable.isBoolean()
                ? (mergeable.asBoolean() ? Mergeability.MERGEABLE : Mergeability.CONFLICTING)
                : Mergeability.UNKNOWN;
        return new PullRequestStatus(number, head, mergeability, checksOf(head));
    }

    /** The combined state of the check runs and commit statuses of a commit. */
    ChecksState checksOf(String head) {
        String ref = RestClient.segment(head);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("per_page", "100");
        List<JsonNode> runs = client.list(Call.get("list check runs of " + head,
                repoPath + "/commits/" + ref + "/check-runs", query, "checks: read"), "check_runs");
        JsonNode combined = client.send(Call.get("get the combined status of " + head,
                repoPath + "/commits/" + ref + "/status", Map.of("per_page", "100"), "statuses: read")).body();
        boolean failing = false;
        boolean pending = false;
        for (JsonNode run : runs) {
            if (!"completed".equals(run.path("status").asText(""))) {
                pending = true;
            } else if (FAILED.contains(run.path("conclusion").asText(""))) {
                failing = true;
            }
        }
        int statuses = combined.path("statuses").size();
        String state = combined.path("state").asText("");
        if (statuses > 0) {
            if ("failure".equals(state) || "error".equals(state)) {
                failing = true;
            } else if (!"success".equals(state)) {
                pending = true;
            }
        }
        if (failing) {
            return ChecksState.FAILING;
        }
        if (pending || (runs.isEmpty() && statuses == 0)) {
            return ChecksState.PENDING;
        }
        return ChecksState.PASSING;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Reads {@code GET /repos/{owner}/{repo}/releases/tags/{tag}}; a draft release is not found
     * there, as GitHub lists drafts only to writers.
     */
    @Override
    public Optional<HostRelease> findRelease(String tag) {
        requireText(tag, "tag");
        String operation = "get the release of " + tag;
        Answer answer = client.send(Call.get(operation, repoPath + "/releases/tags/" + RestClient.segment(tag), Map.of(),
                "contents: read").lookUp());
        if (answer.status() == 404) {
            return Optional.empty();
        }
        return Optional.of(release(answer.body(), operation));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Creates a published (not draft, not prerelease) release of the existing tag with
     * {@code POST /repos/{owner}/{repo}/releases}. After a 5xx or a lost answer, or when GitHub
     * answers that the tag has a release already, the release of the tag is looked up; only when
     * there is none is it sent again, so a retry never makes two.
     *
     * @throws GitHubException when GitHub refuses (no such tag is refused as unprocessable)
     */
    @Override
    public HostRelease createRelease(String tag, String name, String body) {
        requireText(tag, "tag");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        String operation = "create the release of " + tag;
        ObjectNode request = client.json().createObjectNode().put("tag_name", tag).put("name", name).put("body", body)
                .put("draft", false).put("prerelease", false);
        Call call = Call.write(operation, "POST", repoPath + "/releases", request, false, "contents: write");
        try {
            return create(call, () -> findRelease(tag), answer -> release(answer.body(), operation));
        } catch (GitHubException e) {
            // "already_exists" on tag_name comes as a validation failure, not as a distinct problem.
            if (e.problem() == Problem.UNPROCESSABLE) {
                return findRelease(tag).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    private static HostRelease release(JsonNode node, String operation) {
        return new HostRelease(Json.text(node, "tag_name", operation), Json.optText(node, "name"),
                Json.optText(node, "body"), Json.optText(node, "html_url"));
    }

    /**
     * The GraphQL endpoint: {@code /graphql} on github.com, {@code /api/graphql} on GitHub
     * Enterprise Server (whose REST base is {@code /api/v3}).
     */
    URI graphqlUri() {
        String base = config.apiBase().toString();
        return URI.create(base.endsWith("/api/v3") ? base.substring(0, base.length() - 2) + "graphql" : base + "/graphql");
    }

    @Override
    public String toString() {
        return "GitHubHosting[" + config.owner() + "/" + config.repo() + " at " + config.apiBase() + "]";
    }

    /** Creates something once: on an ambiguous failure, look it up; send again only when it is not there. */
    private <T> T create(Call call, java.util.function.Supplier<Optional<T>> lookUp,
            java.util.function.Function<Answer, T> read) {
        GitHubException first;
        try {
            return read.apply(client.send(call));
        } catch (GitHubException e) {
            if (e.problem() == Problem.ALREADY_EXISTS) {
                return lookUp.get().orElseThrow(() -> e);
            }
            if (!ambiguous(e)) {
                throw e;
            }
            first = e;
        }
        Optional<T> found = lookUp.get();
        if (found.isPresent()) {
            return found.get();
        }
        try {
            return read.apply(client.send(call));
        } catch (GitHubException e) {
            if (e.problem() == Problem.ALREADY_EXISTS) {
                return lookUp.get().orElseThrow(() -> e);
            }
            e.addSuppressed(first);
            throw e;
        }
    }

    private static boolean ambiguous(GitHubException e) {
        return e.problem() == Problem.SERVER_ERROR || e.problem() == Problem.TIMEOUT || e.problem() == Problem.NETWORK;
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(what, String.valueOf(value), "a non-blank text");
        }
        return value;
    }

    private static void requireNumber(int number, String what) {
        if (number <= 0) {
            throw new InvalidInputException(what, Integer.toString(number), "a positive number");
        }
    }

}
