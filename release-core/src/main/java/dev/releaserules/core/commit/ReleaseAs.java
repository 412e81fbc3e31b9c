package dev.releaserules.core.commit;

import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.version.Version;

/**
 * A {@code Release-As: X.Y.Z} footer (release-please's convention): the commit that carries it asks
 * for its release to be exactly that version, whatever the commit types call for.
 *
 * @param commit the commit with the footer
 * @param version the version the footer asks for
 */
public record ReleaseAs(Commit commit, Version version) {
    /** The footer token, compared ignoring case. */
    public static final String TOKEN = "Release-As";

    /** Validates the parts. */
    public ReleaseAs {
        Checks.notNull(commit, "commit");
        Checks.notNull(version, "version");
    }
}
