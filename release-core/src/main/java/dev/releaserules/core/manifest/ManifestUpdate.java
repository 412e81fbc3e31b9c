package dev.releaserules.core.manifest;

import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.internal.Checks;
import java.util.List;

/**
 * The outcome of a command on a manifest: the new manifest and the events it caused, or a refusal
 * that says why and leaves the manifest unchanged.
 *
 * @param manifest the manifest after the command; the unchanged manifest when refused
 * @param events the events, in order; empty when refused
 * @param refusal why the command was refused; empty when it was accepted
 */
public record ManifestUpdate(ReleaseManifest manifest, List<ReleaseEvent> events, String refusal) {

    /** Validates the parts. */
    public ManifestUpdate {
        Checks.notNull(manifest, "manifest");
        events = Checks.listCopy(events, "events");
        Checks.notNull(refusal, "refusal");
        if (!refusal.isEmpty() && !events.isEmpty()) {
            throw new dev.releaserules.core.InvalidInputException("events", events.toString(), "no events for a refusal");
        }
    }

    static ManifestUpdate accepted(ReleaseManifest manifest, List<ReleaseEvent> events) {
        return new ManifestUpdate(manifest, events, "");
    }

    static ManifestUpdate refused(ReleaseManifest unchanged, String why) {
        return new ManifestUpdate(unchanged, List.of(), why);
    }

    /**
     * Whether the command was accepted.
     *
     * @return true when there is no refusal
     */
    public boolean isAccepted() {
        return refusal.isEmpty();
    }

    /**
     * The new manifest, or throws when the command was refused.
     *
     * @return the manifest
     * @throws dev.releaserules.core.RuleViolationException naming the refusal
     */
    public ReleaseManifest orThrow() {
        if (!isAccepted()) {
            String rule = rule();
            String text = refusal.startsWith(rule + ": ") ? refusal.substring(rule.length() + 2) : refusal;
            throw new dev.releaserules.core.RuleViolationException(dev.releaserules.core.Rule.of(rule), text);
        }
        return manifest;
    }

    private String rule() {
        int colon = refusal.indexOf(':');
        return refusal.startsWith("R-") && colon > 0 ? refusal.substring(0, colon) : "R-SO1";
    }
}
