package dev.releaserules.core.flow;

import dev.releaserules.core.version.Version;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Titles and bodies of the pull requests the flow opens, shaped like seed 000's. */
final class PullRequestContent {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private PullRequestContent() {
    }

    static String title(BranchKind kind, Version version, String tag) {
        return kind == BranchKind.HOTFIX ? "🔥 [HOTFIX] " + tag : "🚀 Release " + tag;
    }

    static String body(BranchKind kind, String tag, String source, String cutoffCommit, Instant snapshot,
            Instant expected, long targetHours, String releaseNotes) {
        StringBuilder body = new StringBuilder();
        body.append("✅ Tag ").append(tag).append(" created\n");
        body.append("✅ Snapshot of ").append(source).append(" at: ").append(TIME.format(snapshot))
                .append(" (").append(cutoffCommit, 0, Math.min(7, cutoffCommit.length())).append(")\n\n");
        if (kind == BranchKind.RELEASE) {
            body.append("⚠️ FEATURE CUTOFF ACTIVE\n");
            body.append("Features merged to ").append(source).append(" after this snapshot go to the next release.\n\n");
        } else {
            body.append("🚨 Critical hotfix: review and merge with priority.\n\n");
        }
        body.append("Timeline:\n");
        body.append("- [x] Snapshot created & tag pushed\n");
        body.append("- [ ] Staging deployment\n");
        body.append("- [ ] QA validation\n");
        body.append("- [ ] PR approval & merge (merge commit, no squash)\n");
        body.append("- [ ] Production deployment (automatic)\n");
        body.append("- [ ] Backport to ").append(kind == BranchKind.HOTFIX ? "develop" : source).append(" (automatic)\n\n");
        body.append("Expected completion: ").append(TIME.format(expected)).append(" (").append(targetHours).append("h)\n");
        if (!releaseNotes.isBlank()) {
            body.append("\n").append(releaseNotes.strip()).append("\n");
        }
        return body.toString();
    }

    static String backportTitle(String tag, String target) {
        return "🔄 Backport " + tag + " to " + target;
    }

    static String backportBody(String tag, String main, String target) {
        return "Brings " + tag + " (" + main + ": version file and changelog) back to " + target + ".\n\n"
                + "Merges automatically once checks pass and there is no conflict.\n";
    }
}
