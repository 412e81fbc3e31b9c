package dev.releaserules.core.manifest;

import dev.releaserules.core.Rule;
import java.util.stream.Collectors;

/** The texts of this package's exceptions, refusals and readiness lines: the one place they are built. */
final class Messages {
    private Messages() {
    }

    static String illegalTransition(ReleaseStatus from, ReleaseStatus to) {
        String allowed = from.allowedTargets().isEmpty() ? "none"
                : from.allowedTargets().stream().map(ReleaseStatus::wireName).collect(Collectors.joining(", "));
        return Rule.R_MF1.id() + ": a release cannot move from " + from.wireName() + " to " + to.wireName()
                + " (allowed from " + from.wireName() + ": " + allowed + ")";
    }

    static String manifestSubject(String source, int line, int column, String path) {
        StringBuilder s = new StringBuilder("manifest value at ").append(source);
        if (line > 0) {
            s.append(" line ").append(line).append(", column ").append(column);
        }
        if (!path.isEmpty()) {
            s.append(" (").append(path).append(')');
        }
        return s.toString();
    }

    static String missing(Readiness.Missing m) {
        String detail = m.detail().isEmpty() ? "" : " (" + m.detail() + ")";
        return switch (m.kind()) {
            case PENDING_SIGN_OFF -> "sign-off of " + m.subject() + " pending" + detail;
            case REJECTED_SIGN_OFF -> "sign-off of " + m.subject() + " rejected" + detail;
            case PENDING_CHECKLIST_ITEM -> "checklist item \"" + m.subject() + "\" pending";
            case PENDING_APPROVAL -> "approval of " + m.subject() + " pending" + detail;
            case REJECTED_APPROVAL -> "approval of " + m.subject() + " rejected" + detail;
            case FAILED_VALIDATION -> "validation " + m.subject() + " failed" + detail;
        };
    }

    static String notReady(Readiness readiness) {
        return "the release is not ready: " + readiness.missing().stream().map(Readiness.Missing::describe)
                .collect(Collectors.joining("; "));
    }

    static String notReadyFor(ReleaseStatus to, Readiness readiness) {
        return Rule.R_SO2.id() + ": cannot move to " + to.wireName() + ", " + notReady(readiness);
    }

    static String unknownComponent(String name) {
        return "the release has no component " + dev.releaserules.core.internal.Texts.quote(name);
    }

    static String notAllowedToSign(String user, String component, String teamLead) {
        return user + " may not sign off " + component + ": only its team lead"
                + (teamLead.isEmpty() ? "" : " (" + teamLead + ")") + " or a delegate named by the policy may (R-SO1)";
    }

    static String signOffNotRequired(String component) {
        return component + " needs no sign-off (not_required)";
    }

    static String fourEyes(String user, String component) {
        return user + " authored changes in " + component + " and may not approve them (four-eyes rule)";
    }

    static String rejectionBlocks(String component, String by) {
        return component + " was rejected by " + by + "; the rejection must be withdrawn by " + by
                + " or the team lead first (R-SO1)";
    }

    static String notRejected(String component) {
        return component + " has no rejection to withdraw";
    }

    static String notAllowedToWithdraw(String user, String component) {
        return user + " may not withdraw the rejection of " + component
                + ": only who rejected it or the team lead may (R-SO1)";
    }

    static String signOffClosed(ReleaseStatus status) {
        return "sign-offs are closed once the release is " + status.wireName();
    }

    static String unknownRole(String role) {
        return "the release has no approval for role " + dev.releaserules.core.internal.Texts.quote(role);
    }

    static String notAllowedToApprove(String user, String role, String expected) {
        return user + " may not give the " + role + " approval: only " + expected + " may (R-SO1)";
    }

    static String unknownChecklistItem(String item) {
        return "the release has no checklist item " + dev.releaserules.core.internal.Texts.quote(item);
    }

    static String rejectWithoutReason() {
        return "/reject needs a reason: /reject <reason>";
    }

    static String reasonTooLong(String what, int length, int max) {
        return what + " has " + length + " characters; at most " + max + " are kept in the manifest";
    }

    static String commentTooLong(int length, int max) {
        return "the comment has " + length + " characters; commands are read from comments of at most " + max;
    }

    static String noCommand() {
        return "no /approve or /reject command at the start of a line";
    }

    static String deployNeedsApproved(ReleaseStatus status) {
        return Rule.R_D1.id() + ": deployment needs an approved release, this one is " + status.wireName();
    }

    static String rollbackNotAllowed(ReleaseStatus status) {
        return Rule.R_D2.id() + ": rollback is possible from deploying or deployed, this release is " + status.wireName();
    }

    static String deployingAlready(String id) {
        return Rule.R_D1.id() + ": " + id + " is deploying already: another run may still be at it. If that run failed or "
                + "died, resume it (resume(true)); components recorded as deployed are skipped";
    }

    static String sharedVersionReason(dev.releaserules.core.version.Version shared) {
        return "The release shares one version, " + shared
                + ", set by its most significant change in any component.";
    }

    static String hotfixSingleComponent(int count) {
        return Rule.R_RT1.id() + ": a hotfix deploys a single component, this one changes " + count;
    }

    static String cannotRead(java.nio.file.Path file, java.io.IOException e) {
        return "Cannot read manifest " + file + ": " + e.getClass().getSimpleName() + " " + e.getMessage();
    }

    static String cannotWrite(java.nio.file.Path file, java.io.IOException e) {
        return "Cannot write manifest " + file + ": " + e.getClass().getSimpleName() + " " + e.getMessage();
    }

    static String yamlProblem(String original) {
        return "well-formed YAML (" + original + ")";
    }

    static String missingKey(String key) {
        return "a value for \"" + key + "\"";
    }

    static String atMost(long limit, String unit) {
        return "at most " + limit + " " + unit;
    }

    static String rollbackNeedsReason() {
        return Rule.R_D2.id() + ": a rollback is recorded with who and why; use the rollback command";
    }

    static String noCommits() {
        return "no new commits given";
    }

    static String singleUse(String command) {
        return "a " + command + " command runs once; create a new one";
    }

    static String deployerReturnedNothing() {
        return "the deployer returned no result";
    }

    static String deployerThrew(RuntimeException e) {
        return "the deployer failed: " + e.getClass().getSimpleName();
    }

    static String rollbackNeedsWhy() {
        return Rule.R_D2.id() + ": a rollback needs a reason";
    }

    static String cancelNotAllowed(ReleaseStatus status) {
        return Rule.R_MF1.id() + ": a release can be cancelled from draft, pending_approval or approved; this one is "
                + status.wireName() + (status == ReleaseStatus.DEPLOYING || status == ReleaseStatus.DEPLOYED
                        ? " (roll it back instead)" : "");
    }

    static String cancelNeedsWhy() {
        return Rule.R_MF1.id() + ": a cancellation is recorded with who and why; give a reason";
    }

    static String rollbackFailed(String component, String detail, java.util.List<String> done) {
        return Rule.R_D2.id() + ": rolling back " + component + " failed (" + detail + ")"
                + (done.isEmpty() ? "; nothing was rolled back" : "; already rolled back: " + String.join(", ", done))
                + ". The release stays as it is: fix the cause and run the rollback again";
    }

    static String outsideWindow(ReleaseType type, DeploymentWindow window, java.time.Instant at) {
        return Rule.R_WN1.id() + ": a " + type.wireName() + " release deploys from " + window.opens() + " to "
                + window.closes() + " (" + dev.releaserules.core.internal.Texts.duration(
                        java.time.Duration.between(window.opens(), window.closes()))
                + " window); it is " + at + ". Record a schedule override with who and why to deploy anyway";
    }

    static String unscheduled(ReleaseType type) {
        return Rule.R_WN1.id() + ": the " + type.wireName() + " release has no scheduled time, so no deployment window;"
                + " schedule it or record a schedule override with who and why";
    }

    static String frozen(java.time.Instant freeze, java.util.List<String> commits) {
        return Rule.R_FZ1.id() + ": features froze at " + freeze + "; " + String.join(", ", commits)
                + (commits.size() == 1 ? " is a feature or breaking change and belongs"
                        : " are features or breaking changes and belong")
                + " to the next train, unless a schedule override with who and why is recorded";
    }

    static String overrideNeedsWhy() {
        return Rule.R_WN1.id() + ": a schedule override is recorded with who and why; give a reason";
    }

    static String hotfixNeedsComponent(java.util.List<String> touched) {
        return Rule.R_HF1.id() + ": a hotfix patches a single component; "
                + (touched.isEmpty() ? "its changes touch none of the component map, name the component"
                        : "its changes touch " + String.join(", ", touched) + ", name the one it fixes");
    }

    static String hotfixTouchesOthers(String component, java.util.List<String> others) {
        return Rule.R_HF1.id() + ": the hotfix of " + component + " also changes " + String.join(", ", others)
                + "; a hotfix deploys a single component";
    }

    static String hotfixPatchReason(dev.releaserules.core.version.Version from, dev.releaserules.core.version.Version to) {
        return from + " → " + to + " (patch): a hotfix increments the patch of the component it fixes, whatever its"
                + " commits say (" + Rule.R_HF1.id() + ")";
    }

    static String overrideClosed(ReleaseStatus status) {
        return Rule.R_WN1.id() + ": the schedule of a " + status.wireName() + " release cannot be overridden";
    }

    static String overrideNotAllowed(String user, String manager) {
        return Rule.R_WN1.id() + ": " + user + " may not override the schedule: only the release manager (" + manager
                + ") may";
    }

    static String windowClosed(String component, String refusal) {
        return component + " not started: " + refusal;
    }

    static String approverRoleExpected(ReleaseType type, java.util.List<String> roles) {
        return "a role a " + type.wireName() + " release needs: " + String.join(", ", roles);
    }

    static String releaseDayNeedsStart() {
        return "a scheduled time, from which release-day items are due";
    }

    static String componentOfTheMap(java.util.Collection<String> components) {
        return "a component of the map: " + String.join(", ", components);
    }

    static String trainCount(int max) {
        return "from 1 to " + max + " trains";
    }
}
