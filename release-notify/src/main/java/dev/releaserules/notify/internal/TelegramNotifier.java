package dev.releaserules.notify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.releaserules.core.event.Priority;
import dev.releaserules.core.spi.DeliveryResult;
import dev.releaserules.core.spi.Notification;
import dev.releaserules.core.spi.Notifier;
import dev.releaserules.notify.HttpTransport;
import dev.releaserules.notify.Secret;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Telegram Bot API {@code sendMessage} in HTML parse mode.
 *
 * <p>Messages longer than Telegram's 4096 characters are <em>truncated</em> (with an ellipsis), not
 * split: one notification stays one message, so a retry never repeats half of it. Low-priority
 * notifications are sent with {@code disable_notification}. An answer is delivered only when it is
 * JSON with {@code "ok": true}; {@code "ok": false} is a failure, retried after
 * {@code parameters.retry_after} for 429 and after the backoff for 5xx.
 */
public final class TelegramNotifier implements Notifier {
    /** Telegram's limit for a message's text, counted after entity parsing. */
    public static final int TEXT_LIMIT = 4096;

    private final Secret token;
    private final String chatId;
    private final Secret endpoint;
    private final HttpPoster poster;

    /**
     * Creates the notifier.
     *
     * @param apiBase the Bot API base, {@code https://api.telegram.org} unless testing
     * @param token the bot token
     * @param chatId the chat id or {@code @channelname}
     * @param transport the HTTP transport
     */
    public TelegramNotifier(String apiBase, Secret token, String chatId, HttpTransport transport) {
        this.token = token;
        this.chatId = chatId;
        String base = apiBase.endsWith("/") ? apiBase.substring(0, apiBase.length() - 1) : apiBase;
        this.endpoint = Secret.of(base + "/bot" + token.reveal() + "/sendMessage");
        this.poster = new HttpPoster(transport, kind(), List.of(token, endpoint));
    }

    @Override
    public String kind() {
        return "telegram";
    }

    @Override
    public DeliveryResult deliver(Notification notification) {
        return poster.post(notification, endpoint, payload(chatId, notification), Map.of(), TelegramNotifier::check);
    }

    /**
     * The JSON body for a notification.
     *
     * @param chatId the chat
     * @param notification the notification
     * @return the {@code sendMessage} parameters
     */
    public static String payload(String chatId, Notification notification) {
        ObjectNode body = Json.object();
        body.put("chat_id", chatId);
        String urgent = RichText.urgentPrefix(notification.priority(), "\n");
        body.put("text", (urgent.isEmpty() ? "" : "<b>" + Escaping.html(RichText.URGENT) + "</b>\n")
                + RichText.render(notification, Escaping.truncate(notification.text(), TEXT_LIMIT - urgent.length()),
                        Escaping::html, (url, label) -> "<a href=\"" + Escaping.html(url) + "\">" + label + "</a>"));
        body.put("parse_mode", "HTML");
        body.put("disable_notification", notification.priority() == Priority.LOW);
        return Json.write(body);
    }

    private static Verdict check(HttpResponse<String> response, Clock clock) {
        int status = response.statusCode();
        Optional<JsonNode> answer = Json.tryRead(response.body()).filter(node -> node.path("ok").isBoolean());
        if (answer.isEmpty()) {
            String reason = Messages.malformedTelegram(status, response.body());
            return status >= 500 || status == 429 ? new Verdict.Retry(null, reason) : new Verdict.Fail(reason);
        }
        JsonNode json = answer.get();
        if (json.path("ok").asBoolean() && status >= 200 && status < 300) {
            return new Verdict.Delivered();
        }
        int code = json.path("error_code").asInt(status);
        String reason = Messages.telegramRefused(code, json.path("description").asText(""));
        if (code == 429 || status == 429) {
            JsonNode after = json.path("parameters").path("retry_after");
            Duration wait = after.isNumber() && after.asDouble() >= 0
                    ? Duration.ofMillis(Math.round(after.asDouble() * 1000))
                    : AnswerCheck.retryAfter(response.headers().firstValue("Retry-After").orElse(""), clock);
            return new Verdict.Retry(wait, reason);
        }
        if (code >= 500 || status >= 500) {
            return new Verdict.Retry(null, reason);
        }
        return new Verdict.Fail(reason);
    }

    @Override
    public String toString() {
        return "TelegramNotifier[chat=" + chatId + ", token=" + token + "]";
    }
}
