package dev.releaserules.core.spi;

import dev.releaserules.core.internal.Checks;

/**
 * A tag of the repository, peeled to the commit it points at.
 *
 * @param name the short tag name, such as {@code v1.2.3} (without {@code refs/tags/})
 * @param commitId the id of the commit the tag points at, after peeling annotated tags
 * @param annotated whether the tag is an annotated tag object rather than a lightweight ref
 */
public record TagRef(String name, String commitId, boolean annotated) {

    /** Validates the parts. */
    public TagRef {
        Checks.notBlank(name, "tag name");
        Checks.notBlank(commitId, "commit id");
    }
}
