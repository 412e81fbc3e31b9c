package dev.releaserules.github;

import dev.releaserules.core.chatops.SignOffRequests;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.SignOffStatus;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a comment on a sign-off issue did to the release (R-SO1): approved, rejected, refused with
 * why, or ignored (a bot, a pull request, another issue, a comment without a command, or one
 * already recorded), with the manifest to write back and the reply for the issue.
 *
 * @param outcome what happened
 * @param component the component whose issue it is; empty when ignored before one was found
 * @param issue the issue number; 0 when the event was not a comment
 * @param login the commenter's GitHub login; empty when the event was not a comment
 * @param reason the rejection's reason, why the command was refused or why it was ignored; empty
 *     for an approval
 * @param manifest the release after the comment: for every outcome but {@link Outcome#IGNORED}
 *     it records the issue and the comment as read, so the comment never counts twice
 * @param events the events of an accepted sign-off (already given to the desk's listener)
 * @param text the reply to post on the issue; empty when ignored
 */
public record SignOffReply(Outcome outcome, String component, int issue, String login, String reason,
        ReleaseManifest manifest, List<ReleaseEvent> events, String text) {

    /** What a comment did. */
    public enum Outcome {
        /** The component was approved. */
        APPROVED,
        /** The component was rejected, with a reason. */
        REJECTED,
        /** The command was refused by the rules; nothing but the read position changed. */
        REFUSED,
        /** The comment was not a sign-off command on one of the release's issues; nothing changed. */
        IGNORED;

        /**
         * The outcome as a step output value.
         *
         * @return such as {@code approved}
         */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Validates and copies the parts.
     *
     * @param outcome what happened
     * @param component the component
     * @param issue the issue
     * @param login the login
     * @param reason the reason
     * @param manifest the release
     * @param events the events
     * @param text the reply
     */
    public SignOffReply {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(manifest, "manifest");
        events = List.copyOf(events);
        Objects.requireNonNull(text, "text");
    }

    /**
     * Whether the manifest changed and should be written back: every outcome but
     * {@link Outcome#IGNORED}.
     *
     * @return true when recorded
     */
    public boolean isRecorded() {
        return outcome != Outcome.IGNORED;
    }

    /**
     * Whether every component of the release that needs a team sign-off is approved now.
     *
     * @return true when none is missing or rejected
     */
    public boolean allSignedOff() {
        return SignOffRequests.needingSignOff(manifest).stream()
                .allMatch(c -> c.signOff().status() == SignOffStatus.APPROVED);
    }
}
