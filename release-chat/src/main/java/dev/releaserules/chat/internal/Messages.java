package dev.releaserules.chat.internal;

/** The texts the transports answer with: the one place they are built. None holds a secret. */
public final class Messages {
    private Messages() {
    }

    static String methodNotAllowed(String method) {
        return "Method " + safe(method) + " is not allowed here: send POST";
    }

    static String wrongContentType(String expected) {
        return "Unsupported content type: expected " + expected;
    }

    static String badContentLength() {
        return "Malformed request: Content-Length is not a number";
    }

    static String tooLarge(int limit) {
        return "Request body too large: at most " + limit + " bytes are accepted";
    }

    static String unreadableBody() {
        return "Malformed request: the body could not be read";
    }

    static String malformedForm(String why) {
        return "Malformed request: " + why;
    }

    /**
     * A malformed body or field.
     *
     * @param why what is wrong, without the body
     * @return the text
     */
    public static String malformed(String why) {
        return "Malformed request: " + why;
    }

    static String unsigned() {
        return "Unauthorized: the request is not signed (X-Slack-Signature and X-Slack-Request-Timestamp"
                + " are required)";
    }

    static String badTimestamp() {
        return "Unauthorized: X-Slack-Request-Timestamp is not a Unix time in seconds";
    }

    static String staleTimestamp() {
        return "Unauthorized: the request timestamp is more than five minutes from now (a replayed or"
                + " delayed request)";
    }

    static String badSignature() {
        return "Unauthorized: the signature does not match";
    }

    /**
     * A Slack request seen before.
     *
     * @return the text
     */
    public static String replayed() {
        return "Conflict: this request was already received; it is not run twice";
    }

    static String responseUrlNotAllowed() {
        return "Malformed request: response_url is not a Slack response URL this bot may answer to";
    }

    /**
     * A Slack request for another slash command.
     *
     * @param command the command it named
     * @param served the command this bot serves
     * @return the text
     */
    public static String wrongCommand(String command, String served) {
        return "This bot serves " + served + ", not " + safe(command);
    }

    /**
     * A Telegram request without the right secret token.
     *
     * @return the text
     */
    public static String badSecretToken() {
        return "Unauthorized: X-Telegram-Bot-Api-Secret-Token is missing or wrong";
    }

    /**
     * A user the directory does not know.
     *
     * @param platform Slack or Telegram
     * @param userId the platform's user id
     * @return the text
     */
    public static String unknownUser(String platform, String userId) {
        return "I do not know " + platform + " user " + safe(userId)
                + ": ask the release manager to map your user id to your @handle. Nothing was changed.";
    }

    /**
     * The acknowledgement of a command still running.
     *
     * @param text the command
     * @return the text
     */
    public static String working(String text) {
        return "Working on " + safe(text) + " …";
    }

    /**
     * The manifest lock was not free in time.
     *
     * @return the text
     */
    public static String busy() {
        return "The release is busy with another command; nothing was changed, try again.";
    }

    /**
     * A command that failed on the bot's side.
     *
     * @param why the library's message
     * @return the text
     */
    public static String failed(String why) {
        return "Nothing was changed: " + why;
    }

    /**
     * Any unexpected failure.
     *
     * @return the text
     */
    public static String internalError() {
        return "Internal error: nothing was changed; the bot's log has the details.";
    }

    /**
     * An interaction type this bot does not handle.
     *
     * @param type the type
     * @return the text
     */
    public static String unsupportedInteraction(String type) {
        return "Unsupported interaction type " + safe(type) + ": this bot handles block_actions";
    }

    /**
     * An ignored Telegram update.
     *
     * @param why why
     * @return the text
     */
    public static String ignored(String why) {
        return "Ignored: " + why;
    }

    /**
     * A button's label for a command.
     *
     * @param command such as {@code signoff api}
     * @return such as {@code Sign off api}
     */
    public static String button(String command) {
        return command.startsWith("signoff ") ? "Sign off " + command.substring("signoff ".length())
                : command.equals("approve") ? "Approve release" : command;
    }

    /** Echoes caller input shortened, on one line, so a reply never carries a long or multi-line payload. */
    static String safe(String text) {
        String one = text.replaceAll("[\\p{Cntrl}]", "?");
        return one.length() > 60 ? one.substring(0, 60) + "…" : one;
    }
}
