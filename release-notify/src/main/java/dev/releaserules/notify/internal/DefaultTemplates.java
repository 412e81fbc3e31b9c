package dev.releaserules.notify.internal;

import dev.releaserules.core.event.EventType;

/** The built-in message of every event type, in the voice of the processes' Telegram and Slack messages. */
public final class DefaultTemplates {
    private DefaultTemplates() {
    }

    /**
     * The default template text of an event type.
     *
     * @param type the event type
     * @return the template text, using only the type's placeholders
     */
    public static String of(EventType type) {
        return switch (type) {
            case RELEASE_PREPARED -> "🚀 Release {version} prepared!\nBranch: {branch}, tag {tag}\n"
                    + "Pull request: <{pull_request_url}|#{pull_request}>\nTarget completion: {target_time}";
            case FEATURE_CUTOFF -> "⚠️ Feature cutoff for {version}: {branch} is a snapshot at {cutoff_commit}; "
                    + "anything merged later goes to the next release";
            case STAGING_DEPLOYED -> "🧪 Staging deployed: {version} from {branch} ({commit})";
            case PRODUCTION_TRIGGERED -> "🚀 Production deployment triggered for {version}\n"
                    + "PR <{pull_request_url}|#{pull_request}> merged by {merged_by}";
            case PRODUCTION_SUCCEEDED -> "✅ Production deployment SUCCESS: {version}\nArtifact: {artifact}\n"
                    + "Duration: {duration}\nTime: {elapsed} (target was {target})\nRelease: {release_url}";
            case PRODUCTION_FAILED -> "❌ Production deployment FAILED: {version}\nReason: {reason}\n"
                    + "Artifact: {artifact}\nDuration: {duration}\nRelease: {release_url}";
            case RELEASE_COMPLETED -> "✅ Release {version} DEPLOYED TO PRODUCTION\nTime: {elapsed} (target was {target}, "
                    + "{late})\nRelease notes: {release_url}\n\nTimeline:\n{timeline}";
            case VALIDATION_FAILED -> "⛔ Release validation failed for tag {tag} (version {version}): {failures}";
            case BACKPORT_CREATED -> "🔄 Backport of {version} to develop: {branch}, PR <{pull_request_url}|#{pull_request}>";
            case HOTFIX_CREATED -> "🔥 Hotfix {version} created (critical): {branch}, tag {tag}, "
                    + "PR <{pull_request_url}|#{pull_request}>\n{description}";
            case RELEASE_CREATED -> "🚀 New release {release_id} created ({release_type}), scheduled for "
                    + "{scheduled_for}, release manager {release_manager}";
            case SIGNOFF_PENDING -> "📋 Sign-off required for {component} in release {release_id} "
                    + "(team {team}, {team_lead})";
            case SIGNOFF_RECEIVED -> "✅ {component} in {release_id}: approved by {by}";
            case SIGNOFF_REJECTED -> "⛔ {component} in {release_id}: rejected by {by}: {reason}";
            case ALL_SIGNOFFS_RECEIVED -> "🎉 All sign-offs received for {release_id}. Ready for deployment!";
            case APPROVAL_RECEIVED -> "👍 {role} approval for {release_id} by {by}";
            case STATUS_CHANGED -> "ℹ️ Release {release_id}: {from} → {to}";
            case DEPLOYMENT_STARTED -> "🚀 Deployment started for {release_id}";
            case DEPLOYMENT_COMPLETED -> "✅ {release_id} deployed to production in {duration}";
            case DEPLOYMENT_FAILED -> "❌ Deployment of {release_id} failed at {component}: {reason}";
            case ROLLBACK_INITIATED -> "⚠️ ROLLBACK initiated for {release_id} by {by}: {reason}";
            case RELEASE_CANCELLED -> "🚫 Release {release_id} cancelled by {by}: {reason}";
        };
    }
}
