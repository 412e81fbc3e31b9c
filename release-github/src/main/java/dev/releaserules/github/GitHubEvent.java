package dev.releaserules.github;

import dev.releaserules.core.chatops.SignOffRequests;
import dev.releaserules.core.manifest.Component;
import dev.releaserules.core.manifest.ManifestUpdate;
import dev.releaserules.core.manifest.ReleaseDesk;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.spi.PullRequest;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A GitHub event, taken in as one of the inputs the release steps need: a merged pull request
 * (post-merge), a comment created on an issue (a sign-off command), a push (the staging decision),
 * or an event the steps do not act on.
 */
public sealed interface GitHubEvent {

    /**
     * A pull request was closed by merging it: the input of post-merge (R-T3).
     *
     * @param pullRequest the pull request as the payload has it, with head and merge commit ids; its
     *     merge method is {@link PullRequest.MergeMethod#NONE} (payloads do not say; look the pull
     *     request up through {@link GitHubHosting#findPullRequest} for it)
     */
    record PullRequestMerged(PullRequest pullRequest) implements GitHubEvent {
        /**
         * Validates the part.
         *
         * @param pullRequest the merged pull request
         */
        public PullRequestMerged {
            Objects.requireNonNull(pullRequest, "pullRequest");
        }
    }

    /**
     * A comment was created on an issue or a pull request: on a sign-off issue, a sign-off command
     * (R-SO1).
     *
     * @param issue the issue (or pull request) number
     * @param issueTitle the issue's title
     * @param issueLabels the issue's labels
     * @param onPullRequest whether the issue is a pull request
     * @param commentId the comment's id
     * @param login the commenter's GitHub login, without {@code @}
     * @param bot whether the commenter is a bot account
     * @param body the comment text
     */
    record IssueCommentCreated(int issue, String issueTitle, List<String> issueLabels, boolean onPullRequest,
            long commentId, String login, boolean bot, String body) implements GitHubEvent {
        /**
         * Validates and copies the parts.
         *
         * @param issue the number
         * @param issueTitle the title
         * @param issueLabels the labels
         * @param onPullRequest whether a pull request
         * @param commentId the comment id
         * @param login the login
         * @param bot whether a bot
         * @param body the text
         */
        public IssueCommentCreated {
            Objects.requireNonNull(issueTitle, "issueTitle");
            issueLabels = List.copyOf(issueLabels);
            Objects.requireNonNull(login, "login");
            Objects.requireNonNull(body, "body");
        }

        /**
         * The manifest's handle of the commenter: the handle in the manifest (team lead, author,
         * release manager, approver) that matches {@code @login} ignoring case, else {@code @login}.
         *
         * @param manifest the release
         * @return the handle, such as {@code @Alice} when the manifest spells it so
         */
        public String handleIn(ReleaseManifest manifest) {
            String wanted = "@" + login;
            return SignOffIssues.handlesOf(manifest).stream().filter(h -> h.equalsIgnoreCase(wanted)
                    || h.toLowerCase(Locale.ROOT).equals(login.toLowerCase(Locale.ROOT))).findFirst().orElse(wanted);
        }

        /**
         * The component of the manifest whose sign-off issue this is: the one that recorded this
         * issue's number, else the one whose request title is this issue's title.
         *
         * @param manifest the release
         * @return the component, or empty when the comment is not on one of its sign-off issues
         */
        public Optional<Component> componentIn(ReleaseManifest manifest) {
            String number = Integer.toString(issue);
            return manifest.components().stream()
                    .filter(c -> c.extra().findText(SignOffRequests.ISSUE_FIELD).orElse("").equals(number))
                    .findFirst()
                    .or(() -> manifest.components().stream()
                            .filter(c -> SignOffRequests.title(c.name(), manifest.id()).equals(issueTitle))
                            .findFirst());
        }

        /**
         * Applies the comment's sign-off command to the manifest (R-SO1), as the manifest's handle of
         * the commenter.
         *
         * @param desk the release desk (policy, clock, listener)
         * @param manifest the release
         * @return the update (accepted or refused), or empty when the comment is not on one of the
         *     manifest's sign-off issues or was written by a bot
         */
        public Optional<ManifestUpdate> applyTo(ReleaseDesk desk, ReleaseManifest manifest) {
            Objects.requireNonNull(desk, "desk");
            Objects.requireNonNull(manifest, "manifest");
            if (bot || onPullRequest) {
                return Optional.empty();
            }
            return componentIn(manifest).map(c -> desk.comment(manifest, c.name(), handleIn(manifest), body));
        }
    }

    /**
     * A push of a branch or tag: the input of the staging decision (R-S1, R-V5).
     *
     * @param ref the full ref, such as {@code refs/heads/release/v2.3.0}
     * @param before the ref's commit before the push (zeros when created)
     * @param after the ref's commit after the push (zeros when deleted)
     * @param headCommitMessage the head commit's message, or empty (a deletion)
     * @param created whether the ref was created
     * @param deleted whether the ref was deleted
     * @param forced whether it was a force push
     */
    record Push(String ref, String before, String after, String headCommitMessage, boolean created, boolean deleted,
            boolean forced) implements GitHubEvent {
        /**
         * Validates the parts.
         *
         * @param ref the ref
         * @param before the old id
         * @param after the new id
         * @param headCommitMessage the message
         * @param created whether created
         * @param deleted whether deleted
         * @param forced whether forced
         */
        public Push {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(headCommitMessage, "headCommitMessage");
        }

        /**
         * The pushed branch, for {@code flow.staging().branch(...)}.
         *
         * @return the short branch name, or empty for a tag push or a deletion
         */
        public Optional<String> branch() {
            return ref.startsWith("refs/heads/") && !deleted ? Optional.of(ref.substring("refs/heads/".length()))
                    : Optional.empty();
        }
    }

    /**
     * An event, or an action of one, the release steps do not act on (a pull request opened or
     * closed without merging, an edited comment, a ping...).
     *
     * @param event the event name, such as {@code pull_request}
     * @param action the action, or empty
     * @param reason why it is not acted on
     */
    record Ignored(String event, String action, String reason) implements GitHubEvent {
        /**
         * Validates the parts.
         *
         * @param event the event
         * @param action the action
         * @param reason the reason
         */
        public Ignored {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
