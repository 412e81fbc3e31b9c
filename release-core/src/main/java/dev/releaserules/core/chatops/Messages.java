package dev.releaserules.core.chatops;

import dev.releaserules.core.internal.Texts;
import dev.releaserules.core.manifest.Component;
import dev.releaserules.core.manifest.DeploymentStep;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.spi.Issue;
import java.util.List;

/** The texts of this package (issue titles and bodies, bot replies, usage): the one place they are built. */
final class Messages {
    static final String COMMAND = "/release";

    private Messages() {
    }

    // ---- sign-off requests (R-SR) ------------------------------------------------------------

    static String requestTitle(String component, String releaseId) {
        return "[Sign-off Required] " + component + " - " + releaseId;
    }

    static String requestBody(ReleaseManifest m, Component c, List<String> checklist) {
        StringBuilder b = new StringBuilder("## Sign-off Request\n\n")
                .append("Release: `").append(m.id().value()).append("`\n")
                .append("Component: `").append(c.name()).append("` (")
                .append(c.isChanged() ? c.currentVersion() + " → " + c.newVersion() : c.currentVersion().toString())
                .append(")\n");
        if (!c.team().isEmpty()) {
            b.append("Team: ").append(c.team()).append('\n');
        }
        if (!c.teamLead().isEmpty()) {
            b.append("Team lead: ").append(c.teamLead()).append('\n');
        }
        if (!c.changes().isEmpty()) {
            b.append("\n### Changes\n");
            c.changes().forEach(change -> b.append("- ").append(oneLine(change)).append('\n'));
        }
        b.append("\n### Checklist\n");
        checklist.forEach(item -> b.append("- [ ] ").append(oneLine(item)).append('\n'));
        b.append("\n### To Approve\nComment `/approve` on this issue.\n")
                .append("\n### To Reject\nComment `/reject <reason>` on this issue.\n")
                .append("\nOnly ").append(c.teamLead().isEmpty() ? "a delegate named by the sign-off policy"
                        : "the team lead (" + c.teamLead() + ") or a delegate named by the sign-off policy")
                .append(" may sign off. The command must start a line of its own;")
                .append(" quoted lines and code blocks do not count.\n");
        return b.toString();
    }

    private static String oneLine(String text) {
        return text.replace('\r', ' ').replace('\n', ' ');
    }

    // ---- parsing (R-CO) ----------------------------------------------------------------------

    static String usage() {
        return "Usage:\n"
                + "/release create - Create new release from staging and request its sign-offs\n"
                + "/release status - Show current release status\n"
                + "/release signoff <component> - Sign off on a component\n"
                + "/release approve - Final approval (release manager only)\n"
                + "/release deploy [--apply] - Start production deployment (a dry run unless --apply)\n"
                + "/release rollback <reason> - Initiate rollback (on-call or release manager)\n"
                + "/release cancel <reason> - Cancel the release before deploying (release manager)\n"
                + "/release help - Show this list";
    }

    static String invalid(String problem) {
        return problem + "\n\n" + usage();
    }

    static String noArguments(String command) {
        return "/release " + command + " takes no arguments";
    }

    static String signOffNeedsComponent() {
        return "/release signoff needs exactly one component name, such as /release signoff api";
    }

    static String badComponent(String input) {
        return "Invalid component name " + Texts.quote(input)
                + ": expected letters, digits, '.', '_' or '-', starting with a letter or digit";
    }

    static String deployArguments() {
        return "/release deploy takes no argument (a dry run), --dry-run or --apply";
    }

    static String cancelNeedsReason() {
        return "/release cancel needs a reason, such as /release cancel the payments fix missed the freeze";
    }

    static String notAllowedToCancel(String caller, String id) {
        return caller + " may not cancel " + id + ": only the release manager may";
    }

    static String cancelled(String id, String caller, String reason) {
        return "🚫 " + id + " cancelled by " + caller + ": " + reason;
    }

    static String rollbackNeedsReason() {
        return "/release rollback needs a reason, such as /release rollback error rate above SLO";
    }

    static String unknownCommand(String word) {
        return "Unknown command " + Texts.quote(word);
    }

    // ---- replies (R-CO) ----------------------------------------------------------------------

    static String noRelease() {
        return "There is no current release; start one with /release create.";
    }

    static String cannotCreate() {
        return "This bot cannot create releases: it has no release drafts configured (R-CO)";
    }

    static String releaseInProgress(String id, String status) {
        return "Release " + id + " is still " + status + "; a new release can be created once it is deployed or"
                + " rolled back (R-CO)";
    }

    static String draftFailed(String why) {
        return "Could not draft a release: " + why;
    }

    static String draftNotDraft() {
        return "Could not draft a release: the drafts gave no manifest in status draft (R-CO)";
    }

    static String onlyReleaseManager(String caller, String action, String manager) {
        return caller + " may not " + action + ": only the release manager ("
                + (manager.isEmpty() ? "none named" : manager) + ") may (R-CO)";
    }

    static String requested(RequestReport report) {
        StringBuilder b = new StringBuilder("Sign-off requests: ");
        b.append(report.created().isEmpty() ? "none opened" : "opened " + numbers(report.created()));
        if (!report.existing().isEmpty()) {
            b.append(", already open ").append(numbers(report.existing()));
        }
        return b.append('.').toString();
    }

    private static String numbers(List<Issue> issues) {
        return String.join(", ", issues.stream().map(i -> "#" + i.number()).toList());
    }

    static String requestFailed(String why) {
        return "Sign-off requests could not be opened: " + why;
    }

    static String created(String id, List<String> toSign, String requested) {
        StringBuilder b = new StringBuilder("🚀 Created release ").append(id).append(", now pending approval. ");
        b.append(toSign.isEmpty() ? "No team sign-off is needed."
                : "Sign-offs needed: " + String.join(", ", toSign) + ".");
        if (!requested.isEmpty()) {
            b.append('\n').append(requested);
        }
        return b.toString();
    }

    static String signedOff(String component, String caller, List<String> outstanding) {
        return "✅ " + caller + " signed off " + component + ". "
                + (outstanding.isEmpty() ? "All sign-offs received."
                        : "Still waiting for: " + String.join(", ", outstanding) + ".");
    }

    static String cannotApproveIn(String id, String status) {
        return "Release " + id + " is " + status + "; only a release pending approval can be approved (R-MF1)";
    }

    static String notReady(String id, List<String> missing) {
        return "Release " + id + " cannot be approved yet (R-SO2); missing:\n" + bullets(missing);
    }

    static String approvalRecordedButBlocked(String id, List<String> missing) {
        return "Recorded the release manager approval of " + id + "; still missing (R-SO2):\n" + bullets(missing);
    }

    private static String bullets(List<String> lines) {
        return String.join("\n", lines.stream().map(l -> "- " + l).toList());
    }

    static String approved(String id) {
        return "✅ Release " + id + " approved. Check with /release deploy (a dry run), then /release deploy --apply.";
    }

    static String notAllowedToDeploy(String caller, String id) {
        return caller + " may not deploy " + id + ": only the release manager or the on-call engineer may (R-CO)";
    }

    static String cannotDeploy() {
        return "This bot cannot deploy: it has no deployer configured (R-CO)";
    }

    static String dryRun(String id, List<String> planned) {
        return "Dry run for " + id + ": would deploy " + (planned.isEmpty() ? "nothing" : String.join(", ", planned))
                + ", one by one (deploy, verify, next). Nothing was deployed; run /release deploy --apply to deploy.";
    }

    static String step(DeploymentStep step) {
        String mark = switch (step.outcome()) {
            case DEPLOYED -> "✅";
            case FAILED -> "❌";
            case NOT_STARTED -> "⏸";
        };
        return mark + " " + step.component() + " " + step.version()
                + (step.detail().isEmpty() ? "" : " (" + oneLine(step.detail()) + ")");
    }

    static String deployed(String id, List<String> steps) {
        return "✅ " + id + " successfully deployed to production:\n" + bullets(steps);
    }

    static String deploymentFailed(String id, List<String> steps) {
        return "❌ Deployment of " + id + " failed; it stays deploying, roll back with /release rollback <reason>:\n"
                + bullets(steps);
    }

    static String notAllowedToRollBack(String caller, String id) {
        return caller + " may not roll back " + id + ": only the on-call engineer or the release manager may (R-CO)";
    }

    static String rolledBack(String id, String caller, String reason) {
        return "⚠️ ROLLBACK initiated for " + id + " by " + caller + ": " + oneLine(reason);
    }
}
