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
 * <p>Issues and comments are an optional capability: their methods have defaults, so a host that
 * only handles pull requests keeps working. The defaults find nothing, and refuse to write with a
 * {@link ReleaseException}, since silently dropping an issue or comment would lose a request.
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
     * All pull requests the host knows, oldest first. Optional capability: hosts that cannot list
     * them return an empty list.
     *
     * @return the pull requests
     */
    default List<PullRequest> pullRequests() {
        return List.of();
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
     * finds none.
     *
     * @param label the label, compared exactly
     * @return the issues; empty when there are none
     */
    default List<Issue> findIssuesByLabel(String label) {
        return List.of();
    }

    /**
     * The oldest issue, open or closed, whose title is exactly the given one. Optional capability:
     * the default finds none.
     *
     * @param title the title, compared exactly (case and spaces included)
     * @return the issue, or empty when there is none with that title
     */
    default Optional<Issue> findIssueByTitle(String title) {
        return Optional.empty();
    }

    /**
     * The comments of an issue, oldest first. Optional capability: the default finds none.
     *
     * @param issue the issue number
     * @return the comments; empty when there are none
     * @throws ReleaseException when there is no issue with that number (hosts that know)
     */
    default List<Comment> comments(int issue) {
        return List.of();
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
}
