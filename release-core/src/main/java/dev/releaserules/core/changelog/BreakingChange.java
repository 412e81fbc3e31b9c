package dev.releaserules.core.changelog;

import dev.releaserules.core.internal.Checks;
import java.util.List;

/**
 * One note of the breaking-changes section: what breaks, in which scope, and the commits that say so.
 *
 * @param scope the scope of the entry the note belongs to, or the empty string
 * @param note the breaking-change text; may span several lines
 * @param commits the commits of the entry, newest first
 */
public record BreakingChange(String scope, String note, List<CommitRef> commits) {

    /** Validates and copies the parts. */
    public BreakingChange {
        Checks.notNull(scope, "scope");
        Checks.notNull(note, "breaking-change note");
        commits = Checks.listCopy(commits, "commits");
    }
}
