package dev.releaserules.github;

import java.util.Objects;

/**
 * A workflow run GitHub started for a {@code workflow_dispatch}, when GitHub reports it.
 *
 * @param id the run id, positive
 * @param apiUrl the run's API URL, or empty
 * @param htmlUrl the run's page, or empty
 */
public record WorkflowRun(long id, String apiUrl, String htmlUrl) {
    /**
     * Validates the parts.
     *
     * @param id the id
     * @param apiUrl the API URL
     * @param htmlUrl the page
     */
    public WorkflowRun {
        if (id <= 0) {
            throw new dev.releaserules.core.InvalidInputException("workflow run id", Long.toString(id),
                    "a positive number");
        }
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(htmlUrl, "htmlUrl");
    }
}
