package dev.releaserules.core.flow;

import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.version.Version;
import java.util.List;

/**
 * Which commits are in a release and which reached the development branch after its feature
 * cutoff (R-B2). Both lists are newest first.
 *
 * @param version the release version
 * @param tag the release tag
 * @param cutoffCommit the development branch's commit the release was cut from
 * @param inRelease the commits since the previous release up to the cutoff
 * @param afterCutoff the commits of the development branch that the release does not have
 */
public record CutoffReport(Version version, String tag, String cutoffCommit, List<Commit> inRelease,
        List<Commit> afterCutoff) {

    /** Validates and copies the parts. */
    public CutoffReport {
        Checks.notNull(version, "version");
        Checks.notBlank(tag, "tag");
        Checks.notBlank(cutoffCommit, "cutoffCommit");
        inRelease = Checks.listCopy(inRelease, "inRelease");
        afterCutoff = Checks.listCopy(afterCutoff, "afterCutoff");
    }

    /**
     * Whether a commit is in the release.
     *
     * @param commitId the full commit id
     * @return true when it is among {@link #inRelease()}
     */
    public boolean isInRelease(String commitId) {
        return inRelease.stream().anyMatch(c -> c.id().equals(commitId));
    }

    /**
     * Whether a commit reached the development branch after the cutoff, so belongs to a later release.
     *
     * @param commitId the full commit id
     * @return true when it is among {@link #afterCutoff()}
     */
    public boolean isAfterCutoff(String commitId) {
        return afterCutoff.stream().anyMatch(c -> c.id().equals(commitId));
    }
}
