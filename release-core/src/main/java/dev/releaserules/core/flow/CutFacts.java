package dev.releaserules.core.flow;

import dev.releaserules.core.version.Version;
import java.util.Optional;

/**
 * What the repository, its remote and the host say about one release or hotfix cut, gathered
 * before anything is decided (R-V3, R-T1).
 *
 * @param version the version being cut
 * @param tag its tag
 * @param branch its release or hotfix branch
 * @param remote the remote's name
 * @param sourceCommit the head of the branch (or tag) cut from now
 * @param localBranch the local branch's commit, if it exists
 * @param localTag the commit the local tag points at, if it exists
 * @param localCutoff the local cutoff record's commit, if it exists
 * @param versionFileAtLocalBranch the version file's content at the local branch's head, if both exist
 * @param remoteBranch the remote branch's commit, if the remote has it
 * @param remoteTag whether the remote has the tag
 * @param remoteCutoff the remote cutoff record's commit, if the remote has it
 * @param pullRequestOpened whether the host has the branch's pull request (open or merged); empty
 *     when no host is configured or it was not asked (the remote lacks branch or tag)
 */
record CutFacts(Version version, String tag, String branch, String remote, String sourceCommit,
        Optional<String> localBranch, Optional<String> localTag, Optional<String> localCutoff,
        Optional<String> versionFileAtLocalBranch, Optional<String> remoteBranch, boolean remoteTag,
        Optional<String> remoteCutoff, Optional<Boolean> pullRequestOpened) {
}
