package dev.releaserules.notify;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.event.EventType;
import dev.releaserules.core.event.Priority;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.notify.internal.Messages;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One routing rule (R-NT): events of a type go to a channel, rendered with a template, optionally
 * with another priority. The channel name may hold placeholders too ({@code #team-{team}}).
 *
 * <p>Immutable. Both templates are checked against the event type when the route is made.
 */
public final class Route {
    private final EventType event;
    private final Template channel;
    private final Template message;
    private final @Nullable Priority priority;
    private final @Nullable Template summary;

    private Route(EventType event, Template channel, Template message, @Nullable Priority priority,
            @Nullable Template summary) {
        this.event = event;
        this.channel = channel;
        this.message = message;
        this.priority = priority;
        this.summary = summary;
    }

    /**
     * A route with a message template and the event's own priority.
     *
     * @param event the event type
     * @param channel the channel name, may hold placeholders
     * @param message the message template
     * @return the route
     * @throws InvalidInputException when a template names a placeholder the event does not provide
     */
    public static Route of(EventType event, String channel, String message) {
        Checks.notNull(event, "event");
        Template channelTemplate = new Template(Checks.notBlank(channel, "channel"));
        Template messageTemplate = new Template(Checks.notNull(message, "message"));
        refuseUnknown(event, "channel", channelTemplate);
        refuseUnknown(event, "message", messageTemplate);
        return new Route(event, channelTemplate, messageTemplate, null, null);
    }

    /**
     * A route with the {@linkplain Template#defaultFor(EventType) default template} of the event.
     *
     * @param event the event type
     * @param channel the channel name, may hold placeholders
     * @return the route
     * @throws InvalidInputException when the channel names a placeholder the event does not provide
     */
    public static Route withDefaultMessage(EventType event, String channel) {
        return of(event, channel, Template.defaultFor(Checks.notNull(event, "event")).source());
    }

    private static void refuseUnknown(EventType event, String what, Template template) {
        List<String> unknown = template.unknownPlaceholders(event);
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(what + " template", template.source(),
                    Messages.unknownPlaceholder(what, unknown.get(0), event.allowedPlaceholders()));
        }
    }

    /**
     * A copy that delivers with a fixed priority instead of the event's.
     *
     * @param value the priority
     * @return the copy
     */
    public Route withPriority(Priority value) {
        return new Route(event, channel, message, Checks.notNull(value, "priority"), summary);
    }

    /**
     * A copy with a summary template: the short text channels show in previews (Slack's fallback
     * {@code text}, push notifications) instead of the message's first line. Same placeholders as the
     * message.
     *
     * @param template the summary template, not blank
     * @return the copy
     * @throws InvalidInputException when the template names a placeholder the event does not have
     */
    public Route withSummary(String template) {
        Template parsed = new Template(Checks.notBlank(template, "summary"));
        refuseUnknown(event, "summary", parsed);
        return new Route(event, channel, message, priority, parsed);
    }

    /**
     * The summary template, if the route has one.
     *
     * @return the template, or empty (previews show the message's first line)
     */
    public Optional<Template> summary() {
        return Optional.ofNullable(summary);
    }

    /**
     * The event type this route sends.
     *
     * @return the type
     */
    public EventType event() {
        return event;
    }

    /**
     * The channel name template.
     *
     * @return the channel template
     */
    public Template channel() {
        return channel;
    }

    /**
     * The message template.
     *
     * @return the message template
     */
    public Template message() {
        return message;
    }

    /**
     * The fixed priority, when the route sets one.
     *
     * @return the priority, or empty to use the event's
     */
    public Optional<Priority> priority() {
        return Optional.ofNullable(priority);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Route that && event == that.event && channel.equals(that.channel)
                && message.equals(that.message) && priority == that.priority
                && Objects.equals(summary, that.summary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(event, channel, message, priority, summary);
    }

    @Override
    public String toString() {
        return "Route[" + event.wireName() + " -> " + channel.source() + (priority == null ? "" : ", " + priority) + "]";
    }
}
