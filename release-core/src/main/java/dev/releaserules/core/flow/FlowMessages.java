package dev.releaserules.core.flow;

import dev.releaserules.core.Rule;
import dev.releaserules.core.internal.Texts;
import dev.releaserules.core.version.Version;
import java.util.List;
import java.util.stream.Collectors;

/** Every message the flow writes, in one place so tests can assert on them and they stay consistent. */
final class FlowMessages {
    static final String REF_NAME = "a valid git ref name";
    static final String BRANCH_NAME = "a branch named release/vX.Y.Z or hotfix/vX.Y.Z";
    static final String COMPONENT_NAME = "a component name without whitespace, such as create-vite";
    static final String CHANGELOG_PATH = "a file path from the repository root with / separators, without .. or a "
            + "leading /, such as packages/create-vite/CHANGELOG.md";

    private FlowMessages() {
    }

    static String versionFileMissing(String path, String revision) {
        return "version file " + path + " does not exist at " + revision
                + "; it is the single source of truth for the version";
    }

    static String shallow() {
        return "the repository is a shallow clone: tags and commit ranges would be wrong; fetch the full history "
                + "(git fetch --unshallow) first";
    }

    static String alreadyPrepared(Version version, String what) {
        return "release " + version + " is already prepared (" + what + "); nothing was changed. The version was "
                + "chosen once and is not incremented again";
    }

    static String partiallyPublished(Version version, String what) {
        return "release " + version + " is half published on the remote (" + what + "); fix the remote by hand: "
                + "nothing was changed";
    }

    static String localMismatch(Version version, String what) {
        return "release " + version + " exists locally but does not match what prepare would make (" + what
                + "); delete the local refs or finish by hand: nothing was changed";
    }

    static String tagMissing(String tag) {
        return "tag " + Texts.quote(tag) + " does not exist; it is created by prepare before any pull request";
    }

    static String alreadyTriggered(Version version, String marker) {
        return "the production release of " + version + " was already triggered (" + marker
                + " exists); a version is deployed exactly once";
    }

    /** At most this many unshipped commits are named; the rest are counted. */
    static final int MAX_LISTED_COMMITS = 10;

    static String unshipped(String tag, String tagCommit, String branch, String head,
            List<dev.releaserules.core.commit.Commit> missing) {
        String listed = missing.stream().limit(MAX_LISTED_COMMITS)
                .map(c -> c.shortId() + " " + Texts.quote(c.message().subject()))
                .collect(Collectors.joining(", "));
        String more = missing.size() > MAX_LISTED_COMMITS
                ? " and " + (missing.size() - MAX_LISTED_COMMITS) + " more" : "";
        return "tag " + tag + " (at " + shortId(tagCommit) + ") does not contain the head of " + branch + " ("
                + shortId(head) + "): " + missing.size() + (missing.size() == 1 ? " commit" : " commits")
                + " would not ship: " + listed + more + ". Production deploys the tag, so nothing was triggered. "
                + "To ship them, run post-merge again with the policy UnshippedCommits.MOVE_TAG "
                + "(postMerge().unshippedCommits(MOVE_TAG) or QuickReleaseRules.builder().unshippedCommits(MOVE_TAG)), "
                + "which moves the tag to " + shortId(head) + " while the version was never triggered; or release "
                + "them in a new version";
    }

    static String movedTagVersion(String tag, String branch, String head, String path, String found) {
        return "tag " + tag + " cannot move to the head of " + branch + " (" + shortId(head) + "): " + path
                + " there holds " + found + ", not the tag's version; fix the version file on " + branch + " first";
    }

    static String tagDiffersOnRemote(String tag, String remote, String local, String onRemote) {
        return "tag " + tag + " tags " + shortId(local) + " here but " + shortId(onRemote) + " on " + remote
                + "; fetch the tags (git fetch --tags --force) and run again: nothing was changed";
    }

    static String backportBranchNotFetched(String branch, String remote, String commit) {
        return branch + " exists on " + remote + " at " + shortId(commit) + ", which this repository has not fetched;"
                + " fetch it (git fetch " + remote + ") and run again to resume the backport: nothing was changed";
    }

    static String branchNotFound(String branch, String remote) {
        return "branch " + branch + " exists neither here nor as " + remote + "/" + branch;
    }

    static String tagNotOnRemote(String tag, String remote) {
        return "tag " + tag + " exists here but not on " + remote + ", so it was never published: push it (or run"
                + " prepare/hotfix again to resume) before moving it; nothing was changed";
    }

    static String headNotFound(int pullRequest, String branch, String remote) {
        return Rule.R_T3.id() + ": the head of pull request #" + pullRequest + " (" + branch + ") is neither on " + remote
                + " nor in this repository, so whether the tag contains it was not checked; keep release and hotfix "
                + "branches until they are deployed (R-BC), or fetch " + branch + " before post-merge";
    }

    static String headCommitMissing(int pullRequest, String branch, String commit, String tag) {
        return "the head commit " + commit + " of pull request #" + pullRequest + " (" + branch
                + ") is not in this repository, so whether " + tag + " contains it cannot be checked; fetch the "
                + "production branch (or a full clone) and run post-merge again";
    }

    static String triggerFailedRecordRemoved(String marker) {
        return "triggering the production workflow failed; the trigger record " + marker
                + " was removed again, so a re-run triggers";
    }

    static String triggerFailedRecordKept(String marker, String why) {
        return "triggering the production workflow failed and the trigger record " + marker
                + " could not be removed (" + why + "); delete it on the remote by hand before re-running";
    }

    private static String shortId(String id) {
        return id.length() > 7 ? id.substring(0, 7) : id;
    }

    static String versionMismatch(String branch, Version fromBranch, String path, Version fromFile) {
        return "branch " + branch + " names version " + fromBranch + " but " + path + " on it holds " + fromFile;
    }

    static String notMergeCommit(int pullRequest, String tag, dev.releaserules.core.spi.PullRequest.MergeMethod method) {
        String how = method == dev.releaserules.core.spi.PullRequest.MergeMethod.SQUASH ? "squash" : "rebase";
        return Rule.R_T3.id() + ": release pull request #" + pullRequest + " (" + tag + ") was merged by " + how
                + ", not with a merge commit: the production branch does not contain the tagged commit " + tag
                + ", and later ranges (the backport, the next changelog) see the release's changes again as a copy. The "
                + "release was triggered; merge release pull requests with a merge commit";
    }

    static String headNotMerged(String tag, String branch, String head, String main) {
        return "tag " + tag + " is not moved to " + branch + " at " + shortId(head)
                + ": that commit is not in " + main + " (pushed after the merge?); only merged commits ship."
                + " Merge it first, or release it as a new version";
    }

    static String cleanupNotReleaseBranch(String branch) {
        return branch + " is not a release/vX.Y.Z or hotfix/vX.Y.Z branch; only those are cleaned up";
    }

    static String cleanupNotDeployed(String branch) {
        return "the release of " + branch + " is not deployed yet";
    }

    static String cleanupBackport(String branch, BranchCleanup.BackportState state) {
        switch (state) {
            case NOT_CREATED:
                return "no backport pull request was opened for " + branch + "; its changes would be lost to develop";
            case OPEN:
                return "the backport pull request of " + branch + " is still open";
            default:
                return "the backport pull request of " + branch + " was closed without merging; open a new one";
        }
    }

    static String cleanupTagMissing(String branch, String tag) {
        return (tag.isEmpty() ? "the release tag" : "tag " + tag) + " of " + branch
                + " does not exist; the branch is the only ref to the released commit";
    }

    static String cleanupRefused(String branch, List<String> reasons) {
        return "branch " + branch + " may not be deleted yet: " + String.join("; ", reasons);
    }

    static String backportWithoutTag(String tag, Version version) {
        return "tag " + Texts.quote(tag) + " does not exist: only a released version is backported, and " + version
                + " was never tagged; give the version that was released";
    }

    static String backportExists(String branch, int pullRequest, dev.releaserules.core.spi.PullRequest.State state) {
        return "the backport " + branch + " exists: pull request #" + pullRequest + " is "
                + state.name().toLowerCase(java.util.Locale.ROOT) + "; nothing was changed";
    }

    static String foreignBackportBranch(String branch, String where, String tag) {
        return "branch " + branch + " exists (" + where + ") but does not contain tag " + tag
                + ", so it is not this release's backport; delete or rename it: nothing was changed";
    }

    static String conflict(List<String> paths) {
        return "merging main into the backport branch conflicts in " + paths + "; nothing was changed, resolve by hand";
    }

    static String pushedRefMissing(dev.releaserules.core.spi.RefName ref) {
        return ref + " does not exist here, so it cannot be pushed";
    }

    static String sourceNotFetched(String branch, String remote, String remoteHead) {
        return branch + " on " + remote + " is at " + shortId(remoteHead) + ", which this clone has not fetched; the"
                + " feature cutoff is the team's " + branch + ": fetch " + remote + " and run again. Nothing was changed";
    }

    static String sourceBehind(String branch, String remote, String local, String remoteHead) {
        return branch + " here (" + shortId(local) + ") is behind " + remote + "/" + branch + " (" + shortId(remoteHead)
                + "): the cut would leave out commits the team has merged. Pull " + branch + " (or check out "
                + remote + "/" + branch + ") and run again. Nothing was changed";
    }

    static String sourceDiverged(String branch, String remote, String local, String remoteHead) {
        return branch + " here (" + shortId(local) + ") and " + remote + "/" + branch + " (" + shortId(remoteHead)
                + ") have diverged: reconcile them (pull, or reset to " + remote + "/" + branch + ") and run again."
                + " Nothing was changed";
    }

    static String descriptiveHeadNotFound(int pullRequest, String branch, String remote) {
        return "pull request #" + pullRequest + " comes from " + branch + ", whose name holds no version, and its head "
                + "is neither on " + remote + " nor here, so its version file cannot be read: fetch " + branch
                + " and run again. Nothing was triggered";
    }

    static String descriptiveVersionMissing(String branch, String path) {
        return branch + " names no version and " + path + " at its head holds none; name the branch after its "
                + "version (hotfix/vX.Y.Z) or commit the version file there. Nothing was triggered";
    }

    static String usedTwice(String command) {
        return "this " + command + " command was already called; commands are single use, ask the flow for a new one";
    }

    static String hotfixNotApproved(int number, String branch, List<String> missing) {
        return "hotfix pull request #" + number + " (" + branch + ") is not approved for production: missing "
                + String.join("; ", missing) + ". Ask for the reviews and run post-merge again; nothing was triggered";
    }

    static String hostReleaseFailed(String tag, String reason) {
        return "R-GR: the code-host release of " + tag + " was not published (" + reason + "); the announcement goes "
                + "out without it. Publish it by hand, or run the production step again once the host allows it";
    }
}
