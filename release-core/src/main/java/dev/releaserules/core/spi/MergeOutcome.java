package dev.releaserules.core.spi;

import dev.releaserules.core.internal.Checks;
import java.util.List;

/**
 * What a {@code --no-ff} merge did: a merge commit, or a conflict that changed nothing.
 */
public sealed interface MergeOutcome {

    /**
     * Whether the merge produced a commit.
     *
     * @return true for {@link Merged}
     */
    default boolean isMerged() {
        return this instanceof Merged;
    }

    /**
     * The merge commit was created and the target branch moved to it.
     *
     * @param commitId the merge commit's id
     */
    record Merged(String commitId) implements MergeOutcome {
        /** Validates the id. */
        public Merged {
            Checks.notBlank(commitId, "commitId");
        }
    }

    /**
     * The merge conflicted; no commit was made and no ref or file changed.
     *
     * @param paths the conflicting paths, sorted
     */
    record Conflict(List<String> paths) implements MergeOutcome {
        /** Validates and copies the paths. */
        public Conflict {
            paths = Checks.listCopy(paths, "paths");
        }
    }
}
