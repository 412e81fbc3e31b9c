package dev.releaserules.core.commit;

import dev.releaserules.core.internal.Checks;

/**
 * A commit message that is not a conventional commit, a merge or a revert. A value, not an error:
 * such commits simply do not drive version bumps or appear in conventional changelogs.
 *
 * @param raw the full message as given
 * @param reason why it is not conventional, such as {@code missing ": " after the type}
 */
public record NonConventional(String raw, String reason) implements CommitMessage {

    /** Validates the parts. */
    public NonConventional {
        Checks.notNull(raw, "raw");
        Checks.notNull(reason, "reason");
    }
}
