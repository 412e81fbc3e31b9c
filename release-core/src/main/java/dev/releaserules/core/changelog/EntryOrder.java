package dev.releaserules.core.changelog;

/**
 * The order of the entries within a section of the release notes.
 */
public enum EntryOrder {
    /**
     * Entries without scope first, then by scope and description, ignoring case.
     */
    SCOPE_THEN_DESCRIPTION,

    /**
     * The order release-please's CHANGELOG.md has: the commits newest first, sorted by scope and then
     * by the description as rendered (issue and user links included), comparing text as a browser or
     * Node.js {@code localeCompare} does (punctuation before digits before letters, case second).
     * An entry without scope against one with a scope keeps the quirk of the comparison
     * release-please uses (neither sorts first; the outcome depends on where the sort meets them),
     * reproduced with the same insertion order.
     */
    RELEASE_PLEASE,

    /**
     * The commits' order: newest first, as git lists them.
     */
    COMMIT_ORDER
}
