///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS dev.releaserules:release-bom:0.1.0-SNAPSHOT@pom
//DEPS dev.releaserules:release-core
//DEPS dev.releaserules:release-git
//DEPS dev.releaserules:release-notify
//DEPS dev.releaserules:release-testkit
//DEPS info.picocli:picocli:4.7.7
//DEPS org.slf4j:slf4j-simple:2.0.19
//SOURCES support/ScriptCli.java

import dev.releaserules.core.commit.BumpRecommendation;
import dev.releaserules.core.commit.BumpRules;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.flow.BackportResult;
import dev.releaserules.core.flow.CutoffReport;
import dev.releaserules.core.flow.PostMergeDecision;
import dev.releaserules.core.flow.ProductionOutcome;
import dev.releaserules.core.flow.QuickReleaseRules;
import dev.releaserules.core.hosting.HotfixApprovers;
import dev.releaserules.core.spi.Review;
import dev.releaserules.core.flow.PreparedRelease;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.flow.StagingDecision;
import dev.releaserules.core.flow.UnshippedCommits;
import dev.releaserules.core.chatops.CollectReport;
import dev.releaserules.core.chatops.SignOffRequests;
import dev.releaserules.core.manifest.Checklist;
import dev.releaserules.core.manifest.ChecklistItem;
import dev.releaserules.core.manifest.ComponentRule;
import dev.releaserules.core.manifest.Dashboard;
import dev.releaserules.core.manifest.ManifestDraft;
import dev.releaserules.core.manifest.ManifestUpdate;
import dev.releaserules.core.manifest.ManifestVersion;
import dev.releaserules.core.manifest.Readiness;
import dev.releaserules.core.manifest.ReleaseDesk;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.ReleaseStatus;
import dev.releaserules.core.manifest.ReleaseTrains;
import dev.releaserules.core.manifest.ReleaseType;
import dev.releaserules.core.spi.CommitChange;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.Deployer;
import dev.releaserules.core.spi.Issue;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.validation.ConsistencyReport;
import dev.releaserules.core.version.Version;
import dev.releaserules.git.GitRepositories;
import dev.releaserules.notify.Environment;
import dev.releaserules.notify.HttpTransport;
import dev.releaserules.notify.Notifications;
import dev.releaserules.notify.Outbox;
import dev.releaserules.testkit.git.TempGitRepository;
import dev.releaserules.testkit.git.TestIdentities;
import dev.releaserules.testkit.git.TickingClock;
import dev.releaserules.testkit.hosting.InMemoryHosting;
import dev.releaserules.testkit.hosting.WorkflowTrigger;

import dev.releaserules.core.RuleViolationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.Callable;

/**
 * The guided tour: one release of a small product, from the feature cutoff to a hotfix, in a
 * throw-away git repository with a bare origin and an in-memory code host.
 */
@Command(name = "demo", sortOptions = false, usageHelpWidth = 100,
        header = "demo — a guided tour of Release Rules on a throw-away repository",
        description = {
            "Creates a temporary git repository with a bare origin and a realistic history (three",
            "components, features, fixes, an earlier breaking change), then walks one release:",
            "prepare 2.3.0 with a feature cutoff (dry run, then for real), the changelog, a feature",
            "landing after the cutoff, staging, validation (passing and failing), the release pull",
            "request merged and production triggered exactly once, the backport, and hotfix 2.3.1.",
            "Then the next scheduled release as a YAML manifest: drafted from the changed paths,",
            "signed off by each team on its issue, approved, deployed component by component, with",
            "the dashboard. Notifications are printed by release-notify's console notifier.",
            "",
            "The code host is release-testkit's InMemoryHosting: pull requests, merges and workflow",
            "triggers happen in memory, git is real.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the tour ran to its end", "1:a step of the tour failed (a defect: please report it)",
            "2:bad arguments (--keep names an existing directory, --notifications a missing or invalid file)"})
class demo implements Callable<Integer> {
    @Option(names = "--keep", paramLabel = "DIR", description = {
            "copy the finished repository (DIR/work and its origin DIR/origin.git) to DIR, which must not",
            "exist, to explore it or run the other examples against it"})
    Path keep;

    @Option(names = "--notifications", paramLabel = "FILE", description = {
            "route the events with your own routing YAML (real channels, secrets as $${env:NAME}) instead of",
            "the console one the demo writes"})
    Path notifications;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Spec
    CommandSpec spec;
    static final String ROUTING = """
            # Routing as data (rule R-NT): which event goes to which channel, with which message.
            # Swap `type: console` for slack, telegram, webhook or discord to post for real.
            channels:
              '#releases':
                type: console
              '#on-call':
                type: console
            notifications:
              - event: release_prepared
                channel: '#releases'
              - event: feature_cutoff
                channel: '#releases'
              - event: staging_deployed
                channel: '#releases'
              - event: validation_failed
                channel: '#on-call'
                priority: urgent
              - event: production_triggered
                channel: '#releases'
              - event: production_succeeded
                channel: '#releases'
              - event: release_completed
                channel: '#releases'
              - event: backport_created
                channel: '#releases'
              - event: hotfix_created
                channel: '#releases'
              - event: hotfix_created
                channel: '#on-call'
                message: 'Hotfix {version} is being cut on {branch}: reviewers needed on PR #{pull_request}'
              - event: release_created
                channel: '#releases'
              - event: signoff_pending
                channel: '#releases'
              - event: signoff_received
                channel: '#releases'
              - event: signoff_rejected
                channel: '#releases'
                priority: urgent
              - event: status_changed
                channel: '#releases'
              - event: deployment_completed
                channel: '#releases'
              - event: deployment_failed
                channel: '#on-call'
                priority: urgent
            """;

    private static int stepNumber;

    public static void main(String[] args) {
        ScriptCli.main(new demo(), args);
    }

    @Override
    public Integer call() throws IOException {
        if (keep != null && Files.exists(keep)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--keep " + keep + ": the directory exists already; name a new one");
        }
        if (notifications != null && !Files.isRegularFile(notifications)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--notifications " + notifications + ": no such file");
        }
        tour(keep, notifications);
        return 0;
    }

    private final TickingClock clock = TickingClock.startingAt(Instant.parse("2025-03-03T09:00:00Z"),
            Duration.ofMinutes(7));
    private final InMemoryHosting hosting = new InMemoryHosting();

    void tour(Path keep, Path routingFile) throws IOException {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        intro();
        try (TempGitRepository repo = TempGitRepository.builder().clock(clock).author(TestIdentities.DEVELOPER)
                .build()) {
            Path routing = routingFile;
            if (routing == null) {
                routing = repo.directory().resolve("notifications.yaml");
                Files.writeString(routing, ROUTING);
            }
            try (Notifications notifications = Notifications.load(routing, Environment.system(),
                    HttpTransport.defaults(), Notifications.builder().executor(Runnable::run));
                 SourceRepository git = GitRepositories.wrap(repo.repository())) {
                // Deliveries run on the calling thread here, so each notification prints right after
                // the step that caused it; a real tool keeps the default background pool.
                Outbox outbox = Outbox.inMemory(notifications);
                story(repo, git, outbox, routingFile == null ? ROUTING : null);
                summary(repo, outbox);
            }
            if (keep != null) {
                keepCopy(repo, keep);
            }
        }
    }

    private void story(TempGitRepository repo, SourceRepository git, Outbox outbox, String routingText) {
        history(repo);
        notificationsIntro(routingText);
        // A hotfix goes to production only with the tech lead's and the on-call engineer's approval (R-HF2).
        QuickReleaseRules rules = QuickReleaseRules.builder()
                .hotfixApprovers(HotfixApprovers.of(Set.of("@tech-lead"), Set.of("@on-call"))).build();
        ReleaseFlow flow = ReleaseFlow.builder().repository(git).hosting(hosting).listener(outbox).rules(rules)
                .identity(TestIdentities.RELEASE_BOT).clock(clock).build();

        // ── Prepare: dry run, then for real ──
        step("Prepare 2.3.0 — first a dry run");
        say("""
                `prepare` cuts the release from develop. The version comes from the commits since the
                last release tag (feature → minor, fix → patch, breaking → major). A dry run reads the
                repository, prints the plan and changes nothing.""");
        Map<String, String> refsBefore = repo.refs();
        PreparedRelease plan = flow.prepare().recommendedBy(BumpRules.defaults()).dryRun(true).call();
        show("version", plan.choice().current() + " → " + plan.version());
        show("why", plan.choice().reason());
        show("branch / tag", plan.branch() + " / " + plan.tag());
        show("feature cutoff", "develop at " + shortId(plan.cutoffCommit()) + " — the release is a snapshot of it");
        show("expected in production", plan.expectedCompletion().toString());
        System.out.println("  plan:");
        indent(plan.plan().describe(), "    ");
        show("refs changed by the dry run", repo.refs().equals(refsBefore) ? "none" : "SOME (unexpected)");

        step("Prepare 2.3.0 — for real");
        say("""
                The same command without the dry run: branch, version commit, changelog and annotated
                tag go to origin in ONE atomic push (all or nothing), then the release pull request is
                opened. The flow never touches the work tree.""");
        clock.tick();
        PreparedRelease prepared = flow.prepare().recommendedBy(BumpRules.defaults()).call();
        PullRequest releasePr = hosting.findPullRequest(prepared.pullRequest()).orElseThrow();
        show("pushed to origin", String.join(", ", List.of(prepared.branch(), prepared.tag(),
                "refs/release-rules/cutoff/" + prepared.tag())));
        show("pull request", "#" + releasePr.number() + " " + releasePr.title() + "  (" + releasePr.head() + " → "
                + releasePr.base() + ", labels " + sorted(releasePr.labels()) + ")");
        say("Running prepare again is refused (R-V3), so a re-run job cannot release twice:");
        try {
            flow.prepare().recommendedBy(BumpRules.defaults()).call();
            show("second prepare", "ACCEPTED (unexpected)");
        } catch (dev.releaserules.core.RuleViolationException e) {
            show("second prepare", e.getMessage());
        }

        step("The changelog of 2.3.0");
        say("""
                prepare prepended the 2.3.0 section to CHANGELOG.md on the release branch, grouped by
                kind, with the component (the conventional-commit scope) and the commit.""");
        indent(git.readFile("refs/heads/" + prepared.branch(), "CHANGELOG.md").orElseThrow(), "  │ ");

        // ── Feature cutoff ──
        step("A feature lands after the cutoff");
        say("""
                Development goes on. Bob merges a breaking API change into develop an hour later.
                Is it in 2.3.0? The cutoff query answers from the record prepare pushed.""");
        clock.advance(Duration.ofHours(1));
        repo.checkout("develop");
        repo.commit("feat(api)!: remove the v1 order endpoints\n\nBREAKING CHANGE: /v1/orders is gone; clients "
                + "use /v2/orders.", Map.of("services/api/src/OrdersV1.java", "// removed\n"));
        String late = repo.head();
        repo.push("refs/heads/develop");
        CutoffReport cutoff = flow.cutoff().release(Version.parse("2.3.0")).call();
        show("cutoff commit", shortId(cutoff.cutoffCommit()));
        System.out.println("  in 2.3.0 (" + cutoff.inRelease().size() + " commits):");
        cutoff.inRelease().forEach(c -> System.out.println("    ✔ " + line(c)));
        System.out.println("  after the cutoff (" + cutoff.afterCutoff().size() + "):");
        cutoff.afterCutoff().forEach(c -> System.out.println("    ✘ " + line(c)));
        show("is " + shortId(late) + " in 2.3.0?", cutoff.isInRelease(late) ? "yes" : "no — it waits for the next release");
        BumpRecommendation next = BumpRules.defaults().recommend(Version.parse("2.3.0"), cutoff.afterCutoff());
        show("next release", next.nextVersion() + " (" + next.explain().lines().findFirst().orElse("") + ")");

        // ── Staging ──
        step("Staging");
        say("""
                Every push to release/** deploys to staging with a pre-release version made from the
                version file and the time (R-V5), so each staging build is distinct and sorts before 2.3.0.""");
        StagingDecision staging = flow.staging().branch(prepared.branch()).call();
        if (staging instanceof StagingDecision.Deploy deploy) {
            show("deploy", deploy.stagingVersion() + " from " + deploy.branch() + " at " + shortId(deploy.commitId()));
            say("(the CI job deploys, then reports back:)");
            clock.tick();
            outbox.onEvent(deploy.deployedEvent(clock.instant()));
        } else {
            show("skip", ((StagingDecision.Skip) staging).reason());
        }

        // ── Validate ──
        step("Validate before production (R-T2)");
        say("""
                The production workflow is started with a tag and a version. validate checks that they
                agree with each other and with version.txt at the tagged commit — and lists EVERY
                failed check, not just the first.""");
        report("tag v2.3.0, version 2.3.0", flow.validate().tag("v2.3.0").version("2.3.0").call());
        report("tag v2.3.0, version 2.4.0 (a typo in the workflow input)",
                flow.validate().tag("v2.3.0").version("2.4.0").call());
        report("tag v2.3, version 2.3", flow.validate().tag("v2.3").version("2.3").call());
        say("""
                Now someone edits version.txt by hand and moves the tag (in a scratch clone, so the
                tour's repository stays intact):""");
        try (TempGitRepository scratch = repo.cloneOrigin(TestIdentities.OTHER_DEVELOPER);
             SourceRepository scratchGit = GitRepositories.wrap(scratch.repository())) {
            scratch.commit("chore: set the version by hand", Map.of("version.txt", "2.3.7\n"));
            forceTag(scratch, "v2.3.0");
            ReleaseFlow scratchFlow = ReleaseFlow.builder().repository(scratchGit).listener(outbox).clock(clock).build();
            report("tampered tag v2.3.0, version 2.3.0", scratchFlow.validate().tag("v2.3.0").version("2.3.0").call());
        }

        // ── Merge and post-merge ──
        step("The release pull request is merged → production, exactly once (R-T3)");
        say("""
                Alice approves and merges PR #%d into main. The host's "pull request closed" webhook
                runs post-merge, which triggers the production workflow on the tag — and records that
                it did, in a ref pushed with a lease, so a re-delivered webhook cannot deploy twice."""
                .formatted(releasePr.number()));
        clock.advance(Duration.ofHours(3));   // QA on staging
        mergeOnHost(repo, releasePr, "@alice");
        PostMergeDecision first = flow.postMerge().pullRequest(releasePr.number()).call();
        if (first instanceof PostMergeDecision.Triggered triggered) {
            show("post-merge", "triggered " + triggered.workflow() + " on " + triggered.tag() + " (merged by "
                    + triggered.mergedBy() + ")");
        } else {
            show("post-merge", "did NOT trigger (unexpected): " + first);
        }
        for (WorkflowTrigger trigger : hosting.triggers()) {
            show("workflow run", trigger.toString());
        }
        say("The webhook is delivered a second time:");
        PostMergeDecision second = flow.postMerge().pullRequest(releasePr.number()).call();
        if (second instanceof PostMergeDecision.AlreadyTriggered again) {
            show("post-merge", "refused: " + again.reason());
        } else {
            show("post-merge", "NOT refused (unexpected): " + second);
        }
        show("workflow runs in total", Integer.toString(hosting.triggers().size()));

        // ── Production announces itself ──
        step("Production succeeds → the announcement, with the time against the 8 h target (R-TL)");
        say("""
                The production workflow deploys the tag and, as its last step, runs production.java. It reads
                when the release was prepared (the release commit) and when production was triggered (the
                record post-merge wrote) from git, so any runner can tell the timeline. It publishes the
                code-host release with the 2.3.0 changelog section, once (R-GR).""");
        clock.advance(Duration.ofMinutes(50));
        ProductionOutcome shipped = flow.production().version(Version.parse("2.3.0"))
                .succeeded("registry.example/shop:2.3.0", "", Duration.ofMinutes(5).plusSeconds(23)).call();
        show("time", shipped.elapsed().toHoursPart() + "h " + shipped.elapsed().toMinutesPart() + "m (target was "
                + shipped.target().toHours() + "h)" + (shipped.late() ? " — LATE" : " — on time"));
        shipped.timeline().forEach(m -> show("timeline", m.step() + " at " + m.at()));
        shipped.hostRelease().ifPresent(r -> show("code-host release", r.tag() + " " + r.url() + " ("
                + r.body().lines().count() + " lines of notes)"));

        // ── Backport ──
        step("Backport 2.3.0 to develop");
        say("""
                main now has the release commit (version.txt 2.3.0, the changelog) that develop lacks.
                backport merges main into a new branch off develop and opens an auto-merge pull request.""");
        BackportResult backport = flow.backport().call();
        if (backport instanceof BackportResult.Created created) {
            PullRequest backportPr = hosting.findPullRequest(created.pullRequest()).orElseThrow();
            show("branch", created.branch() + " (merge commit " + shortId(created.mergeCommit()) + ")");
            show("pull request", "#" + backportPr.number() + " " + backportPr.title() + "  (labels "
                    + sorted(backportPr.labels()) + ")");
            mergeOnHost(repo, backportPr, "release-bot");
            say("""
                    The pull request auto-merges into develop. develop's head commit is now the backport,
                    which was deployed already as 2.3.0: staging skips it (R-S1).""");
            StagingDecision afterBackport = flow.staging().branch("develop").call();
            if (afterBackport instanceof StagingDecision.Skip skip) {
                show("staging", "skip — " + skip.reason());
            } else {
                show("staging", "deploy (unexpected): " + afterBackport);
            }
        } else if (backport instanceof BackportResult.Conflicted conflicted) {
            show("backport", "conflict in " + conflicted.paths() + ": " + conflicted.message());
        } else {
            show("backport", ((BackportResult.AlreadyCreated) backport).message());
        }

        // ── Hotfix ──
        step("Hotfix 2.3.1");
        say("""
                A bug in production. hotfix cuts hotfix/v2.3.1 from main (patch increment, R-V4), tags
                it, and opens a [HOTFIX] pull request; the urgent event goes to on-call too.""");
        clock.advance(Duration.ofHours(20));
        PreparedRelease hotfix = flow.hotfix().description("Orders with a negative quantity are accepted").call();
        PullRequest hotfixPr = hosting.findPullRequest(hotfix.pullRequest()).orElseThrow();
        show("version", hotfix.choice().current() + " → " + hotfix.version());
        show("pull request", "#" + hotfixPr.number() + " " + hotfixPr.title() + "  (labels "
                + sorted(hotfixPr.labels()) + ")");
        say("""
                Ada commits the fix on the hotfix branch and the PR is merged. But the tag v2.3.1 was
                cut before the fix existed, and production deploys the tag. post-merge notices and
                refuses, naming the commit that would not ship (R-T3):""");
        repo.checkout(hotfix.branch());
        repo.commit("fix(api): reject orders with a negative quantity",
                Map.of("services/api/src/Orders.java", "class Orders { /* quantity >= 0 */ }\n"));
        repo.push("refs/heads/" + hotfix.branch());
        hosting.review(hotfixPr.number(), "@tech-lead", Review.State.APPROVED);
        mergeOnHost(repo, hotfixPr, "@alice");
        try {
            flow.postMerge().pullRequest(hotfixPr.number()).call();
            show("post-merge", "triggered without the fix (unexpected)");
        } catch (dev.releaserules.core.RuleViolationException e) {
            show("post-merge", e.getMessage());
        }
        say("""
                2.3.1 was never deployed, so the team lets post-merge move the tag to the merged head
                (UnshippedCommits.MOVE_TAG): the tag move and the trigger record go to origin in one
                leased push. But a hotfix also needs the tech lead's and the on-call engineer's approving
                reviews before production (R-HF2), and only the tech lead has approved:""");
        try {
            flow.postMerge().pullRequest(hotfixPr.number()).unshippedCommits(UnshippedCommits.MOVE_TAG).call();
            show("post-merge", "triggered without the on-call approval (unexpected)");
        } catch (dev.releaserules.core.RuleViolationException e) {
            show("post-merge", e.getMessage());
        }
        say("The on-call engineer approves; production is triggered once, with the fix:");
        hosting.review(hotfixPr.number(), "@on-call", Review.State.APPROVED);
        PostMergeDecision hotfixTrigger = flow.postMerge().pullRequest(hotfixPr.number())
                .unshippedCommits(UnshippedCommits.MOVE_TAG).call();
        if (hotfixTrigger instanceof PostMergeDecision.Triggered triggered) {
            indent(triggered.plan().describe(), "    ");
            show("post-merge", "triggered production for " + triggered.tag() + ", now at "
                    + shortId(git.requireCommit(triggered.tag())) + " (the fix)");
        } else {
            show("post-merge", "did NOT trigger (unexpected): " + hotfixTrigger);
        }

        manifestStep(repo, git, outbox);
    }

    /**
     * The release-management process on the same repository: the next scheduled release as a YAML manifest,
     * drafted from the paths changed since 2.3.0, signed off by each team on its own issue, approved
     * by the release manager, deployed component by component, with the dashboard along the way.
     */
    private void manifestStep(TempGitRepository repo, SourceRepository git, Outbox outbox) {
        step("The next scheduled release as a manifest (release management): draft");
        say("""
                Bigger releases add a YAML release manifest: which components change, who signs off
                for each, which approvals and checklist items are still missing. Two more commits land
                on develop; the draft comes from the paths changed since v2.3.0, through a
                path → component map (R-MF3). libs/auth did not change, so it keeps its version and
                needs no sign-off (R-MF2).""");
        repo.checkout("develop");
        clock.advance(Duration.ofHours(30));
        repo.commit("fix(web): show prices with two decimals", Map.of("services/web/src/Price.tsx", "export {};\n"));
        repo.push("refs/heads/develop");

        String manager = "@john.doe";
        ReleaseTrains trains = ReleaseTrains.defaults(ZoneOffset.UTC);
        ReleaseDesk desk = ReleaseDesk.builder().clock(clock).listener(outbox).build();
        List<CommitChange> changes = git.changes(CommitRange.between("v2.3.0", "refs/heads/develop"));
        ReleaseManifest manifest = ManifestDraft.builder()
                .release(trains.draft(ReleaseType.REGULAR, clock, List.of(), manager))
                .rule(new ComponentRule("services/api/", "api", "api-team", "@alice"))
                .rule(new ComponentRule("services/web/", "web", "web-team", "@carol"))
                .rule(new ComponentRule("libs/auth/", "auth", "platform-team", "@bob"))
                .currentVersion("api", ManifestVersion.parse("v2.3.1"))
                .currentVersion("web", ManifestVersion.parse("v2.3.1"))
                .currentVersion("auth", ManifestVersion.parse("v2.3.1"))
                .changes(changes)
                .sharedVersion(true)
                .checklist(List.of(ChecklistItem.pending(ReleaseManifest.ALL_SIGN_OFFS_ITEM, true),
                        ChecklistItem.pending("Rollback plan documented", true),
                        ChecklistItem.pending("On-call team notified", true)))
                .approvals(trains.approvals(ReleaseType.REGULAR, manager))
                .build();
        manifest = desk.created(manifest).orThrow();
        Path file = repo.workTree().resolve("releases").resolve(manifest.id().value() + ".yaml");
        createDirectories(file.getParent());
        manifest.write(file);
        show("written", repo.workTree().relativize(file).toString());
        indent(manifest.toYaml().strip(), "  │ ");

        step("Sign-offs on issues, through comments (R-SO1)");
        say("""
                The release goes to pending_approval and each team that has changes gets an issue.
                Team leads answer with /approve or /reject <reason> in a comment; a quoted command
                and a command from someone else do not count.""");
        manifest = desk.transition(manifest, ReleaseStatus.PENDING_APPROVAL, manager).orThrow();
        SignOffRequests requests = SignOffRequests.builder().hosting(hosting).desk(desk).build();
        for (Issue issue : requests.request(manifest).created()) {
            show("issue #" + issue.number(), issue.title());
        }
        Issue api = hosting.findIssueByTitle(SignOffRequests.title("api", manifest.id())).orElseThrow();
        Issue web = hosting.findIssueByTitle(SignOffRequests.title("web", manifest.id())).orElseThrow();
        comment(api, "@mallory", "/approve");
        comment(api, "@alice", "> /approve\nWho approved my component?");
        comment(api, "@alice", "Staging looks good.\n/approve");
        comment(web, "@carol", "/reject prices lose their cents in the checkout");
        manifest = collect(requests, manifest);
        readiness(manifest);

        say("Carol's team fixes the prices on staging; she withdraws the rejection and approves:");
        manifest = desk.withdrawRejection(manifest, "web", "@carol").orThrow();
        comment(web, "@carol", "Fixed on staging.\n/approve");
        manifest = collect(requests, manifest);
        say("The dashboard the team sees now (rule R-DB):");
        indent(Dashboard.render(manifest, ZoneOffset.UTC).strip(), "  │ ");

        step("Checklist, approval, deployment (R-SO2, R-D1)");
        say("""
                The release is ready only when every required sign-off, checklist item and approval is
                in. Until then, approving it is refused and the refusal lists what is missing.""");
        ManifestUpdate early = desk.transition(manifest, ReleaseStatus.APPROVED, manager);
        show("approve now", early.isAccepted() ? "ACCEPTED (unexpected)" : early.refusal());
        manifest = desk.complete(manifest, "Rollback plan documented", manager).orThrow();
        manifest = desk.complete(manifest, "On-call team notified", "@oncall").orThrow();
        manifest = desk.approve(manifest, "Release Manager", manager).orThrow();
        readiness(manifest);
        manifest = desk.transition(manifest, ReleaseStatus.APPROVED, manager).orThrow();
        show("status", manifest.status().wireName());
        Deployer deployer = new Deployer() {
            @Override
            public Result deploy(String component, Version version) {
                System.out.println("    [deployer] deploying " + component + " " + version);
                return Result.succeeded("rolled out");
            }

            @Override
            public Result verify(String component, Version version) {
                System.out.println("    [deployer] health check of " + component + " " + version + ": ok");
                return Result.succeeded("healthy");
            }

            @Override
            public Result rollback(String component, Version toVersion) {
                System.out.println("    [deployer] rolling " + component + " back to " + toVersion);
                return Result.succeeded("rolled back");
            }
        };
        say("The train leaves at its scheduled time and deploys inside its 2 h window (R-WN1); before that it is refused:");
        show("deploy now", desk.deployment(manifest, deployer).by(manager).call().refusal());
        clock.advance(Duration.between(clock.instant(), Instant.parse(manifest.release().scheduledAt())));
        say("A dry run first (the default), then for real; components go one at a time: deploy, verify, next.");
        ManifestUpdate dry = desk.deployment(manifest, deployer).by(manager).call();
        show("dry run", "status stays " + dry.manifest().status().wireName());
        manifest = desk.deployment(manifest, deployer).by(manager).dryRun(false).call().orThrow();
        manifest.write(file);
        show("status", manifest.status().wireName());
        say("The final dashboard:");
        indent(Dashboard.render(manifest, ZoneOffset.UTC).strip(), "  │ ");
        hotfixManifest(desk, trains, manifest, file.getParent(), deployer);
    }

    /** A hotfix manifest (R-HF1): one component patched, no team sign-offs, approved by the Tech Lead and On-call it names. */
    private void hotfixManifest(ReleaseDesk desk, ReleaseTrains trains, ReleaseManifest deployed, Path dir, Deployer deployer) {
        step("A hotfix manifest, approved by its Tech Lead and On-call (R-HF1)");
        say("""
                An hour later the web team finds a crash. A hotfix manifest patches that one component
                (its patch, whatever the commits say), skips team sign-offs, and is approved by the Tech
                Lead and On-call its author names (manifest.java create --type hotfix --tech-lead
                --on-call); its 30 min window opens when it deploys.""");
        clock.advance(Duration.ofHours(1));
        ManifestVersion web = deployed.findComponent("web").orElseThrow().newVersion();
        ReleaseManifest hotfix = ManifestDraft.builder()
                .release(trains.draft(ReleaseType.HOTFIX, clock, List.of(deployed.id()), "")
                        .withDescription("Checkout crashes when the basket is empty"))
                .rule(new ComponentRule("services/web/", "web", "web-team", "@carol"))
                .currentVersion("web", web)
                .hotfixComponent("web")
                .checklist(Checklist.required(ReleaseType.HOTFIX))
                .approvals(trains.approvals(ReleaseType.HOTFIX, "", Map.of("Tech Lead", "@tina", "On-call", "@oscar")))
                .build();
        hotfix = desk.created(hotfix).orThrow();
        show("hotfix", hotfix.id() + ": web " + web + " → " + hotfix.findComponent("web").orElseThrow().newVersion()
                + ", approvals " + hotfix.approvals().stream().map(a -> a.role() + " " + a.user()).toList());
        hotfix = desk.transition(hotfix, ReleaseStatus.PENDING_APPROVAL, "@tina").orThrow();
        show("approve as @mallory", desk.approve(hotfix, "On-call", "@mallory").refusal());
        hotfix = desk.approve(hotfix, "Tech Lead", "@tina").orThrow();
        hotfix = desk.approve(hotfix, "On-call", "@oscar").orThrow();
        for (var item : hotfix.checklist()) {
            hotfix = desk.complete(hotfix, item.item(), "@tina").orThrow();
        }
        hotfix = desk.transition(hotfix, ReleaseStatus.APPROVED, "@tina").orThrow();
        hotfix = desk.deployment(hotfix, deployer).by("@oscar").dryRun(false).call().orThrow();
        hotfix.write(dir.resolve(hotfix.id().value() + ".yaml"));
        show("status", hotfix.status().wireName());
    }

    private void comment(Issue issue, String author, String body) {
        clock.tick();
        hosting.comment(issue.number(), author, body);
        show("comment on #" + issue.number() + " by " + author, body.replace("\n", " ⏎ "));
    }

    private static ReleaseManifest collect(SignOffRequests requests, ReleaseManifest manifest) {
        CollectReport collected = requests.collect(manifest);
        collected.applied().forEach(a -> show("counted", a.comment().author() + " on #" + a.issue() + " (" + a.component() + ")"));
        collected.refused().forEach(r -> show("not counted", r.refusal()));
        return collected.manifest();
    }

    private static void readiness(ReleaseManifest manifest) {
        Readiness readiness = manifest.readiness();
        if (readiness.isReady()) {
            show("readiness", "ready");
            return;
        }
        System.out.println("  readiness: blocked by");
        readiness.missing().forEach(m -> System.out.println("    - " + m.describe()));
    }

    // ── The story's setting ──

    private void intro() {
        System.out.println("""
                Release Rules — guided tour
                ===========================
                A team ships a shop with three components: services/api, services/web and libs/auth.
                Their process (quick release): develop → release/vX.Y.Z → main, version.txt is the truth,
                tags are vX.Y.Z, CHANGELOG.md is written at prepare, and every step notifies a channel.
                Everything below runs for real on a temporary git repository with a bare origin;
                only the code host (pull requests, merges, workflow runs) is in memory.""");
    }

    private void history(TempGitRepository repo) {
        step("The repository so far");
        repo.commit("chore: initial import", Map.of(
                "version.txt", "1.4.0\n",
                "services/api/src/Orders.java", "class Orders {}\n",
                "services/web/src/App.tsx", "export const App = () => null;\n",
                "libs/auth/src/Token.java", "class Token {}\n",
                "README.md", "# Shop\n"));
        repo.tag("v1.4.0");
        repo.commit("feat(api)!: page the order list\n\nBREAKING CHANGE: GET /orders returns pages of 50; "
                + "clients pass ?page=.", Map.of("services/api/src/Orders.java", "class Orders { /* paged */ }\n"));
        release(repo, "2.0.0", "### ⚠ BREAKING CHANGES\n\n- **api:** GET /orders returns pages of 50\n");
        repo.commit("feat(web): one-page checkout", Map.of("services/web/src/Checkout.tsx", "export {};\n"));
        release(repo, "2.1.0", "### Features\n\n- **web:** one-page checkout\n");
        repo.commit("fix(auth): accept tokens issued in the last second", Map.of("libs/auth/src/Token.java",
                "class Token { /* skew */ }\n"));
        repo.commit("feat(api): order export as CSV", Map.of("services/api/src/Export.java", "class Export {}\n"));
        release(repo, "2.2.0", "### Features\n\n- **api:** order export as CSV\n\n### Bug Fixes\n\n"
                + "- **auth:** accept tokens issued in the last second\n");
        repo.branch("develop");
        repo.checkout("develop");
        repo.commit("feat(api): search orders by customer", Map.of("services/api/src/Search.java", "class Search {}\n"));
        repo.commit("fix(web): keep the cart after signing in\n\nCloses #412",
                Map.of("services/web/src/Cart.tsx", "export {};\n"));
        repo.commit("feat(web): dark mode", Map.of("services/web/src/theme.css", ":root { color-scheme: dark; }\n"));
        repo.commit("docs: describe the deployment", Map.of("docs/deploy.md", "# Deploy\n"));
        repo.commit("perf(api): cache product lookups", Map.of("services/api/src/Cache.java", "class Cache {}\n"));
        repo.commit("fix(auth): refresh tokens a minute before they expire",
                Map.of("libs/auth/src/Refresh.java", "class Refresh {}\n"));
        repo.commit("chore(deps): bump jackson to 2.22", Map.of("services/api/deps.txt", "jackson 2.22\n"));
        repo.pushAll();
        say("""
                main carries the releases v1.4.0, v2.0.0 (a breaking change), v2.1.0 and v2.2.0;
                develop has seven commits since v2.2.0. Both are pushed to origin.""");
        try (Git git = Git.wrap(repo.repository())) {
            System.out.println("  develop, newest first:");
            for (var commit : git.log().add(repo.repository().resolve("refs/heads/develop")).setMaxCount(10).call()) {
                System.out.println("    " + commit.abbreviate(7).name() + "  " + commit.getShortMessage());
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the demo repository's log", e);
        }
    }

    /** A past release, made by hand the way the team did before adopting the library. */
    private void release(TempGitRepository repo, String version, String notes) {
        String changelog = repo.repository().getWorkTree().toPath().resolve("CHANGELOG.md").toFile().exists()
                ? readWorkTree(repo, "CHANGELOG.md") : "# Changelog\n";
        String header = changelog.startsWith("# Changelog\n") ? "# Changelog\n" : "";
        String rest = changelog.substring(header.length()).stripLeading();
        repo.commit("chore(release): v" + version, Map.of("version.txt", version + "\n", "CHANGELOG.md",
                "# Changelog\n\n## " + version + "\n\n" + notes + (rest.isEmpty() ? "" : "\n" + rest)));
        repo.tag("v" + version);
    }

    private void notificationsIntro(String routingText) {
        step("Notifications");
        if (routingText == null) {
            say("Events are routed with your --notifications file.");
            return;
        }
        say("""
                Every step emits an event. The demo routes them with this YAML and release-notify's
                console channel; lines starting with "[#channel]" below are those notifications.""");
        indent(routingText.strip(), "  │ ");
    }

    // ── What the code host does in this demo ──

    /** Merges a pull request the way the host would: the git merge on origin, and the state change. */
    private void mergeOnHost(TempGitRepository repo, PullRequest pr, String by) {
        clock.tick();
        repo.checkout(pr.base());
        repo.merge(pr.head(), "Merge pull request #" + pr.number() + " from " + pr.head());
        repo.push("refs/heads/" + pr.base());
        hosting.merge(pr.number(), by, PullRequest.MergeMethod.MERGE_COMMIT);
    }

    private static void forceTag(TempGitRepository repo, String tag) {
        try (Git git = Git.wrap(repo.repository())) {
            git.tag().setName(tag).setForceUpdate(true).setAnnotated(true).setMessage("Release " + tag)
                    .setTagger(new PersonIdent("Bob Builder", "bob@example.com")).call();
        } catch (Exception e) {
            throw new IllegalStateException("cannot move tag " + tag + " in the scratch clone", e);
        }
    }

    // ── Printing ──

    private void summary(TempGitRepository repo, Outbox outbox) {
        step("What happened");
        System.out.println("  pull requests:");
        for (PullRequest pr : hosting.pullRequests()) {
            System.out.println("    #" + pr.number() + " " + pr.state().toString().toLowerCase() + "  " + pr.title());
        }
        show("production runs", hosting.triggers().size() + " (2.3.0 and 2.3.1, once each)");
        show("tags on origin", String.join(", ", repo.originRefs().keySet().stream()
                .filter(r -> r.startsWith("refs/tags/")).map(r -> r.substring("refs/tags/".length())).toList()));
        show("records on origin", String.join(", ", repo.originRefs().keySet().stream()
                .filter(r -> r.startsWith("refs/release-rules/")).toList()));
        show("notifications", outbox.results().size() + " sent, " + outbox.pending().size() + " pending");
        System.out.println();
        System.out.println("Tour complete. Next: ./jbang examples/prepare.java --help (and the other examples/).");
    }

    private static void report(String title, ConsistencyReport report) {
        System.out.println("  ▸ " + title + ": " + (report.isOk() ? "PASS" : "FAIL, exit code 1 in CI"));
        indent(report.describe(), "      ");
    }

    private static void step(String title) {
        stepNumber++;
        String heading = "── " + stepNumber + ". " + title + " ";
        System.out.println();
        System.out.println(heading + "─".repeat(Math.max(3, 96 - heading.length())));
    }

    private static void say(String text) {
        indent(text.strip(), "");
    }

    private static void show(String label, String value) {
        System.out.println("  " + label + ": " + value);
    }

    private static void indent(String text, String prefix) {
        text.lines().forEach(line -> System.out.println((prefix + line).stripTrailing()));
    }

    private static String line(Commit commit) {
        return commit.shortId() + "  " + commit.message().subject();
    }

    private static String shortId(String id) {
        return id.length() > 7 ? id.substring(0, 7) : id;
    }

    private static String sorted(Set<String> labels) {
        return String.join(", ", new java.util.TreeSet<>(labels));
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create " + directory, e);
        }
    }

    private static String readWorkTree(TempGitRepository repo, String path) {
        try {
            return Files.readString(repo.workTree().resolve(path));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    /** Copies the repository and its origin to a lasting place, pointing the copy at the copied origin. */
    private static void keepCopy(TempGitRepository repo, Path target) throws IOException {
        Path source = repo.directory();
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, target.resolve(source.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
        try (org.eclipse.jgit.lib.Repository kept = new org.eclipse.jgit.storage.file.FileRepositoryBuilder()
                .setWorkTree(target.resolve("work").toFile()).build()) {
            StoredConfig config = kept.getConfig();
            config.setString("remote", "origin", "url", target.resolve("origin.git").toAbsolutePath().toString());
            config.save();
        }
        System.out.println();
        System.out.println("Kept the repository in " + target.resolve("work") + " (origin: " + target.resolve("origin.git")
                + "). Try:");
        System.out.println("  ./jbang examples/validate.java --repo " + target.resolve("work") + " --tag v2.3.0 --version 2.3.0");
    }
}
