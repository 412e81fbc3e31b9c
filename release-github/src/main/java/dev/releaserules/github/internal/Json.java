package dev.releaserules.github.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.releaserules.core.spi.Comment;
import dev.releaserules.core.spi.Issue;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.github.GitHubException;
import dev.releaserules.github.GitHubException.Problem;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** GitHub's JSON objects to the port's values; a missing required field is a {@link Problem#BAD_ANSWER}. */
public final class Json {
    private Json() {
    }

    /**
     * A required text field.
     *
     * @param node the object
     * @param field the field
     * @param operation for the message
     * @return the text
     */
    public static String text(JsonNode node, String field, String operation) {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw missing(field, operation);
        }
        return value.asText();
    }

    /**
     * A required positive number field.
     *
     * @param node the object
     * @param field the field
     * @param operation for the message
     * @return the number
     */
    public static long number(JsonNode node, String field, String operation) {
        JsonNode value = node.path(field);
        if (!value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() <= 0) {
            throw missing(field, operation);
        }
        return value.asLong();
    }

    /**
     * An optional text field.
     *
     * @param node the object
     * @param field the field
     * @return the text, or empty when absent or null
     */
    public static String optText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : "";
    }

    private static GitHubException missing(String field, String operation) {
        return new GitHubException(Problem.BAD_ANSWER, 0, null,
                Messages.badAnswer(operation, "the field " + field + " is missing or of the wrong type"));
    }

    /**
     * The label names of an issue or pull request object.
     *
     * @param node the object
     * @return the names, in order
     */
    public static List<String> labels(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode label : node.path("labels")) {
            String name = label.isTextual() ? label.asText() : label.path("name").asText("");
            if (!name.isBlank()) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    /**
     * A pull request object (REST answer or event payload) as the port's value.
     *
     * @param node the pull request object
     * @param method how it was merged, when known
     * @param operation for messages
     * @return the pull request
     */
    public static PullRequest pullRequest(JsonNode node, PullRequest.MergeMethod method, String operation) {
        int number = (int) number(node, "number", operation);
        // Lists and events have no "merged" field, only merged_at; where both are, "merged" decides.
        boolean merged = node.path("merged").isBoolean() ? node.path("merged").asBoolean()
                : node.path("merged_at").isTextual();
        String state = text(node, "state", operation);
        PullRequest.State s = merged ? PullRequest.State.MERGED
                : "open".equals(state) ? PullRequest.State.OPEN : PullRequest.State.CLOSED;
        JsonNode head = node.path("head");
        JsonNode base = node.path("base");
        String mergedBy = node.path("merged_by").path("login").asText("");
        return new PullRequest(number, optText(node, "title"), optText(node, "body"), text(head, "ref", operation),
                text(base, "ref", operation), new LinkedHashSet<>(labels(node)), s,
                mergedBy.isEmpty() ? "" : "@" + mergedBy, merged ? method : PullRequest.MergeMethod.NONE,
                optText(head, "sha"), merged ? optText(node, "merge_commit_sha") : "");
    }

    /**
     * An issue object as the port's value.
     *
     * @param node the issue object
     * @param operation for messages
     * @return the issue
     */
    public static Issue issue(JsonNode node, String operation) {
        return new Issue((int) number(node, "number", operation), optText(node, "title"), optText(node, "body"),
                labels(node), "open".equals(text(node, "state", operation)) ? Issue.State.OPEN : Issue.State.CLOSED);
    }

    /**
     * A comment object as the port's value, its author as {@code @login}.
     *
     * @param node the comment object
     * @param operation for messages
     * @return the comment
     */
    public static Comment comment(JsonNode node, String operation) {
        return new Comment(number(node, "id", operation), "@" + text(node.path("user"), "login", operation),
                optText(node, "body"), instant(node, "created_at", operation));
    }

    /**
     * A required time field.
     *
     * @param node the object
     * @param field the field
     * @param operation for messages
     * @return the time
     */
    public static Instant instant(JsonNode node, String field, String operation) {
        try {
            return Instant.parse(text(node, field, operation));
        } catch (DateTimeParseException e) {
            throw missing(field, operation);
        }
    }
}
