package dev.releaserules.core.flow;

import dev.releaserules.core.Rule;
import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.commit.BumpRecommendation;
import dev.releaserules.core.commit.BumpRules;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.Hosting;
import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.version.Increment;
import dev.releaserules.core.version.NextVersion;
import dev.releaserules.core.version.ReleaseStep;
import dev.releaserules.core.version.ReleaseTag;
import dev.releaserules.core.version.Version;
import dev.releaserules.core.version.VersionChoice;
import dev.releaserules.core.version.VersionRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts a release or hotfix branch: the one engine behind prepare and hotfix. It gathers the facts
 * ({@link CutFacts}), decides what is left to do ({@link CutProgress}), writes the {@link Plan} and
 * hands it to the {@link PlanExecutor}; a dry run returns the same plan unexecuted.
 */
final class BranchCut {
    private final FlowContext ctx;
    private final BranchKind kind;
    private final String source;
    private final VersionRequest request;
    private final boolean dryRun;
    private final boolean allowDirty;
    private final BumpRules bumpRules;
    private final String description;
    private @org.jspecify.annotations.Nullable CommitRange lastRange;
    private List<Commit> lastCommits = List.of();

    /**
     * @param bumpRules when not null, the version is the one the commits since the previous release
     *     call for (and {@code request} is ignored)
     */
    BranchCut(FlowContext ctx, BranchKind kind, String source, VersionRequest request, boolean dryRun,
            boolean allowDirty, BumpRules bumpRules, String description) {
        this.ctx = ctx;
        this.kind = kind;
        this.source = source;
        this.request = request;
        this.dryRun = dryRun;
        this.allowDirty = allowDirty;
        this.bumpRules = bumpRules;
        this.description = description;
    }

    PreparedRelease run() {
        ctx.requireFullHistory();
        ctx.requireClean(allowDirty);
        if (!dryRun) {
            ctx.hosting();
        }
        String sourceCommit = ctx.requireRevisionCommit(source);
        Version current = ctx.versionAt(sourceCommit, source);
        ReleaseStep step = kind == BranchKind.HOTFIX ? ReleaseStep.HOTFIX : ReleaseStep.PREPARE;
        VersionChoice choice = bumpRules == null ? NextVersion.choose(step, current, request)
                : recommended(step, current, sourceCommit);
        Version version = choice.chosen();
        String tag = RefNames.requireValid(ctx.rules.tagFormat().format(version));
        String branch = kind == BranchKind.HOTFIX ? ctx.rules.branchNames().hotfix(version)
                : ctx.rules.branchNames().release(version);
        Instant now = ctx.clock.instant();
        Instant expected = ctx.rules.targets().expectedCompletion(kind, now);

        Map<RefName, String> remote = ctx.repository.remoteRefs(ctx.rules.remote());
        CutProgress progress = CutProgress.decide(facts(version, tag, branch, sourceCommit, remote));
        if (progress.needs(CutProgress.Step.CREATE_BRANCH)) {
            freshness(sourceCommit, remote).requireFresh();
        }
        String cutoff = progress.cutoffCommit();
        String notes = "";
        Map<String, String> files = new LinkedHashMap<>();
        files.put(ctx.rules.versionFile().path(), ctx.rules.versionFile().format(version));
        if (kind == BranchKind.RELEASE && progress.needs(CutProgress.Step.COMMIT)) {
            Optional<ReleaseTag> previous = ctx.previousRelease(version);
            List<Commit> commits = commitsSince(previous, cutoff);
            String existing = ctx.repository.readFile(cutoff, ctx.rules.changelogPath()).orElse(null);
            ChangelogStep.Result changelog = ChangelogStep.render(ctx.rules, version, previous, commits, existing,
                    LocalDate.ofInstant(now, ZoneOffset.UTC));
            notes = changelog.releaseNotes();
            files.put(ctx.rules.changelogPath(), changelog.fileContent());
        }
        Plan plan = plan(version, tag, branch, progress, files, notes, now, expected);
        if (dryRun) {
            return result(choice, branch, tag, cutoff, "", 0, expected, notes, plan, progress);
        }
        PlanExecutor.Execution done = new PlanExecutor(ctx).run(plan);
        String releaseCommit = done.commitOn(branch).orElseGet(() -> progress.branchHead().isEmpty()
                ? ctx.repository.requireCommit(RefName.branch(branch).name()) : progress.branchHead());
        return result(choice, branch, tag, cutoff, releaseCommit, done.pullRequest(), expected, notes, plan, progress);
    }

    private PreparedRelease result(VersionChoice choice, String branch, String tag, String cutoff, String releaseCommit,
            int pullRequest, Instant expected, String notes, Plan plan, CutProgress progress) {
        return new PreparedRelease(kind, choice, branch, tag, cutoff, releaseCommit, pullRequest, expected, notes, plan,
                dryRun, progress.resumed());
    }

    /** Every step still to do, in order, with everything each needs. */
    private Plan plan(Version version, String tag, String branch, CutProgress progress, Map<String, String> files,
            String notes, Instant now, Instant expected) {
        String cutoff = progress.cutoffCommit();
        String main = ctx.rules.mainBranch();
        RefName cutoffRef = ctx.rules.cutoffRef(tag);
        String message = "chore(release): " + (kind == BranchKind.HOTFIX ? "hotfix " : "prepare ") + tag
                + "\n\nRelease-Cutoff: " + cutoff + "\n";
        PullRequestTemplates templates = ctx.rules.pullRequests();
        Map<String, String> values = PullRequestTemplates.releaseValues(tag, version, branch, source, main,
                ctx.rules.developBranch(), cutoff, now, expected, ctx.rules.targets().target(kind).toHours(),
                ctx.rules.tagFormat().format(version.next(Increment.MINOR)), notes, description);
        boolean hotfix = kind == BranchKind.HOTFIX;
        String prTitle = templates.render(hotfix ? PullRequestTemplates.Template.HOTFIX_TITLE
                : PullRequestTemplates.Template.RELEASE_TITLE, values);
        String prBody = templates.render(hotfix ? PullRequestTemplates.Template.HOTFIX_BODY
                : PullRequestTemplates.Template.RELEASE_BODY, values);
        Set<String> labels = hotfix ? Set.of(Labels.HOTFIX, Labels.PRIORITY_CRITICAL, Labels.AUTOMATED)
                : Set.of(Labels.RELEASE, Labels.AUTOMATED);

        List<PlannedAction> actions = new ArrayList<>();
        if (progress.needs(CutProgress.Step.CREATE_BRANCH)) {
            actions.add(new PlannedAction.CreateBranch(branch, cutoff));
        }
        if (progress.needs(CutProgress.Step.RECORD_CUTOFF)) {
            actions.add(new PlannedAction.CreateRef(cutoffRef, cutoff));
        }
        if (progress.needs(CutProgress.Step.COMMIT)) {
            actions.add(new PlannedAction.CommitFiles(branch, files, message));
        }
        if (progress.needs(CutProgress.Step.TAG)) {
            actions.add(new PlannedAction.CreateTag(tag, progress.needs(CutProgress.Step.COMMIT) ? branch
                    : progress.branchHead(), "Release " + tag + "\n\nRelease-Cutoff: " + cutoff + "\n"));
        }
        if (progress.needs(CutProgress.Step.PUSH)) {
            actions.add(new PlannedAction.Push(ctx.rules.remote(), List.of(
                    PlannedAction.PushedRef.create(RefName.branch(branch)),
                    PlannedAction.PushedRef.create(RefName.tag(tag)),
                    PlannedAction.PushedRef.create(cutoffRef))));
        }
        actions.add(new PlannedAction.OpenPullRequest(prTitle, prBody, branch, main, labels));
        if (hotfix) {
            actions.add(new PlannedAction.Emit(new ReleaseEvent.HotfixCreated(version, tag, branch, 0, "", description,
                    now)));
        } else {
            String compare = ctx.rules.links().compare(ctx.previousRelease(version).map(t -> t.name()).orElse(""), tag);
            actions.add(new PlannedAction.Emit(new ReleaseEvent.ReleasePrepared(version, tag, branch, 0, expected,
                    dev.releaserules.core.event.Links.NONE.withCompare(compare), now)));
            actions.add(new PlannedAction.Emit(new ReleaseEvent.FeatureCutoff(version, branch, cutoff, now)));
        }
        return new Plan(actions);
    }

    /** How the commit cut from compares with the remote's branch of the same name (R-B2). */
    private SourceFreshness freshness(String sourceCommit, Map<RefName, String> remote) {
        String name = RefName.shortBranchName(source);
        Optional<String> onRemote = RefNames.isValid(name) && !source.startsWith("refs/tags/")
                && ctx.repository.findCommit(RefName.tag(name).name()).isEmpty()
                ? Optional.ofNullable(remote.get(RefName.branch(name)))
                : Optional.empty();
        boolean fetched = onRemote.flatMap(ctx.repository::findCommit).isPresent();
        return new SourceFreshness(name, ctx.rules.remote(), sourceCommit, onRemote, fetched,
                fetched && ctx.repository.isAncestor(sourceCommit, onRemote.get()),
                fetched && ctx.repository.isAncestor(onRemote.get(), sourceCommit));
    }

    /** What exists of this release, locally, on the remote and on the host. */
    private CutFacts facts(Version version, String tag, String branch, String sourceCommit,
            Map<RefName, String> remote) {
        String remoteName = ctx.rules.remote();
        RefName branchRef = RefName.branch(branch);
        RefName cutoffRef = ctx.rules.cutoffRef(tag);
        Optional<String> localBranch = ctx.repository.findCommit(branchRef.name());
        Optional<String> remoteBranch = Optional.ofNullable(remote.get(branchRef));
        boolean remoteTag = remote.containsKey(RefName.tag(tag));
        Optional<String> versionFile = localBranch.flatMap(head ->
                ctx.repository.readFile(head, ctx.rules.versionFile().path()));
        Optional<Boolean> opened = Optional.empty();
        if (remoteTag && remoteBranch.isPresent()) {
            opened = ctx.findHosting().map(host -> host.findOpenPullRequest(branch, ctx.rules.mainBranch()).isPresent()
                    || !host.pullRequestsFrom(branch).isEmpty());
        }
        return new CutFacts(version, tag, branch, remoteName, sourceCommit, localBranch,
                ctx.repository.findCommit(RefName.tag(tag).name()), ctx.repository.findCommit(cutoffRef.name()),
                versionFile, remoteBranch, remoteTag, Optional.ofNullable(remote.get(cutoffRef)), opened);
    }

    /**
     * The commits from a previous release (or the root) up to a commit. The recommendation and the
     * changelog usually ask for the same range, so the last walk is kept rather than made twice.
     */
    private List<Commit> commitsSince(Optional<ReleaseTag> previous, String until) {
        CommitRange range = previous.map(p -> CommitRange.between(p.name(), until)).orElse(CommitRange.upTo(until));
        if (!range.equals(lastRange)) {
            lastCommits = ctx.repository.log(range);
            lastRange = range;
        }
        return lastCommits;
    }

    /** The version the commits since the previous release call for (R-V2 "recommended"), with why. */
    private VersionChoice recommended(ReleaseStep step, Version current, String sourceCommit) {
        Optional<ReleaseTag> previous = ctx.previousRelease(current.next(Increment.PATCH));
        List<Commit> commits = commitsSince(previous, sourceCommit);
        BumpRecommendation recommendation = bumpRules.recommend(current, commits);
        if (recommendation.increment().isEmpty()) {
            throw new RuleViolationException(Rule.R_V2, recommendation.explain());
        }
        VersionChoice choice = NextVersion.choose(step, current, VersionRequest.increment(recommendation.increment().get()));
        return new VersionChoice(step, current, choice.chosen(), recommendation.explain());
    }
}
