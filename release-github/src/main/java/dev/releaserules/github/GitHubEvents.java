package dev.releaserules.github;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.github.GitHubEventException.Reason;
import dev.releaserules.github.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Reads GitHub event payloads into {@link GitHubEvent}s: inside GitHub Actions from the event file
 * ({@code GITHUB_EVENT_NAME}, {@code GITHUB_EVENT_PATH}), or from a payload a webhook delivered
 * (verify it first with {@link GitHubWebhook}).
 *
 * <pre>{@code
 * GitHubEvent event = GitHubEvents.fromActions();
 * switch (event) {
 *     case GitHubEvent.PullRequestMerged m -> flow.postMerge().pullRequest(m.pullRequest()).call();
 *     case GitHubEvent.Push p -> p.branch().ifPresent(b -> flow.staging().branch(b).call());
 *     default -> { }
 * }
 * }</pre>
 *
 * <p>Payloads are read up to {@link #MAX_PAYLOAD_BYTES} (GitHub caps webhook payloads at 25 MB).
 */
public final class GitHubEvents {
    /** The largest payload read: GitHub's own cap on webhook payloads. */
    public static final int MAX_PAYLOAD_BYTES = 25 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private GitHubEvents() {
    }

    /**
     * The event of the running GitHub Actions job.
     *
     * @return the event
     * @throws GitHubEventException when a variable is missing, the file is unreadable or too large,
     *     or the payload is malformed
     */
    public static GitHubEvent fromActions() {
        return fromActions(System.getenv());
    }

    /**
     * The event named by the given variables, as {@link #fromActions()} reads it.
     *
     * @param env the variables ({@code GITHUB_EVENT_NAME}, {@code GITHUB_EVENT_PATH})
     * @return the event
     * @throws GitHubEventException as {@link #fromActions()}
     */
    public static GitHubEvent fromActions(Map<String, String> env) {
        Objects.requireNonNull(env, "env");
        String name = env.getOrDefault("GITHUB_EVENT_NAME", "");
        String path = env.getOrDefault("GITHUB_EVENT_PATH", "");
        if (name.isBlank() || path.isBlank()) {
            String missing = (name.isBlank() ? "GITHUB_EVENT_NAME" : "")
                    + (name.isBlank() && path.isBlank() ? ", " : "") + (path.isBlank() ? "GITHUB_EVENT_PATH" : "");
            throw new GitHubEventException(Reason.MISSING_VARIABLE, "Invalid environment: expected " + missing
                    + " to be set, as GitHub Actions does for every job");
        }
        Path file = Path.of(path);
        try (InputStream in = Files.newInputStream(file)) {
            return parse(name, readBounded(in, MAX_PAYLOAD_BYTES, "event file " + file));
        } catch (NoSuchFileException e) {
            throw new GitHubEventException(Reason.UNREADABLE, "Invalid event file \"" + file
                    + "\": expected a file (GITHUB_EVENT_PATH points nowhere)");
        } catch (IOException e) {
            throw new GitHubEventException(Reason.UNREADABLE, "Invalid event file \"" + file
                    + "\": expected a readable file (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Parses a payload.
     *
     * @param event the event name ({@code X-GitHub-Event}, {@code GITHUB_EVENT_NAME}), such as
     *     {@code pull_request}
     * @param payload the JSON payload
     * @return the event; {@link GitHubEvent.Ignored} for events and actions the steps do not act on
     * @throws GitHubEventException {@link GitHubEventException.Reason#MALFORMED} when it is not JSON
     *     or lacks a field the event must have; {@link GitHubEventException.Reason#TOO_LARGE} when
     *     larger than {@link #MAX_PAYLOAD_BYTES}
     */
    public static GitHubEvent parse(String event, byte[] payload) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(payload, "payload");
        if (payload.length > MAX_PAYLOAD_BYTES) {
            throw tooLarge(event + " payload", MAX_PAYLOAD_BYTES);
        }
        JsonNode root;
        try {
            root = JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            throw malformed(event, "JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw malformed(event, "JSON");
        }
        if (root == null || !root.isObject()) {
            throw malformed(event, "a JSON object");
        }
        String action = root.path("action").asText("");
        try {
            return switch (event) {
                case "pull_request", "pull_request_target" -> pullRequest(event, action, root);
                case "issue_comment" -> issueComment(event, action, root);
                case "push" -> push(root);
                default -> new GitHubEvent.Ignored(event, action, "no release step acts on " + event + " events");
            };
        } catch (GitHubEventException e) {
            throw e;
        } catch (ReleaseException e) {
            throw malformed(event, "the fields GitHub sends (" + e.getMessage() + ")");
        }
    }

    private static GitHubEvent pullRequest(String event, String action, JsonNode root) {
        JsonNode pr = root.path("pull_request");
        if (!pr.isObject()) {
            throw malformed(event, "a pull_request object");
        }
        if (!"closed".equals(action)) {
            return new GitHubEvent.Ignored(event, action, "only a closed pull request can trigger post-merge");
        }
        PullRequest value = Json.pullRequest(pr, PullRequest.MergeMethod.NONE, "read the " + event + " event");
        if (!value.isMerged()) {
            return new GitHubEvent.Ignored(event, action, "pull request #" + value.number()
                    + " was closed without merging");
        }
        return new GitHubEvent.PullRequestMerged(value);
    }

    private static GitHubEvent issueComment(String event, String action, JsonNode root) {
        if (!"created".equals(action)) {
            return new GitHubEvent.Ignored(event, action, "only a new comment can carry a sign-off command");
        }
        JsonNode issue = root.path("issue");
        JsonNode comment = root.path("comment");
        if (!issue.isObject() || !comment.isObject()) {
            throw malformed(event, "issue and comment objects");
        }
        String operation = "read the " + event + " event";
        JsonNode user = comment.path("user");
        return new GitHubEvent.IssueCommentCreated((int) Json.number(issue, "number", operation),
                Json.optText(issue, "title"), Json.labels(issue), issue.has("pull_request"),
                Json.number(comment, "id", operation), Json.text(user, "login", operation),
                "Bot".equals(user.path("type").asText("")), Json.optText(comment, "body"));
    }

    private static GitHubEvent push(JsonNode root) {
        String operation = "read the push event";
        JsonNode head = root.path("head_commit");
        return new GitHubEvent.Push(Json.text(root, "ref", operation), Json.text(root, "before", operation),
                Json.text(root, "after", operation), head.isObject() ? Json.optText(head, "message") : "",
                root.path("created").asBoolean(false), root.path("deleted").asBoolean(false),
                root.path("forced").asBoolean(false));
    }

    static byte[] readBounded(InputStream in, int max, String what) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        if (bytes.length > max) {
            throw tooLarge(what, max);
        }
        return bytes;
    }

    static GitHubEventException tooLarge(String what, int max) {
        return new GitHubEventException(Reason.TOO_LARGE, "Invalid " + what + ": expected at most " + max + " bytes");
    }

    private static GitHubEventException malformed(String event, String expected) {
        return new GitHubEventException(Reason.MALFORMED, "Invalid " + event + " payload: expected " + expected);
    }
}
