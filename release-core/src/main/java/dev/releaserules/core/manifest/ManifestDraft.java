package dev.releaserules.core.manifest;

import dev.releaserules.core.Rule;
import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.commit.BumpRecommendation;
import dev.releaserules.core.commit.BumpRules;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.commit.MergeCommit;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.CommitChange;
import dev.releaserules.core.spi.PathFilter;
import dev.releaserules.core.version.Increment;
import dev.releaserules.core.version.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a draft manifest from the changes since the last release (R-MF2, R-MF3), as a pure
 * function of its inputs: a component map (path prefixes or globs → component, team, team lead),
 * the current version of each component and the commits since the last release tag with the paths
 * they changed.
 *
 * <p>Each changed path belongs to the first rule that matches it; paths no rule matches are ignored,
 * and so are merge commits and backports (their diff repeats the paths of the commits they bring in).
 * A component's changes are the subjects of its commits (each commit once, in the given order); its
 * new version is what the {@link BumpRules} recommend, and the recommendation's explanation is kept
 * as {@code version_reason}. A component without changes, or whose changes call for no release,
 * keeps its version and needs no sign-off ({@code not_required}). With a shared version, every
 * component that is released gets the same version: the highest current version, incremented by the
 * most significant change of the whole release.
 *
 * <p>A hotfix (R-HF1) changes a single component: the one {@link #hotfixComponent named}, or else the
 * only one its changes touch. That component's patch is incremented (2.3.1 → 2.3.2) whatever its
 * commits would call for, every component skips team sign-off, and changes to any other component
 * are refused (R-RT1).
 *
 * <p>With a {@link #migrations migrations pattern}, a changed path that matches it adds the required
 * checklist item {@value Checklist#DATABASE_MIGRATIONS_ITEM} (R-CL1).
 *
 * <pre>{@code
 * ReleaseManifest draft = ManifestDraft.builder()
 *         .release(ReleaseHeader.draft(id, ReleaseType.REGULAR, "", "@john.doe"))
 *         .rule(new ComponentRule("services/api/", "api", "api-team", "@alice"))
 *         .currentVersion("api", ManifestVersion.parse("v1.2.3"))
 *         .changes(repository.changes(CommitRange.between("v1.2.3", "HEAD")))
 *         .build();
 * }</pre>
 */
public final class ManifestDraft {
    private ReleaseHeader release;
    private final List<ComponentRule> rules = new ArrayList<>();
    private final Map<String, ManifestVersion> currentVersions = new LinkedHashMap<>();
    private final List<CommitChange> changes = new ArrayList<>();
    private BumpRules bumpRules = BumpRules.defaults();
    private boolean sharedVersion;
    private final List<ChecklistItem> checklist = new ArrayList<>();
    private final List<Approval> approvals = new ArrayList<>();
    private String hotfixComponent = "";
    private PathFilter migrations;

    private ManifestDraft() {
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ManifestDraft builder() {
        return new ManifestDraft();
    }

    /**
     * Sets the release section (required).
     *
     * @param value the release section, usually {@link ReleaseHeader#draft}
     * @return this builder
     */
    public ManifestDraft release(ReleaseHeader value) {
        this.release = Checks.notNull(value, "release");
        return this;
    }

    /**
     * Adds a component map rule; earlier rules win.
     *
     * @param rule the rule
     * @return this builder
     */
    public ManifestDraft rule(ComponentRule rule) {
        rules.add(Checks.notNull(rule, "component rule"));
        return this;
    }

    /**
     * Adds component map rules; earlier rules win.
     *
     * @param values the rules
     * @return this builder
     */
    public ManifestDraft rules(List<ComponentRule> values) {
        rules.addAll(Checks.listCopy(values, "component rules"));
        return this;
    }

    /**
     * Sets a component's current version; every component in the map needs one.
     *
     * @param component the component
     * @param version its version in production
     * @return this builder
     */
    public ManifestDraft currentVersion(String component, ManifestVersion version) {
        currentVersions.put(SafeNames.requireSafe(component, "component name"), Checks.notNull(version, "version"));
        return this;
    }

    /**
     * Adds the changes since the last release tag, as {@link
     * dev.releaserules.core.spi.SourceRepository#changes} reports them; each component lists its
     * changes in the order given.
     *
     * @param values the changes
     * @return this builder
     */
    public ManifestDraft changes(List<CommitChange> values) {
        changes.addAll(Checks.listCopy(values, "changes"));
        return this;
    }

    /**
     * Sets the bump rules; {@link BumpRules#defaults()} unless set.
     *
     * @param value the rules
     * @return this builder
     */
    public ManifestDraft bumpRules(BumpRules value) {
        this.bumpRules = Checks.notNull(value, "bump rules");
        return this;
    }

    /**
     * Gives every released component one shared version instead of its own.
     *
     * @param value whether the version is shared; false unless set
     * @return this builder
     */
    public ManifestDraft sharedVersion(boolean value) {
        this.sharedVersion = value;
        return this;
    }

    /**
     * Adds checklist items, such as the train's or {@link Checklist#toItems}.
     *
     * @param items the items
     * @return this builder
     */
    public ManifestDraft checklist(List<ChecklistItem> items) {
        checklist.addAll(Checks.listCopy(items, "checklist"));
        return this;
    }

    /**
     * Adds role approvals, such as {@link ReleaseTrains#approvals}.
     *
     * @param items the approvals
     * @return this builder
     */
    public ManifestDraft approvals(List<Approval> items) {
        approvals.addAll(Checks.listCopy(items, "approvals"));
        return this;
    }

    /**
     * Names the component a hotfix patches (R-HF1); without it, the hotfix patches the only component
     * its changes touch.
     *
     * @param component a component of the map
     * @return this builder
     */
    public ManifestDraft hotfixComponent(String component) {
        this.hotfixComponent = SafeNames.requireSafe(component, "component name");
        return this;
    }

    /**
     * Sets which changed paths are database migrations (R-CL1): when a counted change touches one,
     * the draft's checklist gets the required item {@value Checklist#DATABASE_MIGRATIONS_ITEM}.
     *
     * @param value such as {@code PathFilter.including("**}{@code /migrations/**")}; no check unless set
     * @return this builder
     */
    public ManifestDraft migrations(PathFilter value) {
        this.migrations = Checks.notNull(value, "migrations pattern");
        return this;
    }

    /**
     * Builds the draft manifest.
     *
     * @return the manifest
     * @throws InvalidInputException when the release is not set, a component has no current version, or
     *     the named hotfix component is not in the map
     * @throws RuleViolationException (R-RT1) when a hotfix changes more than one component; (R-HF1) when
     *     a hotfix names no component and touches none, or names one and changes others too
     */
    public ReleaseManifest build() {
        Checks.required(release, "release", "release(header)", "build()");
        Map<String, ComponentRule> byComponent = new LinkedHashMap<>();
        for (ComponentRule rule : rules) {
            byComponent.putIfAbsent(rule.component(), rule);
            if (!currentVersions.containsKey(rule.component())) {
                throw new InvalidInputException("current versions", currentVersions.keySet().toString(),
                        "a current version for component " + rule.component());
            }
        }
        if (!hotfixComponent.isEmpty() && !byComponent.containsKey(hotfixComponent)) {
            throw new InvalidInputException("hotfix component", hotfixComponent,
                    Messages.componentOfTheMap(byComponent.keySet()));
        }
        Map<String, List<Commit>> commits = new LinkedHashMap<>();
        byComponent.keySet().forEach(c -> commits.put(c, new ArrayList<>()));
        boolean migrationChanged = false;
        for (CommitChange change : changes) {
            if (change.commit().message() instanceof MergeCommit || change.commit().isBackport()) {
                // A merge's diff against its first parent repeats the merged commits' paths, which
                // are in the range themselves when they are new; counted here it would put already
                // released work (main merged back into develop, R-S1) into every component it touched.
                continue;
            }
            Set<String> touched = new LinkedHashSet<>();
            for (String path : change.paths()) {
                migrationChanged |= migrations != null && migrations.matches(path);
                rules.stream().filter(r -> r.matches(path)).findFirst().ifPresent(r -> touched.add(r.component()));
            }
            touched.forEach(c -> commits.get(c).add(change.commit()));
        }
        boolean hotfix = release.type() == ReleaseType.HOTFIX;
        String patched = hotfix ? hotfixTarget(commits) : "";
        Version shared = sharedVersion && !hotfix ? sharedNext(commits) : null;
        List<Component> components = new ArrayList<>();
        for (ComponentRule rule : byComponent.values()) {
            ManifestVersion current = currentVersions.get(rule.component());
            List<Commit> own = commits.get(rule.component());
            BumpRecommendation recommendation = bumpRules.recommend(current.version(), own);
            boolean released = hotfix ? rule.component().equals(patched) : recommendation.increment().isPresent();
            Version next = !released ? current.version() : hotfix ? current.version().next(Increment.PATCH)
                    : shared != null ? shared : recommendation.nextVersion();
            List<String> subjects = own.stream().map(c -> c.message().subject()).toList();
            List<String> authors = own.stream().map(Commit::author).filter(a -> !a.isEmpty()).distinct().toList();
            SignOff signOff = released && release.type() != ReleaseType.HOTFIX ? SignOff.pending() : SignOff.notRequired();
            String reason = hotfix ? (released ? Messages.hotfixPatchReason(current.version(), next) : "")
                    : own.isEmpty() ? "" : recommendation.explain();
            if (!hotfix && released && !next.equals(recommendation.nextVersion())) {
                reason = reason + "\n" + Messages.sharedVersionReason(next);
            }
            components.add(new Component(rule.component(), current, current.withVersion(next), subjects, reason, authors, rule.team(), rule.teamLead(), signOff,
                    ExtraFields.empty()));
        }
        long releasedCount = components.stream().filter(Component::isChanged).count();
        if (release.type() == ReleaseType.HOTFIX && releasedCount > 1) {
            throw new RuleViolationException(Rule.R_RT1, Messages.hotfixSingleComponent((int) releasedCount)
                    .substring((Rule.R_RT1.id() + ": ").length()));
        }
        List<ChecklistItem> items = new ArrayList<>(checklist);
        if (migrationChanged && items.stream().noneMatch(i -> i.item().equals(Checklist.DATABASE_MIGRATIONS_ITEM))) {
            items.add(ChecklistItem.pending(Checklist.DATABASE_MIGRATIONS_ITEM, true));
        }
        return new ReleaseManifest(release, components, ExtraFields.empty(), items, approvals, List.of(),
                ExtraFields.empty());
    }

    /** The component a hotfix patches: the named one, or the only one its changes touch. */
    private String hotfixTarget(Map<String, List<Commit>> commits) {
        List<String> touched = commits.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey).toList();
        if (hotfixComponent.isEmpty()) {
            if (touched.size() > 1) {
                throw new RuleViolationException(Rule.R_RT1, Messages.hotfixSingleComponent(touched.size())
                        .substring((Rule.R_RT1.id() + ": ").length()));
            }
            if (touched.isEmpty()) {
                throw new RuleViolationException(Rule.R_HF1, Messages.hotfixNeedsComponent(touched)
                        .substring((Rule.R_HF1.id() + ": ").length()));
            }
            return touched.get(0);
        }
        List<String> others = touched.stream().filter(c -> !c.equals(hotfixComponent)).toList();
        if (!others.isEmpty()) {
            throw new RuleViolationException(Rule.R_HF1, Messages.hotfixTouchesOthers(hotfixComponent, others)
                    .substring((Rule.R_HF1.id() + ": ").length()));
        }
        return hotfixComponent;
    }

    private Version sharedNext(Map<String, List<Commit>> commits) {
        Version highest = currentVersions.values().stream().map(ManifestVersion::version).max(Version::compareTo)
                .orElse(Version.of(0, 0, 0));
        List<Commit> all = new ArrayList<>();
        commits.values().forEach(list -> list.stream().filter(c -> !all.contains(c)).forEach(all::add));
        return bumpRules.recommend(highest, all).nextVersion();
    }
}
