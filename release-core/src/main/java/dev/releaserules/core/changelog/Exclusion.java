package dev.releaserules.core.changelog;

/**
 * Why a commit of the range has no entry in the release notes.
 */
public enum Exclusion {
    /** The message follows none of the conventional, merge or revert forms. */
    NON_CONVENTIONAL("not a conventional commit"),
    /** A merge commit such as {@code Merge pull request #12 from acme/x}; the merged commits carry the change. */
    MERGE("merge commit"),
    /** A conventional commit of a type the configuration hides (and not breaking). */
    HIDDEN_TYPE("hidden type"),
    /** A conventional commit of a type the configuration has no section for (and not breaking). */
    UNKNOWN_TYPE("type without a section");

    private final String description;

    Exclusion(String description) {
        this.description = description;
    }

    /**
     * A short human-readable reason.
     *
     * @return for example {@code "merge commit"}
     */
    public String description() {
        return description;
    }
}
