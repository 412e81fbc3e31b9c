package dev.releaserules.core.validation;

import dev.releaserules.core.internal.Texts;

/** Every message of the consistency check, in one place so tests can assert on them. */
final class Messages {
    private Messages() {
    }

    static String passed(String tag, String version) {
        return "Tag " + Texts.quote(tag) + " and version " + Texts.quote(version) + " are consistent";
    }

    static String failedSummary(String tag, String version, int count) {
        return "Release stopped: tag " + Texts.quote(tag) + " and version " + Texts.quote(version) + " failed "
                + count + (count == 1 ? " check" : " checks") + " (R-T2)";
    }

    static String tagFormat(String tag, String example) {
        return "tag " + Texts.quote(tag) + " is not a release tag of the form " + example;
    }

    static String tagMissing(String tag) {
        return "tag " + Texts.quote(tag) + " does not exist in the repository";
    }

    static String requestedFormat(String version) {
        return "requested version " + Texts.quote(version) + " is not a release version X.Y.Z";
    }

    static String tagMismatch(String tag, String tagVersion, String requested) {
        return "tag " + Texts.quote(tag) + " names version " + tagVersion + " but version " + requested + " was requested";
    }

    static String fileMissing(String path, String tag) {
        return "version file " + path + " does not exist at tag " + Texts.quote(tag);
    }

    static String fileFormat(String path, String tag, String content) {
        return "version file " + path + " at tag " + Texts.quote(tag) + " holds " + Texts.quote(content)
                + ", not one line X.Y.Z";
    }

    static String fileMismatch(String path, String tag, String fileVersion, String tagVersion) {
        return "version file " + path + " at tag " + Texts.quote(tag) + " holds " + fileVersion + " but the tag names "
                + tagVersion;
    }

    static String branchHeadNotInTag(String tag, String branch, String head, int commits) {
        return "tag " + Texts.quote(tag) + " does not contain the head of " + branch + " ("
                + (head.length() > 7 ? head.substring(0, 7) : head) + "): " + commits
                + (commits == 1 ? " commit" : " commits") + " pushed to the branch would not ship (R-T3)";
    }
}
