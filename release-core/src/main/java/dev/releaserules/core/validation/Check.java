package dev.releaserules.core.validation;

/** The checks of the tag/version consistency check (R-T2), in the order they run. */
public enum Check {
    /** The tag name is a release tag of the configured format, such as {@code ^v[0-9]+\.[0-9]+\.[0-9]+$}. */
    TAG_FORMAT,
    /** The tag exists in the repository (checked by callers that have one, such as the flow). */
    TAG_EXISTS,
    /** The requested version is a release version {@code X.Y.Z}. */
    REQUESTED_VERSION_FORMAT,
    /** The tag names the requested version. */
    TAG_MATCHES_REQUESTED_VERSION,
    /** The version file exists at the tag. */
    VERSION_FILE_PRESENT,
    /** The version file holds one line {@code X.Y.Z}. */
    VERSION_FILE_FORMAT,
    /** The version file at the tag holds the tag's version. */
    VERSION_FILE_MATCHES_TAG,
    /**
     * The tag contains the head of the release or hotfix branch it was cut from, so commits pushed
     * to the branch after the cut ship (R-T3); checked only when a caller names the branch.
     */
    TAG_CONTAINS_BRANCH_HEAD
}
