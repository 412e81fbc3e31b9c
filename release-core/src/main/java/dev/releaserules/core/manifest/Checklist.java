package dev.releaserules.core.manifest;

import dev.releaserules.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;
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

    /** The item a release with database migrations must complete (R-CL1). */
    public static final String DATABASE_MIGRATIONS_ITEM = "Database migrations reviewed";

    /** The required pre-release items of every release type (R-CL1), after the team sign-offs item. */
    private static final List<String> REQUIRED = List.of("Integration tests passing", "Security scan clean",
            "Rollback plan documented");

    /** When each release-day phase is due, relative to the release start; null: at the end of the window. */
    private static final List<Duration> RELEASE_DAY_DUE = java.util.Arrays.asList(Duration.ofMinutes(-60),
            Duration.ofMinutes(-30), Duration.ZERO, null, null);

    private static final String CHANNEL_ITEM = "Release channel opened";

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
                "Release channel opened",
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
     * The release-day checklist, one checklist per phase (T-60, T-30, T-0, during, post-release),
     * with no channel named; {@link #releaseDay(String)} names the release's channel.
     *
     * @return the phases, in order
     */
    public static List<Checklist> releaseDay() {
        return RELEASE_DAY;
    }

    /**
     * The release-day checklist with the release's own channel in the "Release channel opened" item.
     *
     * @param channel the channel, such as {@link #releaseChannel(ReleaseId)}
     * @return the phases, in order
     */
    public static List<Checklist> releaseDay(String channel) {
        Checks.notBlank(channel, "channel");
        return RELEASE_DAY.stream().map(c -> new Checklist(c.name(), c.items().stream()
                .map(i -> i.equals(CHANNEL_ITEM) ? i + " (" + channel + ")" : i).toList())).toList();
    }

    /**
     * The channel of a release's day: {@code #release-} and the release's date, such as
     * {@code #release-2024-01-15}.
     *
     * @param id the release id
     * @return the channel name
     */
    public static String releaseChannel(ReleaseId id) {
        return "#release-" + Checks.notNull(id, "release id").date();
    }

    /**
     * The required pre-release items of a release type (R-CL1), pending: all team sign-offs received
     * (not for a hotfix, which skips them), integration tests passing, security scan clean, rollback
     * plan documented. {@link ManifestDraft#migrations} adds the database migrations review when needed.
     *
     * @param type the release type
     * @return the items, in that order
     */
    public static List<ChecklistItem> required(ReleaseType type) {
        List<ChecklistItem> out = new ArrayList<>();
        if (Checks.notNull(type, "release type") != ReleaseType.HOTFIX) {
            out.add(ChecklistItem.pending(ReleaseManifest.ALL_SIGN_OFFS_ITEM, true));
        }
        REQUIRED.forEach(i -> out.add(ChecklistItem.pending(i, true)));
        return List.copyOf(out);
    }

    /**
     * Adds the release-day checklist to a manifest (R-CL1), each item due at its phase's time
     * relative to the release start: T-60 and T-30 minutes before, T-0 at the start, the
     * during-release and post-release items when the type's window closes. The channel is the
     * release's own ({@link #releaseChannel}). The items do not block approval (they are done on the
     * day); items already in the manifest are left as they are.
     *
     * @param manifest the release; it must have a scheduled time
     * @param trains the calendar whose window length applies
     * @return the manifest with the items added
     * @throws dev.releaserules.core.InvalidInputException when the release has no scheduled time
     */
    public static ReleaseManifest seedReleaseDay(ReleaseManifest manifest, ReleaseTrains trains) {
        Checks.notNull(manifest, "manifest");
        Checks.notNull(trains, "trains");
        Instant start = Times.find(manifest.release().scheduledAt()).orElseThrow(() ->
                new dev.releaserules.core.InvalidInputException("scheduled time of " + manifest.id(), "",
                        Messages.releaseDayNeedsStart()));
        Instant end = trains.windowEnd(manifest.release().type(), start);
        List<Checklist> phases = releaseDay(releaseChannel(manifest.id()));
        List<ChecklistItem> items = new ArrayList<>(manifest.checklist());
        for (int p = 0; p < phases.size(); p++) {
            Duration offset = RELEASE_DAY_DUE.get(p);
            String due = Times.text(offset == null ? end : start.plus(offset));
            for (ChecklistItem item : phases.get(p).toItems(false)) {
                if (items.stream().noneMatch(i -> i.item().equals(item.item()))) {
                    items.add(item.due(due));
                }
            }
        }
        return manifest.withChecklist(items);
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
