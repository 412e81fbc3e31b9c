package dev.releaserules.core;

/**
 * The rule catalogue: every release rule the library enforces, with its id and one-line statement.
 * Rule ids appear in refusal messages ({@code R-T3: ...}), in {@link RuleViolationException#rule()}
 * and in test names; {@code docs/rules.md} lists the same rules.
 */
public enum Rule {
    /** The version file is the single source of truth. */
    R_V1("R-V1", "The version file (version.txt, one line X.Y.Z, path configurable) is the single source of truth."),
    /** Prepare picks the version. */
    R_V2("R-V2", "Prepare picks the version: an explicit one (valid X.Y.Z, greater than the current), else the current "
            + "version incremented (minor by default)."),
    /** No step after prepare increments again. */
    R_V3("R-V3", "No step after prepare increments again: the version chosen at prepare is the tag, the file and what "
            + "ships; a re-run resumes or says what exists."),
    /** Hotfix increments the patch. */
    R_V4("R-V4", "A hotfix starts from the production branch or tag and increments the patch unless a version is given."),
    /** Staging versions. */
    R_V5("R-V5", "Staging builds get X.Y.Z-rc.<epoch seconds>, which sorts before X.Y.Z; a release branch and its "
            + "version file agree."),
    /** Branch names. */
    R_B1("R-B1", "Branch names are release/vX.Y.Z, hotfix/vX.Y.Z and backport/vX.Y.Z-to-develop, valid git ref names."),
    /** Feature cutoff. */
    R_B2("R-B2", "Feature cutoff: the release branch is a snapshot of the development branch at prepare time; later "
            + "commits belong to the next release."),
    /** Changelog of a release. */
    R_C1("R-C1", "A release's changelog holds the commits since the previous release tag, grouped by type, breaking "
            + "changes first, prepended to CHANGELOG.md once per version."),
    /** Prepare commits, tags and pushes together. */
    R_T1("R-T1", "Prepare commits the version file and changelog on the release branch, creates the annotated tag before "
            + "any pull request, and pushes branch and tag together."),
    /** Tag and version consistency before deploying. */
    R_T2("R-T2", "Before deploying, the tag has the configured format, names the requested version, and the version "
            + "file at the tag holds it; every failed check is listed."),
    /** Post-merge triggers production once. */
    R_T3("R-T3", "Only a merged pull request into the production branch from release/* or hotfix/* triggers production, "
            + "for an existing tag that contains what was merged, exactly once per version."),
    /** Backports skip staging. */
    R_S1("R-S1", "A push whose head commit message contains \"backport\" (any case) does not deploy to staging."),
    /** Merge methods and auto-merge. */
    R_M1("R-M1", "Release and hotfix pull requests are never auto-merged and are merged with a merge commit; backports "
            + "and minor/patch dependency updates may auto-merge once checks pass."),
    /** Labels. */
    R_L1("R-L1", "The flow relies on the labels release, automated, backport, auto-merge, hotfix and priority:critical."),
    /** Events. */
    R_N1("R-N1", "Every step of the release emits its typed event (prepared, cutoff, staging, production, validation "
            + "failed, backport, hotfix)."),
    /** Time targets. */
    R_TL("R-TL", "A regular release completes within 8 h of prepare, a hotfix within 2 h; the library tells when one is "
            + "late."),
    /** Links on events, urgent everywhere. */
    R_N2("R-N2", "Events carry links where known (pull request, run, release, comparison); channels show our "
            + "links as links and user text as text, and mark urgent events on every channel."),
    /** Hotfix approvals before production. */
    R_HF2("R-HF2", "A hotfix goes to production only with the approval of a tech lead and of the on-call engineer, "
            + "read from the pull request's reviews."),
    /** Merge readiness of a release pull request. */
    R_MR("R-MR", "A release pull request is ready to merge only when QA approved it, its checks passed, it has no "
            + "conflicts and staging was validated; what is missing is listed."),
    /** The code-host release. */
    R_GR("R-GR", "When production succeeds the code host gets one release for the tag with the version's "
            + "changelog section; an existing one is kept."),
    /** Release types. */
    R_RT1("R-RT1", "Release types (regular, hotfix, major) have schedules, windows and approvers, all configurable."),
    /** Release trains. */
    R_RT2("R-RT2", "A release is drafted for a train: its id's date is the train's date and its schedule the "
            + "train's slot; the calendar lists the upcoming trains with their feature freeze and deployment "
            + "window."),
    /** Deployment windows. */
    R_WN1("R-WN1", "A deployment runs only inside its release type's window from the scheduled time (a hotfix's "
            + "opens when it starts); outside it, it is refused unless an override with who and why is "
            + "recorded in the manifest."),
    /** Feature freeze. */
    R_FZ1("R-FZ1", "After a release's feature freeze, a new feature or breaking change for it is refused unless an "
            + "override with who and why is recorded in the manifest."),
    /** Hotfix manifests. */
    R_HF1("R-HF1", "A hotfix manifest patch-bumps a single component whatever its commits say, skips team "
            + "sign-offs, and carries the Tech Lead and On-call approvers its author names."),
    /** Required checklist. */
    R_CL1("R-CL1", "A new manifest carries the required pre-release checklist, with the database migrations review "
            + "when a changed path matches the migrations pattern; release-day items are due at times relative "
            + "to the release start."),
    /** Manifests. */
    R_MF1("R-MF1", "A release manifest is read and written without loss, with ids like rel-2024-01-15-001 and a status "
            + "machine that refuses any other move."),
    /** Unchanged components. */
    R_MF2("R-MF2", "A component with no changes keeps its version and needs no sign-off."),
    /** Components from changed paths. */
    R_MF3("R-MF3", "Components are detected from the paths changed since the last release tag through a path map."),
    /** Sign-offs. */
    R_SO1("R-SO1", "A sign-off is /approve or /reject <reason> from someone allowed to sign for that component; a "
            + "rejection blocks until withdrawn; quoted commands do not count."),
    /** Readiness. */
    R_SO2("R-SO2", "A release is ready only when every required sign-off, checklist item and role approval is in; "
            + "otherwise exactly what is missing is listed."),
    /** Checklists. */
    R_SO3("R-SO3", "Role checklists and the pre-release and release-day checklists are data a manifest is seeded with."),
    /** Deployment. */
    R_D1("R-D1", "Deployment needs an approved release, is a dry run by default, and deploys components one by one, "
            + "stopping at the first failure."),
    /** Rollback. */
    R_D2("R-D2", "Rollback is allowed from deploying or deployed, is recorded with who and why, and notifies urgently."),
    /** Dashboard. */
    R_DB("R-DB", "The dashboard is Markdown: status, schedule, components, checklist counts, approvals and enabled "
            + "actions."),
    /** Sign-off requests. */
    R_SR("R-SR", "One sign-off request per component that needs it, created through the hosting port only when missing."),
    /** Chat commands. */
    R_CO("R-CO", "Chat commands /release create|status|signoff|approve|deploy|rollback check the caller's role and "
            + "answer with text; bad commands get usage."),
    /** Branch cleanup. */
    R_BC("R-BC", "A release or hotfix branch may be deleted only after deploy and a merged backport, while its tag "
            + "exists."),
    /** Notification routing. */
    R_NT("R-NT", "Notification routing is data: event → channel → message template, with an optional priority.");

    private final String id;
    private final String statement;

    Rule(String id, String statement) {
        this.id = id;
        this.statement = statement;
    }

    /**
     * The id as messages and documents write it, such as {@code R-T3}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The rule in one sentence.
     *
     * @return the statement
     */
    public String statement() {
        return statement;
    }

    /**
     * The rule with an id.
     *
     * @param id such as {@code R-T3}
     * @return the rule
     * @throws InvalidInputException when no rule has that id
     */
    public static Rule of(String id) {
        for (Rule rule : values()) {
            if (rule.id.equals(id)) {
                return rule;
            }
        }
        throw new InvalidInputException("rule id", String.valueOf(id), "a rule id of the catalogue, such as R-T3");
    }

    @Override
    public String toString() {
        return id;
    }
}
