package dev.releaserules.core.flow;

/** The kinds of branches the quick-release flow creates (R-B1). */
public enum BranchKind {
    /** {@code release/vX.Y.Z}: a snapshot of the development branch being released. */
    RELEASE,
    /** {@code hotfix/vX.Y.Z}: a fix cut from production. */
    HOTFIX,
    /** {@code backport/vX.Y.Z-to-develop}: brings a release back to the development branch. */
    BACKPORT
}
