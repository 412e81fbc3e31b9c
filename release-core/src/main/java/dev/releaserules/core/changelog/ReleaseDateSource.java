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
    LAST_CHANGE,

    /**
     * The day the release tag was created: the tagger time of an annotated tag, which differs from
     * its commit's date when a release is tagged after the fact (a release pull request merged on
     * Friday and tagged on Monday is dated Monday). A lightweight tag records no time of its own, so
     * a release tagged by one (or by an annotated tag object without a tagger line) falls back to
     * {@link #TAGGED_COMMIT}, the commit date of the tagged commit.
     */
    TAG
}
