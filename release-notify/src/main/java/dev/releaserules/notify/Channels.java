package dev.releaserules.notify;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.Notifier;
import dev.releaserules.notify.internal.ConsoleNotifier;
import dev.releaserules.notify.internal.DiscordNotifier;
import dev.releaserules.notify.internal.SlackNotifier;
import dev.releaserules.notify.internal.TelegramNotifier;
import dev.releaserules.notify.internal.WebhookNotifier;
import java.io.PrintStream;

/**
 * Factories for the built-in channels. Each returns a thread-safe {@link Notifier} that escapes
 * user text for its markup, retries as its {@link HttpTransport} says, returns a result for every
 * notification instead of throwing, and never shows its secrets.
 *
 * <p>To add a channel of your own (Teams, Mattermost, email), implement {@link Notifier} and
 * register it with {@link Notifications.Builder#channel(String, Notifier)}.
 */
public final class Channels {
    /** The Telegram Bot API address. */
    public static final String TELEGRAM_API = "https://api.telegram.org";

    private Channels() {
    }

    /**
     * A Slack incoming webhook: Block Kit payload with a text fallback and a mrkdwn section.
     *
     * @param webhook the webhook URL
     * @param transport the HTTP transport
     * @return the notifier
     */
    public static Notifier slack(Secret webhook, HttpTransport transport) {
        return new SlackNotifier(Checks.notNull(webhook, "webhook"), Checks.notNull(transport, "transport"));
    }

    /**
     * A Telegram chat through the Bot API's {@code sendMessage}, in HTML parse mode; texts over
     * 4096 characters are truncated, low priority is sent silently.
     *
     * @param token the bot token
     * @param chatId the chat id, such as {@code -1001234567890}, or {@code @channelname}
     * @param transport the HTTP transport
     * @return the notifier
     */
    public static Notifier telegram(Secret token, String chatId, HttpTransport transport) {
        return telegram(TELEGRAM_API, token, chatId, transport);
    }

    /**
     * A Telegram chat through a Bot API at another address (a local Bot API server, a test server).
     *
     * @param apiBase the API base address, such as {@code https://api.telegram.org}
     * @param token the bot token
     * @param chatId the chat id
     * @param transport the HTTP transport
     * @return the notifier
     */
    public static Notifier telegram(String apiBase, Secret token, String chatId, HttpTransport transport) {
        Checks.notBlank(apiBase, "apiBase");
        if (!apiBase.startsWith("http://") && !apiBase.startsWith("https://")) {
            throw new InvalidInputException("Telegram API base", apiBase, "an http or https address");
        }
        return new TelegramNotifier(apiBase, Checks.notNull(token, "token"), Checks.notBlank(chatId, "chatId"),
                Checks.notNull(transport, "transport"));
    }

    /**
     * A generic JSON webhook (n8n and similar) posting the event in the schema
     * {@code dev.releaserules.event/1}: {@code schema, id, type, time, priority, channel, text,
     * attributes}, with an {@code Idempotency-Key} header and, when the options hold a signing
     * secret, an {@code X-Release-Rules-Signature: sha256=<hex>} HMAC of the exact body.
     *
     * @param url the webhook URL
     * @param options signing secret and extra headers
     * @param transport the HTTP transport
     * @return the notifier
     */
    public static Notifier webhook(Secret url, WebhookOptions options, HttpTransport transport) {
        Checks.notNull(options, "options");
        return new WebhookNotifier(Checks.notNull(url, "url"), options.signingSecret().orElse(null),
                options.headers(), Checks.notNull(transport, "transport"));
    }

    /**
     * A Discord webhook; mentions are disabled so user text cannot ping anyone.
     *
     * @param webhook the webhook URL
     * @param transport the HTTP transport
     * @return the notifier
     */
    public static Notifier discord(Secret webhook, HttpTransport transport) {
        return new DiscordNotifier(Checks.notNull(webhook, "webhook"), Checks.notNull(transport, "transport"));
    }

    /**
     * Writes each notification as one line, {@code [channel] type (PRIORITY): text}, to standard output
     * (the {@code System.out} of the moment of delivery): for dry runs and demos. It does not go
     * through SLF4J, so it prints with or without a logging binding.
     *
     * @return the notifier; a delivery fails when the stream reports a write error
     */
    public static Notifier console() {
        return new ConsoleNotifier(() -> System.out);
    }

    /**
     * Writes each notification as one line, {@code [channel] type (PRIORITY): text}, to a stream.
     *
     * @param out the stream, for example {@code System.err}; not closed by the notifier
     * @return the notifier; a delivery fails when the stream reports a write error
     */
    public static Notifier console(PrintStream out) {
        Checks.notNull(out, "out");
        return new ConsoleNotifier(() -> out);
    }
}
