package dev.releaserules.core.commit;

import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.version.Increment;

/**
 * Why one commit calls for a version increment.
 *
 * @param commit the commit
 * @param increment the increment it calls for
 * @param why what kind of change it is, as a singular noun phrase such as {@code breaking change},
 *     {@code feature}, {@code fix} or {@code "build" commit}
 */
public record BumpReason(Commit commit, Increment increment, String why) {

    /** Validates the parts. */
    public BumpReason {
        Checks.notNull(commit, "commit");
        Checks.notNull(increment, "increment");
        Checks.notBlank(why, "why");
    }
}
