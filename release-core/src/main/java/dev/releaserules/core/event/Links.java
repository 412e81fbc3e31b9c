package dev.releaserules.core.event;

import dev.releaserules.core.internal.Checks;

/**
 * The links an event carries where they are known (R-NT): each is an absolute URL or the empty
 * string. Templates reach them as {@code {pull_request_url}}, {@code {run_url}},
 * {@code {release_url}} and {@code {compare_url}}.
 *
 * @param pullRequest the pull request the event is about
 * @param run the CI run (or the workflow's runs) that does or did the work
 * @param release the release page on the code host
 * @param compare the comparison of the release with the one before it
 */
public record Links(String pullRequest, String run, String release, String compare) {

    /** No links. */
    public static final Links NONE = new Links("", "", "", "");

    /** Validates the parts: each is empty or an http(s) URL without spaces. */
    public Links {
        check(pullRequest, "pullRequest");
        check(run, "run");
        check(release, "release");
        check(compare, "compare");
    }

    /**
     * A copy with the pull request link.
     *
     * @param url the link, or empty
     * @return the copy
     */
    public Links withPullRequest(String url) {
        return new Links(url, run, release, compare);
    }

    /**
     * A copy with the run link.
     *
     * @param url the link, or empty
     * @return the copy
     */
    public Links withRun(String url) {
        return new Links(pullRequest, url, release, compare);
    }

    /**
     * A copy with the release link.
     *
     * @param url the link, or empty
     * @return the copy
     */
    public Links withRelease(String url) {
        return new Links(pullRequest, run, url, compare);
    }

    /**
     * A copy with the comparison link.
     *
     * @param url the link, or empty
     * @return the copy
     */
    public Links withCompare(String url) {
        return new Links(pullRequest, run, release, url);
    }

    private static void check(String url, String name) {
        Checks.notNull(url, name);
        if (!url.isEmpty() && (!(url.startsWith("https://") || url.startsWith("http://"))
                || url.chars().anyMatch(c -> c <= ' ' || c == '|' || c == '<' || c == '>'))) {
            throw new dev.releaserules.core.InvalidInputException(name + " link", url,
                    "an http(s) URL without spaces, '|', '<' or '>', or the empty string");
        }
    }
}
