package dev.releaserules.core.spi;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port to what lives on the code host rather than in git: pull requests, labels and workflow
 * triggers. An in-memory implementation is in {@code release-testkit}; real hosts (GitHub,
 * GitLab, Gitea...) are adapters users or later modules provide.
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
}
