package dev.releaserules.git.internal;

import dev.releaserules.core.internal.Texts;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Every message this adapter puts into an exception, in one place so tests can rely on the wording. */
final class Messages {
    private Messages() {
    }

    static String notARepository(String path) {
        return "Not a git repository: " + Texts.quote(path)
                + " (expected a work tree with .git inside or a git directory)";
    }

    static String shallowClone(String repo) {
        return "Repository " + Texts.quote(repo) + " is a shallow clone: its history and tags are incomplete,"
                + " so versions would be wrong; fetch the full history (git fetch --unshallow)";
    }

    static String revisionNotFound(String revision) {
        return "Revision " + Texts.quote(revision) + " does not exist in the repository";
    }

    static String branchNotFound(String branch) {
        return "Branch " + Texts.quote(branch) + " does not exist in the repository";
    }

    static String refExists(String refName, String currentId) {
        return "Ref " + Texts.quote(refName) + " already exists (at " + currentId + ")";
    }

    static String refNameConflicts(String refName) {
        return "Ref " + Texts.quote(refName) + " conflicts with an existing ref (one is a prefix directory of the other)";
    }

    static String concurrentUpdate(String refName) {
        return "Ref " + Texts.quote(refName) + " moved while it was being updated: another writer won; nothing was changed by this one";
    }

    static String branchCheckedOut(String branch) {
        return "Branch " + Texts.quote(branch) + " is checked out, so it cannot be deleted";
    }

    static String remoteNotConfigured(String remote) {
        return "Remote " + Texts.quote(remote) + " is not configured in this repository";
    }

    static String remoteBusy(String remote, String detail) {
        return "Remote " + Texts.quote(remote) + " is being updated by another push (" + detail
                + "); nothing of this push was applied: run the step again";
    }

    static String remoteUnreachable(String remote, String detail) {
        return "Remote " + Texts.quote(remote) + " cannot be reached: " + detail;
    }

    static String pushTimedOut(String remote, Duration limit) {
        return "Push to " + Texts.quote(remote) + " did not finish within " + limit.toString().substring(2).toLowerCase(Locale.ROOT)
                + " (the push time limit); the remote may or may not have applied it: fetch and run the step again";
    }

    static String pushRejected(String remote, List<String> refusals) {
        return "Push to " + Texts.quote(remote) + " was rejected; no ref was updated: " + String.join("; ", refusals);
    }

    static String alreadyOnRemote(String refName) {
        return refName + " already exists on the remote";
    }

    static String ioFailure(String what) {
        return "Could not " + what + " (I/O failure in the repository)";
    }

    static String notACommit(String what) {
        return "Revision " + Texts.quote(what) + " is not a commit";
    }

    static String notOnRemote() {
        return "does not exist on the remote";
    }

    /** A file a step reads (and may write back) is a symbolic link in the commit. */
    static final String NOT_A_SYMLINK = "a regular file, not a symbolic link (writing it back would replace the link)";

    static String notUtf8(int offset) {
        return "UTF-8 text; the byte at offset " + offset + " is not UTF-8 (the file is not changed)";
    }
}
