package dev.releaserules.github;

/** What {@link GitHubHosting#ensureLabel} did to a repository label. */
public enum LabelChange {
    /** The label did not exist and was created. */
    CREATED,
    /** The label existed with another colour or description, which were updated. */
    UPDATED,
    /** The label existed as asked. */
    UNCHANGED
}
