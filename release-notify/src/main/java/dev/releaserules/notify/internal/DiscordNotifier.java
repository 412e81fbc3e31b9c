package dev.releaserules.notify.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.releaserules.core.spi.DeliveryResult;
import dev.releaserules.core.spi.Notification;
import dev.releaserules.core.spi.Notifier;
import dev.releaserules.notify.HttpTransport;
import dev.releaserules.notify.Secret;
import java.util.List;
import java.util.Map;

/**
 * Discord webhook: the text as {@code content} (cut to Discord's 2000 characters) with
 * {@code allowed_mentions} empty, so no user text can ping {@code @everyone}. The smallest example
 * of a channel: a payload and the shared {@link HttpPoster}.
 */
public final class DiscordNotifier implements Notifier {
    /** Discord's limit for {@code content}. */
    public static final int CONTENT_LIMIT = 2000;

    private final Secret webhook;
    private final HttpPoster poster;

    /**
     * Creates the notifier.
     *
     * @param webhook the Discord webhook URL
     * @param transport the HTTP transport
     */
    public DiscordNotifier(Secret webhook, HttpTransport transport) {
        this.webhook = webhook;
        this.poster = new HttpPoster(transport, kind(), List.of(webhook));
    }

    @Override
    public String kind() {
        return "discord";
    }

    @Override
    public DeliveryResult deliver(Notification notification) {
        ObjectNode body = Json.object();
        body.put("content", content(notification));
        body.putObject("allowed_mentions").putArray("parse");
        return poster.post(notification, webhook, Json.write(body), Map.of(), AnswerCheck.byStatus());
    }

    /**
     * The message as Discord shows it: our links as Markdown links, urgent ones marked, cut to Discord's limit.
     *
     * @param notification the notification
     * @return the {@code content}
     */
    public static String content(Notification notification) {
        String urgent = RichText.urgentPrefix(notification.priority(), "\n");
        String text = RichText.render(notification, notification.text(), s -> s, (url, label) -> "[" + label + "](<" + url
                + ">)");
        return Escaping.truncate((urgent.isEmpty() ? "" : "**" + RichText.URGENT + "**\n") + text, CONTENT_LIMIT);
    }

    @Override
    public String toString() {
        return "DiscordNotifier[webhook=" + webhook + "]";
    }
}
