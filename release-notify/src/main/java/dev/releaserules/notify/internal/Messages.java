package dev.releaserules.notify.internal;

import dev.releaserules.core.internal.Texts;
import java.time.Duration;
import java.util.Collection;

/**
 * Every message text of the notify module, in one place, so tests can assert on them and no
 * throw site builds one that might hold a secret. No method here is ever given a secret.
 */
public final class Messages {
    /** The configured address is not an absolute http(s) URL; the address is not shown. */
    public static final String BAD_URL = "invalid address: expected an absolute http or https URL (not shown, it is secret)";
    /** The delivering thread was interrupted. */
    public static final String INTERRUPTED = "interrupted before delivery finished";

    private Messages() {
    }

    /**
     * An answer with an unwanted status.
     *
     * @param status the HTTP status
     * @param body the answer body, shortened in the message
     * @return the reason
     */
    public static String status(int status, String body) {
        return body.isBlank() ? "HTTP " + status : "HTTP " + status + " " + Texts.quote(body.strip());
    }

    /**
     * No connection within the connect timeout.
     *
     * @param timeout the timeout
     * @return the reason
     */
    public static String connectTimeout(Duration timeout) {
        return "no connection within " + timeout.toMillis() + " ms";
    }

    /**
     * No answer within the request timeout.
     *
     * @param timeout the timeout
     * @return the reason
     */
    public static String requestTimeout(Duration timeout) {
        return "no answer within " + timeout.toMillis() + " ms";
    }

    /**
     * The connection was refused or the host could not be reached.
     *
     * @param host the host of the address (never its path, which may be secret)
     * @param port the port
     * @return the reason
     */
    public static String cannotConnect(String host, int port) {
        return "cannot connect to " + Texts.quote(host) + " port " + port + " (connection refused or host unreachable)";
    }

    /**
     * An I/O error during the exchange.
     *
     * @param type the exception's simple class name
     * @param detail the redacted exception text
     * @return the reason
     */
    public static String ioError(String type, String detail) {
        return "I/O error " + type + " (" + detail + ")";
    }

    /**
     * The request could not be built, such as a header the HTTP client refuses.
     *
     * @param detail the redacted exception text
     * @return the reason
     */
    public static String badRequest(String detail) {
        return "request refused by the HTTP client (" + detail + ")";
    }

    /**
     * Every attempt failed.
     *
     * @param attempts how many
     * @param last the last failure
     * @return the reason
     */
    public static String gaveUp(int attempts, String last) {
        return "gave up after " + attempts + " attempt(s): " + last;
    }

    /**
     * The next wait would pass the total time limit.
     *
     * @param attempts attempts made
     * @param wait the wait before the next attempt
     * @param total the limit
     * @param last the last failure
     * @return the reason
     */
    public static String outOfTime(int attempts, Duration wait, Duration total, String last) {
        return "gave up after " + attempts + " attempt(s): waiting " + wait.toMillis() + " ms more would pass the "
                + total.toMillis() + " ms limit; last: " + last;
    }

    /**
     * A Telegram answer that is not the expected JSON.
     *
     * @param status the HTTP status
     * @param body the body, shortened
     * @return the reason
     */
    public static String malformedTelegram(int status, String body) {
        return "malformed answer: HTTP " + status + " " + Texts.quote(body) + ", expected JSON with \"ok\"";
    }

    /**
     * Telegram answered {@code "ok": false}.
     *
     * @param code the error code
     * @param description the description
     * @return the reason
     */
    public static String telegramRefused(int code, String description) {
        return "Telegram refused (error_code " + code + "): " + Texts.quote(description);
    }

    /**
     * No notifier is configured for a channel.
     *
     * @param channel the channel name
     * @return the reason
     */
    public static String noChannel(String channel) {
        return "no channel configured for " + Texts.quote(channel);
    }

    /**
     * A notifier threw instead of returning a result.
     *
     * @param type the exception's class name (its message is not shown: it might hold a secret)
     * @return the reason
     */
    public static String notifierThrew(String type) {
        return "the notifier threw " + type;
    }

    // Configuration problems.

    /**
     * A template names a placeholder its event does not provide.
     *
     * @param what which template, such as {@code message} or {@code channel}
     * @param placeholder the unknown placeholder
     * @param allowed the placeholders the event provides
     * @return the detail
     */
    public static String unknownPlaceholder(String what, String placeholder, Collection<String> allowed) {
        String snake = dev.releaserules.core.internal.PlaceholderText.snakeCase(placeholder);
        String rename = !snake.equals(placeholder) && allowed.contains(snake)
                ? " (placeholders are snake_case: write {" + snake + "})" : "";
        return what + " names unknown placeholder {" + placeholder + "}" + rename + "; this event provides "
                + braces(allowed);
    }

    /**
     * An unknown event name.
     *
     * @param event the name
     * @param known the known names
     * @return the detail
     */
    public static String unknownEvent(String event, Collection<String> known) {
        return "unknown event " + Texts.quote(event) + "; expected one of " + String.join(", ", known);
    }

    /**
     * A route to a channel that the configuration does not define.
     *
     * @param channel the channel
     * @param defined the defined channels
     * @return the detail
     */
    public static String channelNotConfigured(String channel, Collection<String> defined) {
        return "channel " + Texts.quote(channel) + " has no configuration under channels; defined: "
                + (defined.isEmpty() ? "none" : String.join(", ", defined));
    }

    /**
     * A required key is missing.
     *
     * @param key the key
     * @return the detail
     */
    public static String missing(String key) {
        return "missing " + Texts.quote(key);
    }

    /**
     * A key that is not known here (usually a typo).
     *
     * @param key the key
     * @param known the keys allowed here
     * @return the detail
     */
    public static String unknownKey(String key, Collection<String> known) {
        return "unknown key " + Texts.quote(key) + "; expected " + String.join(", ", known);
    }

    /**
     * A value of the wrong shape.
     *
     * @param key the key
     * @param expected what was expected
     * @return the detail
     */
    public static String expected(String key, String expected) {
        return Texts.quote(key) + " must be " + expected;
    }

    /**
     * An unknown channel type.
     *
     * @param type the type
     * @param known the known types
     * @return the detail
     */
    public static String unknownType(String type, Collection<String> known) {
        return "unknown channel type " + Texts.quote(type) + "; expected one of " + String.join(", ", known);
    }

    /**
     * An unknown priority.
     *
     * @param priority the value
     * @return the detail
     */
    public static String unknownPriority(String priority) {
        return "unknown priority " + Texts.quote(priority) + "; expected low, normal or urgent";
    }

    /**
     * An environment variable a reference names is not set.
     *
     * @param key the key holding the reference
     * @param variable the variable name
     * @return the detail
     */
    public static String unsetVariable(String key, String variable) {
        return Texts.quote(key) + " refers to environment variable " + variable + ", which is not set";
    }

    /**
     * A malformed {@code ${...}} reference. The value itself is not shown, it may be secret.
     *
     * @param key the key
     * @return the detail
     */
    public static String badReference(String key) {
        return Texts.quote(key) + " holds a malformed reference; expected ${env:NAME} with NAME of letters, digits and _";
    }

    /**
     * The file cannot be read or parsed as YAML.
     *
     * @param detail what the parser said, without the file's contents
     * @return the detail
     */
    public static String unreadable(String detail) {
        return "cannot read the file as YAML: " + detail;
    }

    /**
     * A key given twice in one mapping.
     *
     * @param path the key's path, such as {@code channels.slack-main}
     * @return the detail
     */
    public static String duplicateKey(String path) {
        return "duplicate key " + Texts.quote(path) + "; each key may appear once (a second one would replace the first)";
    }

    /**
     * An anchor, alias or explicit tag, which configuration files may not use.
     *
     * @param path where, such as {@code channels.slack-main.webhook}
     * @param what {@code anchor}, {@code alias} or {@code explicit tag}
     * @return the detail
     */
    public static String noAnchors(String path, String what) {
        return (path.isEmpty() ? "the document" : Texts.quote(path)) + " uses an " + what
                + "; anchors, aliases and explicit tags are not accepted, write the value out";
    }

    /**
     * Nesting deeper than the reader accepts.
     *
     * @param max the limit
     * @return the detail
     */
    public static String tooDeep(int max) {
        return "nested deeper than " + max + " levels";
    }

    /**
     * The file is too large, not a regular file, or not UTF-8.
     *
     * @param what what is wrong, such as {@code more than 1048576 bytes}
     * @return the detail
     */
    public static String unreadableFile(String what) {
        return "cannot read the file: " + what;
    }

    private static String braces(Collection<String> names) {
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            out.append(out.length() == 0 ? "" : ", ").append('{').append(name).append('}');
        }
        return out.toString();
    }
}
