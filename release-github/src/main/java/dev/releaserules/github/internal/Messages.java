package dev.releaserules.github.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Every message of the GitHub adapter, in one place so tests can assert on them. */
public final class Messages {
    /** What a repository must look like. */
    public static final String REPOSITORY = "owner/name, such as octo-org/shop (GITHUB_REPOSITORY in Actions)";
    /** What a token must look like. */
    public static final String TOKEN = "a GitHub token (GITHUB_TOKEN or GH_TOKEN in Actions): printable, without spaces";
    /** What an API base must look like. */
    public static final String API_BASE = "an http(s) URL without query, such as https://api.github.com or "
            + "https://github.example.com/api/v3 (GITHUB_API_URL in Actions)";

    private Messages() {
    }

    /**
     * The environment lacks variables.
     *
     * @param missing the variables
     * @return the message
     */
    public static String missingVariables(List<String> missing) {
        return "the variables " + String.join(", ", missing) + " to be set (GitHub Actions sets them; give the job "
                + "`env: GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}` or a token with the permissions each step needs)";
    }

    static String failed(String operation, int status, String detail) {
        return "GitHub: " + operation + " failed: HTTP " + status + (detail.isEmpty() ? "" : " (" + detail + ")");
    }

    static String unauthorized(String operation, int status, String detail) {
        return failed(operation, status, detail) + ": the token was refused (missing, expired or revoked); "
                + "set GITHUB_TOKEN or GH_TOKEN to a valid token";
    }

    static String forbidden(String operation, int status, String detail, String permission) {
        return failed(operation, status, detail) + ": the token lacks a permission; give the workflow job or the "
                + "app `permissions: " + permission + "` (and check the repository's Actions settings allow it)";
    }

    static String notFound(String operation, int status, String detail, String repository) {
        return failed(operation, status, detail) + ": " + repository + " or the object does not exist, or the "
                + "token cannot see it; check GITHUB_REPOSITORY and that the token has access to the repository";
    }

    static String unprocessable(String operation, int status, String detail) {
        return failed(operation, status, detail) + ": GitHub refused the request's content";
    }

    static String alreadyExists(String operation, int status, String detail) {
        return failed(operation, status, detail) + ": it already exists";
    }

    static String notMergeable(String operation, int status, String detail) {
        return failed(operation, status, detail) + ": the pull request cannot be merged now (conflict, failing "
                + "required checks, missing approvals, or its head moved); look at it on GitHub";
    }

    static String rateLimited(String operation, int status, Instant reset, Duration budget) {
        return failed(operation, status, "API rate limit exceeded") + ": the rate limit resets at " + reset
                + ", later than this call may wait (" + budget.toSeconds() + " s); retry after " + reset;
    }

    static String secondaryLimited(String operation, int status, Duration wait, Duration budget) {
        return failed(operation, status, "secondary rate limit") + ": GitHub asked to wait " + wait.toSeconds()
                + " s, more than this call may wait (" + budget.toSeconds() + " s); slow down and retry later";
    }

    static String serverError(String operation, int status, String detail, int attempts, boolean idempotent) {
        return failed(operation, status, detail) + " after " + attempts + " attempt(s)"
                + (idempotent ? "" : " (a write is not retried blindly)") + "; GitHub had a problem, retry later";
    }

    static String timeout(String operation, String what, Duration limit) {
        return "GitHub: " + operation + " failed: " + what + " within " + limit.toMillis() + " ms";
    }

    static String network(String operation, String detail) {
        return "GitHub: " + operation + " failed: cannot reach GitHub (" + detail + ")";
    }

    static String badAnswer(String operation, String what) {
        return "GitHub: " + operation + " failed: unexpected answer: " + what;
    }

    static String tooLarge(String operation, long limit) {
        return badAnswer(operation, "the body is larger than " + limit + " bytes");
    }

    static String tooManyPages(String operation, int pages) {
        return "GitHub: " + operation + " needs more than " + pages + " pages of results; narrow the query or raise "
                + "GitHubConfig.maxPages";
    }

    static String foreignNext(String operation, String host) {
        return badAnswer(operation, "the next page is on another host (" + host + "); the token is not sent there");
    }

    static String refused(String operation, int status, String detail) {
        return failed(operation, status, detail);
    }

    /**
     * A create failed ambiguously and the look-up found nothing; it is not retried blindly.
     *
     * @param operation the operation
     * @param cause the failure
     * @return the message
     */
    public static String createUnconfirmed(String operation, String cause) {
        return cause + "; looked up afterwards, it was not created, so it is safe to run again";
    }

    /** What a step output's name must look like. */
    public static final String OUTPUT_NAME = "a letter or _, then letters, digits, - or _ (a GitHub Actions output name)";

    /** What a step output's value or a step summary must be. */
    public static final String WELL_FORMED_TEXT = "text without a lone surrogate (it has no UTF-8 form); nothing was "
            + "written";

    /** What a step output's value or a step summary must not hold. */
    public static final String NO_SECRET = "no secret in it (a token, or a value registered as secret); nothing was "
            + "written, so it cannot reach later steps, job outputs or the run's page";

    /**
     * A GitHub Actions file would grow past its bound.
     *
     * @param variable the variable naming the file
     * @param file the file
     * @param limit the bound in bytes
     * @return the message
     */
    public static String actionsFileTooLarge(String variable, java.nio.file.Path file, long limit) {
        return variable + " file " + file + " would hold more than " + limit + " bytes (GitHub's limit); nothing was "
                + "written";
    }

    /**
     * A GitHub Actions file could not be read or written.
     *
     * @param variable the variable naming the file
     * @param file the file
     * @param cause what went wrong
     * @return the message
     */
    public static String actionsFileFailed(String variable, java.nio.file.Path file, String cause) {
        return "cannot write the " + variable + " file " + file + ": " + cause;
    }
    // ---- sign-off issues (R-SO1, R-SR) -------------------------------------------------------

    /**
     * The hidden line a sign-off reply ends with, naming the comment it answers, so a re-run finds
     * its earlier reply instead of posting a second one.
     *
     * @param commentId the answered comment
     * @return the marker
     */
    public static String replyMarker(long commentId) {
        return "<!-- release-rules:sign-off-reply comment=" + commentId + " -->";
    }

    /**
     * The reply to an approval.
     *
     * @param handle who approved
     * @param component the component
     * @param release the release id
     * @param signed how many components needing a sign-off are approved
     * @param needed how many need one
     * @return the reply
     */
    public static String approvedReply(String handle, String component, String release, long signed, int needed) {
        return "\u2705 Recorded: " + handle + " approved `" + component + "` for " + release + " (" + signed + " of "
                + needed + " sign-offs in" + (signed == needed ? "; every component is signed off" : "") + ").";
    }

    /**
     * The reply to a rejection.
     *
     * @param handle who rejected
     * @param component the component
     * @param release the release id
     * @param reason why
     * @return the reply
     */
    public static String rejectedReply(String handle, String component, String release, String reason) {
        return "\u274c Recorded: " + handle + " rejected `" + component + "` for " + release + ": " + reason
                + "\n\nThe release is blocked until this rejection is withdrawn (R-SO1).";
    }

    /**
     * The reply to a command the rules refused.
     *
     * @param reason why
     * @return the reply
     */
    public static String refusedReply(String reason) {
        return "\u26a0\ufe0f Not recorded: " + reason;
    }

    /**
     * A commenter whose login no handle of the manifest matches, refused by the sign-off policy.
     *
     * @param login the GitHub login
     * @param release the release id
     * @param refusal what the rules said
     * @return the reason
     */
    public static String unknownLogin(String login, String release, String refusal) {
        return "GitHub user @" + login + " is not named in " + release
                + " (not its release manager, a team lead, an author or an approver); " + refusal;
    }

    /**
     * An issue title that names no sign-off request.
     *
     * @param title the title
     * @return the expected form
     */
    public static String notASignOffTitle(String title) {
        return "Invalid sign-off issue title \"" + title + "\": expected \"[Sign-off Required] <component> - <release id>\"";
    }
}
