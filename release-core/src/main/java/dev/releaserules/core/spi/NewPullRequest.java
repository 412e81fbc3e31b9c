package dev.releaserules.core.spi;

import dev.releaserules.core.internal.Checks;
import java.util.Set;

/**
 * What to open a pull request with.
 *
 * @param title the title
 * @param body the description, Markdown
 * @param head the source branch
 * @param base the target branch
 * @param labels the labels to put on it
 */
public record NewPullRequest(String title, String body, String head, String base, Set<String> labels) {

    /** Validates and copies the parts. */
    public NewPullRequest {
        Checks.notBlank(title, "title");
        Checks.notNull(body, "body");
        Checks.notBlank(head, "head");
        Checks.notBlank(base, "base");
        labels = Set.copyOf(Checks.listCopy(labels, "labels"));
    }
}
