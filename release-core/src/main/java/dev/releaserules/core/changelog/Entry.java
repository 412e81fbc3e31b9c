package dev.releaserules.core.changelog;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;

import java.util.List;

/**
 * One line of the release notes: one unit of change.
 *
 * <p>A <em>unit of change</em> is the set of commits of a range that describe the same change: the
 * same normalised type (lower case), the same scope (compared ignoring case) and the same description
 * (compared ignoring case, with runs of whitespace as one space, and with any trailing pull-request
 * reference such as {@code " (#123)"} left out). A merge commit that carries a pull request's title and the
 * squashed or rebased commit it brought in are therefore one unit, and one entry that lists both
 * commits. A git revert {@code Revert "feat: x"} and a conventional {@code revert: feat: x} are one unit too.
 *
 * @param type the normalised commit type of the unit, such as {@code feat}; {@code revert} for reverts
 * @param scope the scope, or the empty string when there is none
 * @param description the description shown, as written in one of the commits (the one that carries a
 *     pull-request reference, else the newest)
 * @param commits the commits of the unit, newest first; at least one
 * @param breakingNotes what the unit breaks (the breaking-change notes of its commits, without
 *     repetitions); empty when it is not breaking
 * @param references the issue numbers its commits' footers refer to ({@code Fixes #12} gives
 *     {@code 12}), in order, without repetitions; empty unless the configuration renders
 *     {@linkplain ChangelogConfig#footerReferences() footer references}
 */
public record Entry(String type, String scope, String description, List<CommitRef> commits,
        List<String> breakingNotes, List<String> references) {

    /**
     * An entry without footer references.
     *
     * @param type the normalised commit type
     * @param scope the scope, or the empty string
     * @param description the description shown
     * @param commits the commits, newest first; at least one
     * @param breakingNotes what the unit breaks
     */
    public Entry(String type, String scope, String description, List<CommitRef> commits, List<String> breakingNotes) {
        this(type, scope, description, commits, breakingNotes, List.of());
    }

    /** Validates and copies the parts. */
    public Entry {
        references = Checks.listCopy(references, "references");
        Checks.notBlank(type, "type");
        Checks.notNull(scope, "scope");
        Checks.notBlank(description, "description");
        commits = Checks.listCopy(commits, "commits");
        breakingNotes = Checks.listCopy(breakingNotes, "breakingNotes");
        if (commits.isEmpty()) {
            throw new InvalidInputException("entry commits", "[]", Messages.ENTRY_COMMITS);
        }
    }

    /**
     * Whether the entry is a breaking change.
     *
     * @return true when it has breaking-change notes
     */
    public boolean isBreaking() {
        return !breakingNotes.isEmpty();
    }

    /**
     * Whether the entry has a scope.
     *
     * @return true when {@link #scope()} is not empty
     */
    public boolean hasScope() {
        return !scope.isEmpty();
    }
}
