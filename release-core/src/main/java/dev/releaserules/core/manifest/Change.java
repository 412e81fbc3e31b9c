package dev.releaserules.core.manifest;

import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.internal.Checks;
import java.util.List;

/**
 * A commit since the last release tag with the paths it changed, as the repository port reports it.
 *
 * @param commit the commit
 * @param paths the changed paths, relative to the repository root
 */
public record Change(Commit commit, List<String> paths) {

    /**
     * Validates the parts.
     *
     * @param commit the commit
     * @param paths the changed paths
     */
    public Change {
        Checks.notNull(commit, "commit");
        paths = Checks.listCopy(paths, "paths");
    }
}
