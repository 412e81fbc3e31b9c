package dev.releaserules.core.hosting;

/** Whether the host can merge a pull request into its base without a conflict. */
public enum Mergeability {
    /** It merges cleanly. */
    MERGEABLE,
    /** It conflicts with its base. */
    CONFLICTING,
    /** The host has not computed it yet. */
    UNKNOWN
}
