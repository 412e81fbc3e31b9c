package dev.releaserules.core.chatops;

import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.manifest.ReleaseManifest;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The bot's answer to a {@code /release} command (R-CO): the text to post back, what kind of answer
 * it is, the release after the command and the events it caused. A refused or malformed command
 * leaves the release as it was and causes no event.
 */
public final class BotReply {

    /** What kind of answer a reply is. */
    public enum Outcome {
        /** The command was carried out (it may have changed nothing, like {@code status} or a dry run). */
        DONE,
        /** The caller may not do this, or the release rules refused it; nothing changed. */
        REFUSED,
        /** The text was not a valid command, or asked for help; the reply is the usage. */
        USAGE
    }

    private final Outcome outcome;
    private final String text;
    private final @Nullable ReleaseManifest manifest;
    private final List<ReleaseEvent> events;

    private BotReply(Outcome outcome, String text, @Nullable ReleaseManifest manifest, List<ReleaseEvent> events) {
        this.outcome = Checks.notNull(outcome, "outcome");
        this.text = Checks.notBlank(text, "reply text");
        this.manifest = manifest;
        this.events = Checks.listCopy(events, "events");
    }

    static BotReply done(String text, ReleaseManifest manifest, List<ReleaseEvent> events) {
        return new BotReply(Outcome.DONE, text, manifest, events);
    }

    static BotReply unchanged(Outcome outcome, String text, @Nullable ReleaseManifest current) {
        return new BotReply(outcome, text, current, List.of());
    }

    /**
     * What kind of answer this is.
     *
     * @return the outcome
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * The text to post back to the chat, Markdown.
     *
     * @return the text, not blank
     */
    public String text() {
        return text;
    }

    /**
     * The release after the command: the new manifest when the command changed it, else the
     * current one.
     *
     * @return the manifest, or empty when there is no release (nothing created yet)
     */
    public Optional<ReleaseManifest> manifest() {
        return Optional.ofNullable(manifest);
    }

    /**
     * The events the command caused, in order; they also went to the desk's listener.
     *
     * @return the events; empty unless the command changed the release
     */
    public List<ReleaseEvent> events() {
        return events;
    }

    /**
     * Whether the command was carried out.
     *
     * @return true for {@link Outcome#DONE}
     */
    public boolean isDone() {
        return outcome == Outcome.DONE;
    }

    @Override
    public String toString() {
        return "BotReply[" + outcome + ": " + text + "]";
    }
}
