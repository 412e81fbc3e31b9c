package dev.releaserules.core.spi;

import dev.releaserules.core.ReleaseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port to what lives on the code host rather than in git: pull requests, labels, workflow
 * triggers, and issues with their comments. An in-memory implementation is in
 * {@code release-testkit}; real hosts (GitHub, GitLab, Gitea...) are adapters users or later modules
 * provide.
 *
 * <p>Every query a release rule depends on is abstract or, for issues and comments, an optional
 * capability whose default refuses with a {@link ReleaseException}: a default that answered "none"
 * would let a rule act on a silent wrong answer (open a second release pull request, a second
 * sign-off issue). A host that only handles pull requests keeps working for the steps that need
 * nothing more; a step that needs issues then refuses, naming the missing capability.
 */
public interface Hosting {

    /**
     * Opens a pull request.
     *
     * @param request what to open
     * @return the opened pull request, with its number
     */
    PullRequest openPullRequest(NewPullRequest request);

    /**
     * Finds the open pull request from a head branch into a base branch.
     *
     * @param head the source branch
     * @param base the target branch
     * @return the pull request, or empty when none is open
     */
    Optional<PullRequest> findOpenPullRequest(String head, String base);

    /**
     * Looks a pull request up by number.
     *
     * @param number the pull request number
     * @return the pull request, or empty when there is none with that number
     */
    Optional<PullRequest> findPullRequest(int number);

    /**
     * Adds labels to a pull request; labels it already has are kept once.
     *
     * @param number the pull request number
     * @param labels the labels to add
     */
    void addLabels(int number, Collection<String> labels);

    /**
     * Triggers a workflow (a CI pipeline) on a ref with inputs.
     *
     * @param workflow the workflow's name or file, such as {@code production-release.yml}
     * @param ref the branch or tag to run on
     * @param inputs the workflow inputs
     */
    void triggerWorkflow(String workflow, String ref, Map<String, String> inputs);

    /**
     * The pull requests, open, merged or closed, whose source branch is {@code head}, oldest first.
     * Prepare (R-V3), backport and cleanup (R-BC) depend on it to know what exists, so every host
     * implements it; a host answers from a query narrowed to the branch, never from a list of all
     * pull requests.
     *
     * @param head the source branch, such as {@code release/v2.3.0}
     * @return the pull requests; empty when none was ever opened from that branch
     */
    List<PullRequest> pullRequestsFrom(String head);

    /**
     * All pull requests the host knows, oldest first. Optional capability: the default refuses,
     * since "none" would be a wrong answer; rules use {@link #pullRequestsFrom(String)}.
     *
     * @return the pull requests
     * @throws ReleaseException when the host cannot list them
     */
    default List<PullRequest> pullRequests() {
        throw new ReleaseException(Messages.unsupported("listing every pull request"));
    }

    /**
     * Opens an issue. Optional capability: the default refuses.
     *
     * @param request what to open
     * @return the opened issue, with its number
     * @throws ReleaseException when the host does not support issues or refuses this one
     */
    default Issue openIssue(NewIssue request) {
        throw new ReleaseException(Messages.unsupported("opening issues"));
    }

    /**
     * The issues, open or closed, that carry a label, oldest first. Optional capability: the default
     * refuses.
     *
     * @param label the label, compared exactly
     * @return the issues; empty when there are none
     * @throws ReleaseException when the host does not support issues
     */
    default List<Issue> findIssuesByLabel(String label) {
        throw new ReleaseException(Messages.unsupported("finding issues by label"));
    }

    /**
     * The oldest issue, open or closed, whose title is exactly the given one. Optional capability:
     * the default refuses (sign-off requests create an issue only when this finds none).
     *
     * @param title the title, compared exactly (case and spaces included)
     * @return the issue, or empty when there is none with that title
     * @throws ReleaseException when the host does not support issues
     */
    default Optional<Issue> findIssueByTitle(String title) {
        throw new ReleaseException(Messages.unsupported("finding issues by title"));
    }

    /**
     * The comments of an issue, oldest first. Optional capability: the default refuses.
     *
     * @param issue the issue number
     * @return the comments; empty when there are none
     * @throws ReleaseException when the host does not support comments or there is no issue with
     *     that number
     */
    default List<Comment> comments(int issue) {
        throw new ReleaseException(Messages.unsupported("reading comments"));
    }

    /**
     * Adds a comment to an issue as the identity the host adapter acts for (a bot account).
     * Optional capability: the default refuses.
     *
     * @param issue the issue number
     * @param body the text, Markdown
     * @return the comment as the host recorded it
     * @throws ReleaseException when the host does not support comments or there is no such issue
     */
    default Comment addComment(int issue, String body) {
        throw new ReleaseException(Messages.unsupported("adding comments"));
    }

    /**
     * The reviews of a pull request, oldest first. Optional capability: the default refuses (a hotfix's
     * approvals, R-HF2, and a release pull request's QA approval, R-MR, are read from them).
     *
     * @param number the pull request number
     * @return the reviews; empty when there are none
     * @throws ReleaseException when the host does not support reviews or there is no such pull request
     */
    default List<Review> reviews(int number) {
        throw new ReleaseException(Messages.unsupported("reading pull request reviews"));
    }

    /**
     * Where an open pull request stands for merging: conflicts and the checks on its head. Optional
     * capability: the default refuses (R-MR).
     *
     * @param number the pull request number
     * @return the status
     * @throws ReleaseException when the host cannot tell or there is no such pull request
     */
    default PullRequestStatus pullRequestStatus(int number) {
        throw new ReleaseException(Messages.unsupported("reading a pull request's checks and mergeability"));
    }

    /**
     * The release page of a tag. Optional capability: the default refuses (R-GR creates one only when
     * this finds none).
     *
     * @param tag the tag, such as {@code v2.3.0}
     * @return the release, or empty when the tag has none
     * @throws ReleaseException when the host does not support releases
     */
    default Optional<HostRelease> findRelease(String tag) {
        throw new ReleaseException(Messages.unsupported("finding releases"));
    }

    /**
     * Creates the release page of an existing tag. Optional capability: the default refuses.
     *
     * @param tag the tag
     * @param name the title
     * @param body the notes, Markdown
     * @return the release as the host recorded it
     * @throws ReleaseException when the host does not support releases or refuses this one
     */
    default HostRelease createRelease(String tag, String name, String body) {
        throw new ReleaseException(Messages.unsupported("creating releases"));
    }
}
