package dev.releaserules.core.flow;

/**
 * What post-merge does when the merged release or hotfix branch has commits its tag does not
 * contain (R-T3) — typically a fix pushed to {@code hotfix/vX.Y.Z} after the hotfix was cut, or a
 * QA fix on {@code release/vX.Y.Z} after prepare. Production deploys the tag, so those commits
 * would silently not ship.
 */
public enum UnshippedCommits {
    /**
     * Refuse to trigger (the default), naming the tag, the branch head and the commits that would
     * not ship. Nothing is changed.
     */
    REFUSE,
    /**
     * Move the tag to the branch head, then trigger. Allowed only while the version has never been
     * triggered and when the version file at the head holds the version (R-T2); the tag is moved on
     * the remote with a lease on its old id, in the same atomic push as the trigger record, so of
     * two concurrent runners only one moves it.
     */
    MOVE_TAG
}
