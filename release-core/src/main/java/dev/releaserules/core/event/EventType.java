package dev.releaserules.core.event;

import dev.releaserules.core.InvalidInputException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of release events, each with its stable wire name (used in routing files and webhook
 * payloads) and the exact set of placeholders its {@link ReleaseEvent#attributes()} provide, so a
 * message template can be checked when configuration is loaded rather than when a message is sent.
 */
public enum EventType {
    /** R-N1: a release branch and tag were prepared. */
    RELEASE_PREPARED("release_prepared", "version", "tag", "branch", "pull_request", "target_time", "pull_request_url",
            "compare_url"),
    /** R-N1, R-B2: the feature cutoff of a release was taken. */
    FEATURE_CUTOFF("feature_cutoff", "version", "branch", "cutoff_commit"),
    /** R-N1: a staging build was deployed. */
    STAGING_DEPLOYED("staging_deployed", "version", "branch", "commit"),
    /** R-N1, R-T3: the production release was triggered by a merged release pull request. */
    PRODUCTION_TRIGGERED("production_triggered", "version", "pull_request", "merged_by", "pull_request_url", "run_url",
            "compare_url"),
    /** R-N1: the production release succeeded. */
    PRODUCTION_SUCCEEDED("production_succeeded", "version", "artifact", "duration", "release_url", "elapsed",
            "target", "run_url", "compare_url"),
    /** R-N1: the production release failed. */
    PRODUCTION_FAILED("production_failed", "version", "artifact", "duration", "release_url", "reason", "elapsed",
            "target", "run_url", "compare_url"),
    /**
     * R-N1, R-TL: a release is complete (production succeeded), with its timeline from the git records:
     * prepared, feature cutoff, production triggered, deployed, each as {@code T+…} from the start.
     */
    RELEASE_COMPLETED("release_completed", "version", "tag", "elapsed", "target", "late", "timeline", "release_url",
            "compare_url"),
    /** R-N1, R-T2: the tag/version consistency check failed. */
    VALIDATION_FAILED("validation_failed", "tag", "version", "failures"),
    /** R-N1: a backport pull request was created. */
    BACKPORT_CREATED("backport_created", "version", "branch", "pull_request", "pull_request_url"),
    /** R-N1: a hotfix was created (critical). */
    HOTFIX_CREATED("hotfix_created", "version", "tag", "branch", "pull_request", "pull_request_url", "description"),
    /** Manifest: a release manifest was created. */
    RELEASE_CREATED("release_created", "release_id", "release_type", "scheduled_for", "release_manager",
            "component_count", "components"),
    /** Manifest: a component's sign-off is awaited. */
    SIGNOFF_PENDING("signoff_pending", "release_id", "component", "team", "team_lead"),
    /** Manifest, R-SO1: a component was signed off (approved). */
    SIGNOFF_RECEIVED("signoff_received", "release_id", "component", "team", "by"),
    /** Manifest, R-SO1: a component's sign-off was rejected; the release is blocked until it is withdrawn. */
    SIGNOFF_REJECTED("signoff_rejected", "release_id", "component", "team", "by", "reason"),
    /** Manifest: every required sign-off is in. */
    ALL_SIGNOFFS_RECEIVED("all_signoffs_received", "release_id"),
    /** Manifest: a role approval (release manager, tech lead...) arrived. */
    APPROVAL_RECEIVED("approval_received", "release_id", "role", "by"),
    /** Manifest: the release moved from one status to another. */
    STATUS_CHANGED("status_changed", "release_id", "from", "to"),
    /** Manifest: the deployment started. */
    DEPLOYMENT_STARTED("deployment_started", "release_id", "dry_run"),
    /** Manifest: every component was deployed and verified. */
    DEPLOYMENT_COMPLETED("deployment_completed", "release_id", "dry_run", "duration"),
    /** Manifest: a component failed to deploy or verify; the rest were not deployed. */
    DEPLOYMENT_FAILED("deployment_failed", "release_id", "component", "reason"),
    /** Manifest: the release was cancelled before deploying. */
    RELEASE_CANCELLED("release_cancelled", "release_id", "by", "reason"),
    /** Manifest, R-D2: a rollback was started; {@code user} is the release-management process's name for {@code by}. */
    ROLLBACK_INITIATED("rollback_initiated", "release_id", "by", "reason", "user");

    private final String wireName;
    private final List<String> placeholders;

    EventType(String wireName, String... placeholders) {
        this.wireName = wireName;
        this.placeholders = List.of(placeholders);
    }

    /**
     * The stable name used in routing files and payloads, such as {@code release_prepared}.
     *
     * @return the wire name
     */
    public String wireName() {
        return wireName;
    }

    /**
     * The placeholders every event of this type provides, in a stable order. Every event also
     * provides {@code event} (the wire name) and {@code time} (ISO-8601 UTC).
     *
     * @return the placeholder names, without the common {@code event} and {@code time}
     */
    public List<String> placeholders() {
        return placeholders;
    }

    /**
     * All placeholder names a template for this type may use: the type's own plus {@code event}
     * and {@code time}.
     *
     * @return the allowed placeholder names
     */
    public Set<String> allowedPlaceholders() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(placeholders);
        all.add("event");
        all.add("time");
        return java.util.Collections.unmodifiableSet(all);
    }

    /**
     * Finds the type with a wire name.
     *
     * @param wireName such as {@code release_prepared}
     * @return the type, or empty when no type has that name
     */
    public static Optional<EventType> findByWireName(String wireName) {
        for (EventType type : values()) {
            if (type.wireName.equals(wireName)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * The type with a wire name.
     *
     * @param wireName such as {@code release_prepared}
     * @return the type
     * @throws InvalidInputException when no type has that name
     */
    public static EventType byWireName(String wireName) {
        return findByWireName(wireName).orElseThrow(() -> new InvalidInputException("event type",
                String.valueOf(wireName), "one of " + java.util.Arrays.stream(values()).map(EventType::wireName).toList()));
    }
}
