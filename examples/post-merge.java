///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVA_OPTIONS -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
//DEPS dev.releaserules:release-bom:0.1.0-SNAPSHOT@pom
//DEPS dev.releaserules:release-core
//DEPS dev.releaserules:release-notify
//DEPS dev.releaserules:release-git
//DEPS info.picocli:picocli:4.7.7
//DEPS org.slf4j:slf4j-simple:2.0.19
//DEPS dev.releaserules:release-github
//SOURCES support/ScriptCli.java
//SOURCES support/ScriptEvents.java
//SOURCES support/StepOptions.java
//SOURCES support/ScriptHost.java
//SOURCES support/PrintingHosting.java
//SOURCES support/StepReport.java

import dev.releaserules.core.flow.PostMergeCommand;
import dev.releaserules.core.flow.PostMergeDecision;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.flow.UnshippedCommits;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.Hosting;
import dev.releaserules.core.spi.SourceRepository;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Set;
import java.util.concurrent.Callable;

/** Triggers the production release of a merged release or hotfix pull request, exactly once. */
@Command(name = "post-merge", sortOptions = false, usageHelpWidth = 100,
        header = "post-merge — trigger production for a merged release/hotfix pull request, once (rule R-T3)",
        description = {
            "With --host github it reads the pull request from GitHub (--pr is enough: head, base, state, who",
            "merged it and the merged head commit come from there); with the printing host, give the closed pull",
            "request as the webhook reports it (--head, --base, --merged-by, --state). Only a MERGED pull request from",
            "release/vX.Y.Z or hotfix/vX.Y.Z into main triggers; the tag vX.Y.Z must exist. \"Once\" is recorded",
            "in the repository: the ref refs/release-rules/triggered/vX.Y.Z is created and pushed to origin with",
            "a lease on \"absent\", so a re-delivered webhook or a re-run job is refused (exit code 1) instead",
            "of deploying twice.",
            "Inside GitHub Actions it also writes the step outputs triggered, decision, version, tag, workflow, pull_request and a summary.",
            "DRY RUN BY DEFAULT: without --apply it prints the decision and the plan and changes nothing.",
            "Code host (--host): printing by default, so with --apply the record ref is really pushed to origin",
            "and the workflow run is only printed ([hosting] would trigger workflow ...); --host github",
            "dispatches it (workflow_dispatch), and when that fails the record is withdrawn so a re-run can retry.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok (for a dry run: the plan was printed, nothing changed)",
            "1:a release rule refused the step or a check failed (every failure is printed)",
            "2:bad arguments or configuration (unknown option, malformed version, routing file problems)",
            "3:repository problem (not a repository, shallow clone, dirty work tree, detached HEAD, push rejected, remote unreachable or too slow)"})
class post_merge implements Callable<Integer> {
    /** How the pull request was closed. */
    enum State { MERGED, CLOSED }

    @Option(names = "--pr", paramLabel = "NUMBER", required = true, description = "the pull request number")
    int number;

    @Option(names = "--head", paramLabel = "BRANCH", description = "its source branch, such as release/v2.3.0 (printing host only)")
    String head;

    @Option(names = "--base", paramLabel = "BRANCH", defaultValue = "main", description = "its target branch (default main)")
    String base;

    @Option(names = "--merged-by", paramLabel = "WHO", defaultValue = "", description = "who merged it, such as @alice")
    String mergedBy;

    @Option(names = "--state", paramLabel = "STATE", defaultValue = "merged",
            description = "merged (default) or closed (closed without merging: nothing to do)")
    State state;

    @Option(names = "--apply", description = "do it: record the trigger on origin, then trigger the workflow")
    boolean apply;

    @Option(names = "--move-tag", description = {
            "when commits were pushed to the branch after its tag was cut (a hotfix's fix, a QA fix), move the",
            "tag to the merged head instead of refusing; only while the version was never triggered (rule R-T3)"})
    boolean moveTag;

    @Option(names = "--tech-leads", paramLabel = "@A,@B", split = ",", description = {
            "with --on-call: a merged hotfix triggers only once a tech lead and the on-call engineer approved its",
            "pull request (rule R-HF2; the reviews are read through --host github)"})
    Set<String> techLeads = Set.of();

    @Option(names = "--on-call", paramLabel = "@C,@D", split = ",", description = "the on-call engineers (see --tech-leads)")
    Set<String> onCall = Set.of();

    @Mixin
    StepOptions step;

    @Mixin
    ScriptHost host;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    public static void main(String[] args) {
        ScriptCli.main(new post_merge(), args);
    }

    @Override
    public Integer call() {
        if (number <= 0) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "Invalid value for option '--pr': expected a positive number, got " + number);
        }
        if (!host.isGitHub() && head == null) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "Missing required option: '--head=BRANCH' (the printing host does not know the pull request)");
        }
        Hosting hosting = host.hosting();   // first: a missing GitHub variable is named before any git work
        try (SourceRepository repository = step.openRepository(); ScriptEvents events = step.events()) {
            ReleaseFlow flow = ReleaseFlow.builder().repository(repository).listener(events)
                    .rules(dev.releaserules.core.flow.QuickReleaseRules.builder().hotfixApprovers(
                            new dev.releaserules.core.hosting.HotfixApprovers(techLeads, onCall)).build())
                    .hosting(hosting).build();
            PostMergeCommand command = flow.postMerge();
            if (host.isGitHub()) {
                command.pullRequest(number);   // GitHub's own record, with the head and merge commits
            } else {
                boolean merged = state == State.MERGED;
                command.pullRequest(new PullRequest(number, "", "", head, base, Set.of(),
                        merged ? PullRequest.State.MERGED : PullRequest.State.CLOSED, mergedBy,
                        merged ? PullRequest.MergeMethod.MERGE_COMMIT : PullRequest.MergeMethod.NONE));
            }
            PostMergeDecision decision = command.dryRun(!apply)
                    .unshippedCommits(moveTag ? UnshippedCommits.MOVE_TAG : UnshippedCommits.REFUSE).call();
            StepReport.fromEnvironment().postMerge(decision);
            if (decision instanceof PostMergeDecision.Triggered triggered) {
                System.out.println((triggered.dryRun() ? "DRY RUN — would trigger " : "Triggered ")
                        + triggered.workflow() + " for " + triggered.version() + " on tag " + triggered.tag());
                System.out.println("  plan:");
                triggered.plan().describe().lines().forEach(line -> System.out.println("    " + line));
                if (triggered.dryRun()) {
                    System.out.println("Run again with --apply to do it.");
                }
                return 0;
            }
            if (decision instanceof PostMergeDecision.AlreadyTriggered again) {
                System.out.println("Refused: " + again.reason());
                return 1;
            }
            System.out.println("Nothing to do: " + ((PostMergeDecision.NotApplicable) decision).reason());
            return 0;
        }
    }
}
