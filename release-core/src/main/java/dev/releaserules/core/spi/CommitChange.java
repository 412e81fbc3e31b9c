package dev.releaserules.core.spi;

import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.internal.Checks;
import java.util.List;

/**
 * A commit with the paths it changed against its first parent (old and new paths of a rename,
 * no rename detection), as component detection needs them.
 *
 * @param commit the commit
 * @param paths the changed paths, sorted, without duplicates
 */
public record CommitChange(Commit commit, List<String> paths) {

    /** Validates and copies the parts. */
    public CommitChange {
        Checks.notNull(commit, "commit");
        paths = Checks.listCopy(paths, "paths");
    }
}
