package dev.releaserules.testkit.hosting;

import dev.releaserules.core.internal.Texts;

/** The messages of this package, in one place. */
final class Messages {
    private Messages() {
    }

    static String alreadyOpen(String head, String base, int number) {
        return "A pull request from " + Texts.quote(head) + " into " + Texts.quote(base) + " is already open (#"
                + number + ")";
    }

    static String noSuchPullRequest(int number) {
        return "There is no pull request #" + number;
    }

    static String notOpen(int number, Object state) {
        return "Pull request #" + number + " is " + state + ", not open";
    }
}
