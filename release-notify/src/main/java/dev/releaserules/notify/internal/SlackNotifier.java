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
 * Slack incoming webhook: a Block Kit payload with the route's summary (or the message's first line)
 * as the {@code text} fallback (what push notifications show) and the whole message in a mrkdwn
 * {@code section} block. User text is escaped so it cannot ping ({@code <!channel>}) or inject links;
 * the library's own links ({@code <{pull_request_url}|PR>} in a template) stay links, and an urgent
 * message starts with a bold {@link RichText#URGENT} (R-N2).
 */
public final class SlackNotifier implements Notifier {
    /** Slack's limit for the text of a section block. */
    public static final int SECTION_LIMIT = 3000;
    /** Kept well under Slack's 40,000 so the fallback stays a preview. */
    public static final int FALLBACK_LIMIT = 300;

    private final Secret webhook;
    private final HttpPoster poster;

    /**
     * Creates the notifier.
     *
     * @param webhook the incoming webhook URL
     * @param transport the HTTP transport
     */
    public SlackNotifier(Secret webhook, HttpTransport transport) {
        this.webhook = webhook;
        this.poster = new HttpPoster(transport, kind(), List.of(webhook));
    }

    @Override
    public String kind() {
        return "slack";
    }

    @Override
    public DeliveryResult deliver(Notification notification) {
        return poster.post(notification, webhook, payload(notification), Map.of(), AnswerCheck.byStatus());
    }

    /**
     * The JSON body for a notification.
     *
     * @param notification the notification
     * @return the Block Kit payload
     */
    public static String payload(Notification notification) {
        ObjectNode body = Json.object();
        body.put("text", Escaping.slack(RichText.urgentPrefix(notification.priority(), ": ")
                + Escaping.firstLine(notification.preview()), FALLBACK_LIMIT));
        ObjectNode section = body.putArray("blocks").addObject();
        section.put("type", "section");
        ObjectNode text = section.putObject("text");
        text.put("type", "mrkdwn");
        String rich = RichText.urgentPrefix(notification.priority(), "*\n").replace(RichText.URGENT, "*" + RichText.URGENT)
                + RichText.render(notification, notification.text(), Escaping::slack, (url, label) -> "<" + url + "|"
                        + label + ">");
        // Too long for one section: plain escaped text, cut (a cut could fall inside a link).
        text.put("text", rich.length() <= SECTION_LIMIT ? rich : Escaping.slack(RichText.urgentPrefix(
                notification.priority(), "\n") + notification.text(), SECTION_LIMIT));
        return Json.write(body);
    }

    @Override
    public String toString() {
        return "SlackNotifier[webhook=" + webhook + "]";
    }
}
