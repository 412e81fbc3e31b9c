package dev.releaserules.core.spi;

import dev.releaserules.core.internal.Checks;
import java.time.Instant;
import java.util.Optional;

/**
 * A tag of the repository, peeled to the commit it points at.
 *
 * <p>The tagger time is a component of its own because a release tag is often created days after
 * the commit it names (a release pull request merged, then tagged), and a changelog may date the
 * release by the tag. It is an {@code Optional} component, which is the one place this library takes
 * an {@code Optional} as a parameter: a lightweight tag has no tagger, and the record must never
 * answer {@code null}. Use {@link #lightweight} and {@link #annotated(String, String, Instant)} rather
 * than the canonical constructor.
 *
 * @param name the short tag name, such as {@code v1.2.3} (without {@code refs/tags/})
 * @param commitId the id of the commit the tag points at, after peeling annotated tags
 * @param annotated whether the tag is an annotated tag object rather than a lightweight ref
 * @param taggerTime when the annotated tag object was created (its tagger line), to the second; empty
 *     for a lightweight tag and for an annotated tag object without a tagger line (some very old tags)
 */
public record TagRef(String name, String commitId, boolean annotated, Optional<Instant> taggerTime) {

    /**
     * Validates the parts.
     *
     * @throws dev.releaserules.core.InvalidInputException when a part is blank or missing, or when a
     *     lightweight tag has a tagger time
     */
    public TagRef {
        Checks.notBlank(name, "tag name");
        Checks.notBlank(commitId, "commit id");
        Checks.notNull(taggerTime, "tagger time");
        if (!annotated && taggerTime.isPresent()) {
            throw new dev.releaserules.core.InvalidInputException("tagger time of lightweight tag " + name,
                    taggerTime.get().toString(), "none: only an annotated tag object has a tagger");
        }
    }

    /**
     * A tag whose tagger time is unknown or absent, as before tagger times were read.
     *
     * @param name the short tag name
     * @param commitId the id of the commit the tag points at
     * @param annotated whether the tag is an annotated tag object
     */
    public TagRef(String name, String commitId, boolean annotated) {
        this(name, commitId, annotated, Optional.empty());
    }

    /**
     * A lightweight tag: a ref naming a commit directly, with no tagger.
     *
     * @param name the short tag name
     * @param commitId the id of the commit
     * @return the tag
     */
    public static TagRef lightweight(String name, String commitId) {
        return new TagRef(name, commitId, false, Optional.empty());
    }

    /**
     * An annotated tag with its tagger time.
     *
     * @param name the short tag name
     * @param commitId the id of the commit the tag object peels to
     * @param taggerTime when the tag object was created
     * @return the tag
     */
    public static TagRef annotated(String name, String commitId, Instant taggerTime) {
        return new TagRef(name, commitId, true, Optional.of(Checks.notNull(taggerTime, "tagger time")));
    }
}
