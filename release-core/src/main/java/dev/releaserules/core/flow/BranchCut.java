package dev.releaserules.core.flow;

import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.commit.BumpRecommendation;
import dev.releaserules.core.commit.BumpRules;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.event.EventType;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.Hosting;
import dev.releaserules.core.spi.NewPullRequest;
import dev.releaserules.core.spi.PullRequest;
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
 * Cuts a release or hotfix branch: the one engine behind prepare and hotfix. It plans first, then
 * applies; a re-run after an interruption resumes from what exists and never tags or increments twice.
 */
final class BranchCut {
    private final FlowContext ctx;
    private final BranchKind kind;
    private final String source;
    private final VersionRequest request;
    private final boolean dryRun;
    private final boolean allowDirty;
    private final BumpRules bumpRules;
    private @org.jspecify.annotations.Nullable CommitRange lastRange;
    private List<Commit> lastCommits = List.of();

    /**
     * @param bumpRules when not null, the version is the one the commits since the previous release
     *     call for (and {@code request} is ignored)
     */
    BranchCut(FlowContext ctx, BranchKind kind, String source, VersionRequest request, boolean dryRun,
            boolean allowDirty, BumpRules bumpRules) {
        this.ctx = ctx;
        this.kind = kind;
        this.source = source;
        this.request = request;
        this.dryRun = dryRun;
        this.allowDirty = allowDirty;
        this.bumpRules = bumpRules;
    }

    PreparedRelease run() {
        ctx.requireFullHistory();
        ctx.requireClean(allowDirty);
        if (!dryRun) {
            ctx.hosting();
        }
        String sourceCommit = ctx.repository.requireCommit(source);
        Version current = ctx.versionAt(source);
        ReleaseStep step = kind == BranchKind.HOTFIX ? ReleaseStep.HOTFIX : ReleaseStep.PREPARE;
        VersionChoice choice = bumpRules == null ? NextVersion.choose(step, current, request)
                : recommended(step, current, sourceCommit);
        Version version = choice.chosen();
        String tag = RefNames.requireValid(ctx.rules.tagFormat().format(version));
        String branch = kind == BranchKind.HOTFIX ? ctx.rules.branchNames().hotfix(version)
                : ctx.rules.branchNames().release(version);
        Instant now = ctx.clock.instant();
        Instant expected = ctx.rules.targets().expectedCompletion(kind, now);

        State state = inspect(version, tag, branch, sourceCommit);
        String cutoff = state.cutoffCommit;

        String notes = "";
        Map<String, String> files = new LinkedHashMap<>();
        files.put(ctx.rules.versionFile().path(), ctx.rules.versionFile().format(version));
        if (kind == BranchKind.RELEASE && state.needsCommit) {
            Optional<ReleaseTag> previous = ctx.previousRelease(version);
            List<Commit> commits = commitsSince(previous, cutoff);
            String existing = ctx.repository.readFile(cutoff, ctx.rules.changelogPath()).orElse(null);
            ChangelogStep.Result changelog = ChangelogStep.render(ctx.rules, version, previous, commits, existing,
                    LocalDate.ofInstant(now, ZoneOffset.UTC));
            notes = changelog.releaseNotes();
            files.put(ctx.rules.changelogPath(), changelog.fileContent());
        }
        String message = "chore(release): " + (kind == BranchKind.HOTFIX ? "hotfix " : "prepare ") + tag
                + "\n\nRelease-Cutoff: " + cutoff + "\n";
        PullRequestTemplates templates = ctx.rules.pullRequests();
        Map<String, String> values = PullRequestTemplates.releaseValues(tag, version, branch, source,
                ctx.rules.mainBranch(), ctx.rules.developBranch(), cutoff, now, expected,
                ctx.rules.targets().target(kind).toHours(),
                ctx.rules.tagFormat().format(version.next(dev.releaserules.core.version.Increment.MINOR)), notes);
        String prTitle = templates.render(kind == BranchKind.HOTFIX ? PullRequestTemplates.Template.HOTFIX_TITLE
                : PullRequestTemplates.Template.RELEASE_TITLE, values);
        String prBody = templates.render(kind == BranchKind.HOTFIX ? PullRequestTemplates.Template.HOTFIX_BODY
                : PullRequestTemplates.Template.RELEASE_BODY, values);
        Set<String> labels = kind == BranchKind.HOTFIX
                ? Set.of(Labels.HOTFIX, Labels.PRIORITY_CRITICAL, Labels.AUTOMATED)
                : Set.of(Labels.RELEASE, Labels.AUTOMATED);
        String main = ctx.rules.mainBranch();
        String cutoffRef = ctx.rules.cutoffRef(tag);
        List<String> pushed = List.of(FlowContext.headsRef(branch), FlowContext.tagsRef(tag), cutoffRef);

        List<PlannedAction> plan = new ArrayList<>();
        if (state.needsBranch) {
            plan.add(new PlannedAction.CreateBranch(branch, cutoff));
        }
        if (state.needsCutoffRef) {
            plan.add(new PlannedAction.CreateRef(cutoffRef, cutoff));
        }
        if (state.needsCommit) {
            plan.add(new PlannedAction.CommitFiles(branch, List.copyOf(files.keySet()), message));
        }
        if (state.needsTag) {
            plan.add(new PlannedAction.CreateTag(tag, branch));
        }
        if (state.needsPush) {
            plan.add(new PlannedAction.Push(ctx.rules.remote(), pushed, true));
        }
        plan.add(new PlannedAction.OpenPullRequest(prTitle, branch, main, labels));
        if (kind == BranchKind.HOTFIX) {
            plan.add(new PlannedAction.Emit(EventType.HOTFIX_CREATED));
        } else {
            plan.add(new PlannedAction.Emit(EventType.RELEASE_PREPARED));
            plan.add(new PlannedAction.Emit(EventType.FEATURE_CUTOFF));
        }
        Plan thePlan = new Plan(plan);
        if (dryRun) {
            return new PreparedRelease(kind, choice, branch, tag, cutoff, "", 0, expected, notes, thePlan, true,
                    state.resumed);
        }

        if (state.needsBranch) {
            ctx.repository.createBranch(branch, cutoff);
        }
        if (state.needsCutoffRef) {
            ctx.repository.createRef(cutoffRef, cutoff);
        }
        // A fresh runner resuming after the push has the branch only as a remote-tracking ref.
        String releaseCommit = state.needsCommit
                ? ctx.repository.commit(branch, files, message, ctx.identity, now)
                : state.branchHead.isEmpty() ? ctx.repository.requireCommit(FlowContext.headsRef(branch))
                : state.branchHead;
        if (state.needsTag) {
            ctx.repository.createTag(tag, releaseCommit, "Release " + tag + "\n\nRelease-Cutoff: " + cutoff + "\n",
                    ctx.identity, now);
        }
        if (state.needsPush) {
            ctx.repository.push(ctx.rules.remote(), pushed, true);
        }
        PullRequest pr = ctx.hosting().openPullRequest(new NewPullRequest(prTitle, prBody, branch, main, labels));
        if (kind == BranchKind.HOTFIX) {
            ctx.emit(new ReleaseEvent.HotfixCreated(version, tag, branch, pr.number(), now));
        } else {
            ctx.emit(new ReleaseEvent.ReleasePrepared(version, tag, branch, pr.number(), expected, now));
            ctx.emit(new ReleaseEvent.FeatureCutoff(version, branch, cutoff, now));
        }
        return new PreparedRelease(kind, choice, branch, tag, cutoff, releaseCommit, pr.number(), expected, notes,
                thePlan, false, state.resumed);
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
        Optional<ReleaseTag> previous = ctx.previousRelease(current.next(dev.releaserules.core.version.Increment.PATCH));
        List<Commit> commits = commitsSince(previous, sourceCommit);
        BumpRecommendation recommendation = bumpRules.recommend(current, commits);
        if (recommendation.increment().isEmpty()) {
            throw new RuleViolationException("R-V2", recommendation.explain());
        }
        VersionChoice choice = NextVersion.choose(step, current, VersionRequest.increment(recommendation.increment().get()));
        return new VersionChoice(step, current, choice.chosen(), recommendation.explain());
    }

    /** What already exists of this release, locally and on the remote, and so what is left to do. */
    private State inspect(Version version, String tag, String branch, String sourceCommit) {
        Map<String, String> remote = ctx.repository.remoteRefs(ctx.rules.remote());
        boolean remoteTag = remote.containsKey(FlowContext.tagsRef(tag));
        boolean remoteBranch = remote.containsKey(FlowContext.headsRef(branch));
        Optional<String> localTag = ctx.repository.findCommit(FlowContext.tagsRef(tag));
        Optional<String> localBranch = ctx.repository.findCommit(FlowContext.headsRef(branch));
        Optional<String> localCutoff = ctx.repository.findCommit(ctx.rules.cutoffRef(tag));

        if (remoteTag && remoteBranch) {
            Optional<Hosting> hosting = ctx.findHosting();
            boolean hasPullRequest = hosting.isEmpty()
                    || hosting.get().findOpenPullRequest(branch, ctx.rules.mainBranch()).isPresent()
                    || !hosting.get().pullRequestsFrom(branch).isEmpty();
            if (hasPullRequest) {
                throw new RuleViolationException("R-V3", FlowMessages.alreadyPrepared(version,
                        "tag " + tag + " and branch " + branch + " exist on " + ctx.rules.remote()
                                + (hosting.isPresent() ? " and its pull request was opened" : "")));
            }
            String cutoff = localCutoff.or(() -> Optional.ofNullable(remote.get(ctx.rules.cutoffRef(tag))))
                    .orElse(sourceCommit);
            String head = remote.get(FlowContext.headsRef(branch));
            return new State(cutoff, false, false, false, false, false, true, head);
        }
        if (remoteTag || remoteBranch) {
            throw new RuleViolationException("R-T1", FlowMessages.partiallyPublished(version,
                    (remoteTag ? "tag " + tag : "branch " + branch) + " exists on " + ctx.rules.remote() + ", "
                            + (remoteTag ? "branch " + branch : "tag " + tag) + " does not"));
        }
        if (localBranch.isEmpty() && localTag.isEmpty()) {
            return new State(sourceCommit, true, localCutoff.isEmpty(), true, true, true, false, "");
        }
        // An earlier run stopped before its push went through: finish it, checking it is the same release.
        if (localBranch.isEmpty()) {
            throw new RuleViolationException("R-V3", FlowMessages.localMismatch(version,
                    "tag " + tag + " exists but branch " + branch + " does not"));
        }
        String cutoff = localCutoff.orElse(sourceCommit);
        String head = localBranch.get();
        boolean committed = ctx.repository.readFile(head, ctx.rules.versionFile().path())
                .map(content -> content.strip().equals(version.toString())).orElse(false);
        if (!committed && !head.equals(cutoff)) {
            throw new RuleViolationException("R-V3", FlowMessages.localMismatch(version,
                    "branch " + branch + " neither starts at the cutoff nor carries version " + version));
        }
        if (localTag.isPresent() && (!committed || !localTag.get().equals(head))) {
            throw new RuleViolationException("R-V3", FlowMessages.localMismatch(version,
                    "tag " + tag + " does not point at the head of " + branch));
        }
        return new State(cutoff, false, localCutoff.isEmpty(), !committed, localTag.isEmpty(), true, true, head);
    }

    /** @param branchHead the release branch's commit when it exists (locally or only on the remote), else empty */
    private record State(String cutoffCommit, boolean needsBranch, boolean needsCutoffRef, boolean needsCommit,
            boolean needsTag, boolean needsPush, boolean resumed, String branchHead) {
    }
}
