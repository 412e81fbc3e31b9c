package dev.releaserules.core.spi;

import dev.releaserules.core.internal.Checks;

/**
 * The commits reachable from {@code until} but not from {@code since} ({@code git log since..until}),
 * optionally following first parents only, optionally only the commits that change some paths
 * ({@code git log since..until -- <paths>}).
 *
 * @param since the revision whose history is excluded, or the empty string for the whole history
 * @param until the revision whose history is listed (a branch, tag or commit id)
 * @param firstParent whether to follow only the first parent of merge commits
 * @param paths the paths the commits must change; {@link PathFilter#all()} for every commit
 */
public record CommitRange(String since, String until, boolean firstParent, PathFilter paths) {

    /** Validates the parts. */
    public CommitRange {
        Checks.notNull(since, "since");
        Checks.notBlank(until, "until");
        Checks.notNull(paths, "paths");
    }

    /**
     * A range of every commit, following every parent or first parents only.
     *
     * @param since the excluded revision, or empty
     * @param until the listed revision
     * @param firstParent whether to follow first parents only
     */
    public CommitRange(String since, String until, boolean firstParent) {
        this(since, until, firstParent, PathFilter.all());
    }

    /**
     * This range restricted to the commits that change paths the filter keeps, with git's history
     * simplification.
     *
     * @param filter the paths
     * @return the restricted range
     */
    public CommitRange withPaths(PathFilter filter) {
        return new CommitRange(since, until, firstParent, filter);
    }

    /**
     * The commits of {@code until} that {@code since} does not have.
     *
     * @param since the previous release tag or another revision
     * @param until the revision to list
     * @return the range {@code since..until}
     */
    public static CommitRange between(String since, String until) {
        return new CommitRange(Checks.notBlank(since, "since"), until, false);
    }

    /**
     * The whole history of a revision.
     *
     * @param until the revision to list
     * @return the range of every commit reachable from {@code until}
     */
    public static CommitRange upTo(String until) {
        return new CommitRange("", until, false);
    }

    /**
     * This range following only first parents (the commits of the branch itself, merges as one).
     *
     * @return a copy that follows first parents only
     */
    public CommitRange firstParentOnly() {
        return new CommitRange(since, until, true, paths);
    }

    /**
     * Whether the range starts at the root of the history.
     *
     * @return true when {@code since} is empty
     */
    public boolean isWholeHistory() {
        return since.isEmpty();
    }
}
