package dev.releaserules.core.spi;

import dev.releaserules.core.event.EventType;
import dev.releaserules.core.event.Priority;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A release event rendered for one channel: the text people read plus the event's data, ready for
 * a {@link Notifier}.
 *
 * <p>The idempotency key identifies this event on this channel: the same event rendered for the
 * same channel always has the same key, so a receiver (or an outbox) can drop a second delivery.
 *
 * @param type the event type
 * @param time when the event happened
 * @param priority how urgent it is, after routing (a route may raise or lower the event's own)
 * @param attributes the event's fields as text, keyed by placeholder name
 * @param channel the channel name from the routing, such as {@code #releases} or {@code #team-api}
 * @param text the rendered message, plain text (channels escape it for their markup)
 * @param idempotencyKey stable key of this event on this channel
 * @param summary the short text a channel shows where it previews a message (Slack's fallback
 *     {@code text}, push notifications), plain text; empty: the first line of {@code text}
 */
public record Notification(EventType type, Instant time, Priority priority, Map<String, String> attributes,
        String channel, String text, String idempotencyKey, String summary) {

    /** Validates and copies the fields. */
    public Notification {
        Checks.notNull(type, "type");
        Checks.notNull(time, "time");
        Checks.notNull(priority, "priority");
        Checks.mapCopy(attributes, "attributes");
        // Map.copyOf would lose the order; keep the event's placeholder order for payloads.
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        Checks.notBlank(channel, "channel");
        Checks.notNull(text, "text");
        Checks.notBlank(idempotencyKey, "idempotencyKey");
        Checks.notNull(summary, "summary");
    }

    /**
     * A notification without a summary of its own (previews show the first line of the text).
     *
     * @param type the event type
     * @param time when the event happened
     * @param priority how urgent it is
     * @param attributes the event's fields as text
     * @param channel the channel name
     * @param text the rendered message
     * @param idempotencyKey stable key of this event on this channel
     */
    public Notification(EventType type, Instant time, Priority priority, Map<String, String> attributes,
            String channel, String text, String idempotencyKey) {
        this(type, time, priority, attributes, channel, text, idempotencyKey, "");
    }

    /**
     * The preview text: the summary, or the first line of the text when there is none.
     *
     * @return plain text
     */
    public String preview() {
        if (!summary.isEmpty()) {
            return summary;
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /**
     * A copy with a summary.
     *
     * @param value the summary, plain text; empty for the first line of the text
     * @return the copy
     */
    public Notification withSummary(String value) {
        return new Notification(type, time, priority, attributes, channel, text, idempotencyKey, value);
    }

    /**
     * Renders an event for a channel with the event's own priority.
     *
     * @param event the event
     * @param channel the channel name
     * @param text the rendered text
     * @return the notification, with the key {@link #keyOf(ReleaseEvent, String)}
     */
    public static Notification of(ReleaseEvent event, String channel, String text) {
        return of(event, channel, text, Checks.notNull(event, "event").priority());
    }

    /**
     * Renders an event for a channel with a given priority.
     *
     * @param event the event
     * @param channel the channel name
     * @param text the rendered text
     * @param priority the priority to deliver with
     * @return the notification, with the key {@link #keyOf(ReleaseEvent, String)}
     */
    public static Notification of(ReleaseEvent event, String channel, String text, Priority priority) {
        Checks.notNull(event, "event");
        return new Notification(event.type(), event.time(), priority, event.attributes(), channel, text,
                keyOf(event, channel));
    }

    /**
     * The idempotency key of an event on a channel: a hex SHA-256 prefix over the event type, time,
     * attributes and channel name. Equal events on the same channel get equal keys.
     *
     * @param event the event
     * @param channel the channel name
     * @return 32 lower-case hex digits
     */
    public static String keyOf(ReleaseEvent event, String channel) {
        Checks.notNull(event, "event");
        Checks.notBlank(channel, "channel");
        StringBuilder canonical = new StringBuilder(event.type().wireName()).append('\n').append(channel);
        new TreeMap<>(event.attributes()).forEach((name, value) ->
                canonical.append('\n').append(name).append('=').append(value.replace("\\", "\\\\").replace("\n", "\\n")));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /**
     * A copy with another text, such as a shortened one.
     *
     * @param newText the text
     * @return the copy, with the same key
     */
    public Notification withText(String newText) {
        return new Notification(type, time, priority, attributes, channel, newText, idempotencyKey, summary);
    }
}
