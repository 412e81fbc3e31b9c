package dev.releaserules.core.flow;

import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.version.Version;
import java.util.Optional;

/**
 * What the repository, its remote and the host say about backporting one release, gathered
 * before anything is decided.
 *
 * @param version the released version
 * @param tag its tag
 * @param branch the backport branch
 * @param remote the remote's name
 * @param pullRequest the backport pull request the host has (open or merged), if any
 * @param leftover the backport branch an earlier run left, if any
 */
record BackportFacts(Version version, String tag, String branch, String remote, Optional<PullRequest> pullRequest,
        Optional<Leftover> leftover) {

    /**
     * A backport branch an earlier run left.
     *
     * @param commit its commit
     * @param onRemote whether it is on the remote (pushed), else only here
     * @param fetched whether this repository has the commit
     * @param containsTag whether it contains the release tag (so it is this release's backport)
     */
    record Leftover(String commit, boolean onRemote, boolean fetched, boolean containsTag) {
    }
}
