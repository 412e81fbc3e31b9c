package dev.releaserules.core.chatops;

import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.Issue;
import java.util.List;

/**
 * What {@link SignOffRequests#request} did (R-SR): the sign-off request issues it opened and those
 * that were already there, each in component order.
 *
 * @param created the issues opened by this run
 * @param existing the issues found with the expected title, left as they were
 */
public record RequestReport(List<Issue> created, List<Issue> existing) {

    /** Copies the lists. */
    public RequestReport {
        created = Checks.listCopy(created, "created issues");
        existing = Checks.listCopy(existing, "existing issues");
    }
}
