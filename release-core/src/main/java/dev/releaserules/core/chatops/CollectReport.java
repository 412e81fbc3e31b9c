package dev.releaserules.core.chatops;

import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.manifest.ReleaseManifest;
import java.util.List;

/**
 * What {@link SignOffRequests#collect} did (R-SR, R-SO1): the manifest after every new answer, the
 * answers the sign-off rules applied and those they refused (with why), the components that need a
 * sign-off but have no request issue yet, and the events the applied answers caused.
 *
 * @param manifest the manifest after the answers, with each component's read position updated
 * @param applied the applied answers, in the order they were applied
 * @param refused the refused answers, in the order they were read
 * @param unrequested components that need a sign-off and have no request issue
 * @param events the events, in order
 */
public record CollectReport(ReleaseManifest manifest, List<SignOffAnswer> applied, List<SignOffAnswer> refused,
        List<String> unrequested, List<ReleaseEvent> events) {

    /** Validates and copies the parts. */
    public CollectReport {
        Checks.notNull(manifest, "manifest");
        applied = Checks.listCopy(applied, "applied answers");
        refused = Checks.listCopy(refused, "refused answers");
        unrequested = Checks.listCopy(unrequested, "unrequested components");
        events = Checks.listCopy(events, "events");
    }
}
