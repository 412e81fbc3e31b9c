package dev.releaserules.core.flow;

import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.version.Version;
import java.util.List;
import java.util.Optional;

/**
 * What the repository and its remote say about triggering one version's production release
 * (R-T3), gathered before anything is decided.
 *
 * @param version the version the merged branch names
 * @param tag its tag
 * @param branch the merged release or hotfix branch
 * @param remote the remote's name
 * @param taggedCommit the commit the local tag points at
 * @param recordOnRemote whether the remote has the trigger record already
 * @param head the merged branch's head commit, when it could be found
 * @param unshipped the commits of the head the tag does not contain (empty when it contains them)
 * @param remoteTagCommit the commit the remote's tag points at, when the remote has it
 * @param headInMain whether the head is in the production branch (only what was merged may ship)
 * @param versionFileAtHead the version file's parsed version at the head, when it holds one
 * @param versionFileTextAtHead what the version file holds at the head, for the message; empty when missing
 */
record TriggerFacts(Version version, String tag, String branch, String remote, String taggedCommit,
        boolean recordOnRemote, Optional<String> head, List<Commit> unshipped, Optional<String> remoteTagCommit,
        boolean headInMain, Optional<Version> versionFileAtHead, Optional<String> versionFileTextAtHead) {

    TriggerFacts {
        unshipped = List.copyOf(unshipped);
    }
}
