package dev.releaserules.testkit.hosting;

/** The messages of this package, in one place. */
final class Messages {
    private Messages() {
    }

    static String alreadyOpen(String head, String base, int number) {
        return "A pull request from \"" + head + "\" into \"" + base + "\" is already open (#" + number + ")";
    }

    static String noSuchPullRequest(int number) {
        return "There is no pull request #" + number;
    }

    static String notOpen(int number, Object state) {
        return "Pull request #" + number + " is " + state + ", not open";
    }

    static String noSuchIssue(int number) {
        return "There is no issue #" + number;
    }

    static String issueNotOpen(int number) {
        return "Issue #" + number + " is closed, not open";
    }

    static String releaseExists(String tag) {
        return "The tag \"" + tag + "\" has a release already";
    }
}
