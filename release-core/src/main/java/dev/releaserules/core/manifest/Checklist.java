package dev.releaserules.core.manifest;

import dev.releaserules.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * The checklists of the release-management process as data (R-SO3): one per sign-off role (team lead, QA lead, security,
 * DBA when migrations are present, release manager) and the sections of the pre-release and
 * release-day checklists. Each can seed a manifest's checklist.
 *
 * @param name the checklist's name, such as {@code QA Lead}; prefixes its items in a manifest
 * @param items the items, in order
 */
public record Checklist(String name, List<String> items) {

    private static final List<Checklist> ROLES = List.of(
            new Checklist("Team Lead", List.of(
                "All PRs in release reviewed and approved",
                "Staging environment tested manually",
                "No critical bugs in component",
                "Feature flags configured correctly",
                "Team available during release window")),
            new Checklist("QA Lead", List.of(
                "All test suites passing",
                "Regression tests completed",
                "Edge cases validated",
                "Cross-browser/device testing done (portal)")),
            new Checklist("Security", List.of(
                "Security scan passed",
                "No new vulnerabilities introduced",
                "Secrets properly managed",
                "Auth/authz changes reviewed")),
            new Checklist("DBA", List.of(
                "Migration scripts reviewed",
                "Rollback scripts tested",
                "Performance impact assessed",
                "Backup verified")),
            new Checklist("Release Manager", List.of(
                "All team sign-offs received",
                "Release notes prepared",
                "Rollback plan documented",
                "On-call team notified",
                "Monitoring dashboards ready")));

    private static final List<Checklist> PRE_RELEASE = List.of(
            new Checklist("Pre-release: Code Quality", List.of(
                "All PRs merged to main",
                "No failing CI checks",
                "Code coverage maintained",
                "SonarCloud quality gate passed")),
            new Checklist("Pre-release: Testing", List.of(
                "Unit tests passing (100%)",
                "Integration tests passing",
                "E2E tests passing",
                "Performance tests within SLO",
                "Security scan clean")),
            new Checklist("Pre-release: Staging Validation", List.of(
                "Deployed to staging successfully",
                "Staging smoke tests passing",
                "Manual testing completed by each team",
                "No P1/P2 bugs in staging")),
            new Checklist("Pre-release: Documentation", List.of(
                "Release notes written",
                "API documentation updated",
                "Runbooks updated (if needed)",
                "CHANGELOG updated")),
            new Checklist("Pre-release: Infrastructure", List.of(
                "Database migrations tested",
                "Feature flags configured",
                "Environment variables set",
                "Secrets rotated (if needed)")),
            new Checklist("Pre-release: Team Readiness", List.of(
                "All team sign-offs received",
                "On-call team notified",
                "Release manager assigned",
                "Rollback owner assigned")),
            new Checklist("Pre-release: Communication", List.of(
                "Stakeholders notified",
                "Status page prepared",
                "Support team briefed")));

    private static final List<Checklist> RELEASE_DAY = List.of(
            new Checklist("Release day: T-60 minutes", List.of(
                "Final staging validation",
                "All sign-offs confirmed",
                "Release channel opened (#release-2024-01-15)",
                "Monitoring dashboards open")),
            new Checklist("Release day: T-30 minutes", List.of(
                "Team leads online",
                "On-call confirmed available",
                "Rollback scripts ready",
                "Database backup verified")),
            new Checklist("Release day: T-0 (Release Start)", List.of(
                "Announce release start in Slack",
                "Begin deployment (component by component)",
                "Monitor error rates")),
            new Checklist("Release day: During Release", List.of(
                "Each component: Deploy → Verify → Next",
                "Watch CloudWatch dashboards",
                "Check X-Ray for errors",
                "Validate critical user flows")),
            new Checklist("Release day: Post-Release", List.of(
                "All health checks passing",
                "Error rates normal",
                "Performance within SLO",
                "Announce release complete",
                "Update status page")));

    /** Validates the parts. */
    public Checklist {
        Checks.notBlank(name, "checklist name");
        items = Checks.listCopy(items, "checklist items");
        items.forEach(i -> Checks.notBlank(i, "checklist item"));
    }

    /**
     * The role sign-off checklists: team lead, QA lead, security, DBA (only when the release has
     * database migrations) and release manager.
     *
     * @param migrations whether the release has database migrations
     * @return the checklists, in that order
     */
    public static List<Checklist> roles(boolean migrations) {
        return ROLES.stream().filter(c -> migrations || !c.name().equals(Roles.DBA)).toList();
    }

    /**
     * The pre-release checklist, one checklist per section (code quality, testing, staging
     * validation, documentation, infrastructure, team readiness, communication).
     *
     * @return the sections, in order
     */
    public static List<Checklist> preRelease() {
        return PRE_RELEASE;
    }

    /**
     * The release-day checklist, one checklist per phase (T-60, T-30, T-0, during, post-release).
     *
     * @return the phases, in order
     */
    public static List<Checklist> releaseDay() {
        return RELEASE_DAY;
    }

    /**
     * The items as manifest checklist items named {@code "<name>: <item>"}, all pending.
     *
     * @param required whether they block the release (R-SO2)
     * @return the items
     */
    public List<ChecklistItem> toItems(boolean required) {
        return items.stream().map(i -> ChecklistItem.pending(name + ": " + i, required)).toList();
    }

    /**
     * Adds checklists to a manifest: every item whose text is not in the manifest yet is appended.
     *
     * @param manifest the manifest
     * @param checklists the checklists
     * @param required whether the added items block the release
     * @return the manifest with the items added
     */
    public static ReleaseManifest seed(ReleaseManifest manifest, List<Checklist> checklists, boolean required) {
        Checks.notNull(manifest, "manifest");
        List<ChecklistItem> items = new ArrayList<>(manifest.checklist());
        for (Checklist c : Checks.listCopy(checklists, "checklists")) {
            for (ChecklistItem item : c.toItems(required)) {
                if (items.stream().noneMatch(i -> i.item().equals(item.item()))) {
                    items.add(item);
                }
            }
        }
        return manifest.withChecklist(items);
    }
}
