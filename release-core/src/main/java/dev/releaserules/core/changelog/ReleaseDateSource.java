package dev.releaserules.core.changelog;

/**
 * Where a release's date in the changelog comes from, when the notes are made from the release tags'
 * history. A date given for a version wins over both (see
 * {@code ReleaseHistory.Builder#releaseDate}). Dates are UTC days.
 */
public enum ReleaseDateSource {
    /** The commit date of the tagged commit. */
    TAGGED_COMMIT,

    /**
     * The commit date of the newest commit of the release other than the tagged commit: the day of the
     * last change the release holds. A tool that rewrites its release pull request on every push (as
     * release-please does) dates the release by that push, and the tagged commit is the later merge of
     * that pull request. Falls back to the tagged commit when the release holds no other commit.
     */
    LAST_CHANGE
}
