///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS dev.releaserules:release-bom:0.1.0-SNAPSHOT@pom
//DEPS dev.releaserules:release-core
//DEPS dev.releaserules:release-notify
//DEPS dev.releaserules:release-git
//DEPS org.slf4j:slf4j-simple:2.0.17
//SOURCES support/Cli.java

import dev.releaserules.core.flow.PostMergeDecision;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.flow.UnshippedCommits;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.git.GitRepositories;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** Triggers the production release of a merged release or hotfix pull request, exactly once. */
class post_merge {
    static final String HELP = """
            post-merge — trigger production for a merged release/hotfix pull request, once (rule R-T3)

            Usage: ./jbang examples/post-merge.java --pr NUMBER --head BRANCH [--base BRANCH]
                                                    [--merged-by WHO] [--state STATE] [--apply] [--repo DIR]

            Give it the closed pull request as the host's webhook reports it. Only a MERGED pull
            request from release/vX.Y.Z or hotfix/vX.Y.Z into main triggers; the tag vX.Y.Z must exist.
            "Once" is recorded in the repository: the ref refs/release-rules/triggered/vX.Y.Z is
            created and pushed to origin with a lease on "absent", so a re-delivered webhook or a
            re-run job is refused (exit code 1) instead of deploying twice.

            DRY RUN BY DEFAULT: without --apply it prints the decision and the plan and changes nothing.

            Options:
              --pr NUMBER       the pull request number
              --head BRANCH     its source branch, such as release/v2.3.0
              --base BRANCH     its target branch (default main)
              --merged-by WHO   who merged it, such as @alice
              --state STATE     merged (default) or closed (closed without merging: nothing to do)
              --apply           do it: record the trigger on origin, then trigger the workflow
              --move-tag        when commits were pushed to the branch after its tag was cut (a hotfix's
                                fix, a QA fix), move the tag to the merged head instead of refusing;
                                only while the version was never triggered (rule R-T3)
              --repo DIR        the git repository work tree (default: the current directory)
              --notifications FILE  deliver the step's events through this routing YAML (see notify.java
                                    --help; secrets as ${env:NAME}); without it they are printed

            Code host: this script has none. With --apply the record ref is really pushed to origin;
            the workflow run is only printed ("[hosting] would trigger workflow ...").""";

    public static void main(String[] argv) {
        Cli.run("post-merge", HELP, Set.of("--apply", "--move-tag"),
                Set.of("--pr", "--head", "--base", "--merged-by", "--state", "--repo", Cli.NOTIFICATIONS), argv, args -> {
            int number = args.requireNumber("--pr");
            String state = args.get("--state", "merged").toLowerCase(Locale.ROOT);
            if (!state.equals("merged") && !state.equals("closed")) {
                throw new Cli.UsageException("option --state: expected merged or closed, got \"" + state + "\"");
            }
            boolean merged = state.equals("merged");
            PullRequest pr = new PullRequest(number, "", "", args.require("--head"), args.get("--base", "main"),
                    Set.of(), merged ? PullRequest.State.MERGED : PullRequest.State.CLOSED,
                    args.get("--merged-by", ""), merged ? PullRequest.MergeMethod.MERGE_COMMIT : PullRequest.MergeMethod.NONE);
            try (SourceRepository repository = GitRepositories.open(Path.of(args.get("--repo", ".")), GitRepositories.Options.forCommandLine());
                 Cli.Events events = Cli.Events.from(args)) {
                ReleaseFlow flow = ReleaseFlow.builder().repository(repository).listener(events)
                        .hosting(new Cli.PrintingHosting(System.out)).build();
                PostMergeDecision decision = flow.postMerge().pullRequest(pr).dryRun(!args.flag("--apply"))
                        .unshippedCommits(args.flag("--move-tag") ? UnshippedCommits.MOVE_TAG : UnshippedCommits.REFUSE).call();
                if (decision instanceof PostMergeDecision.Triggered triggered) {
                    System.out.println((triggered.dryRun() ? "DRY RUN — would trigger " : "Triggered ")
                            + triggered.workflow() + " for " + triggered.version() + " on tag " + triggered.tag());
                    System.out.println("  plan:");
                    triggered.plan().describe().lines().forEach(line -> System.out.println("    " + line));
                    if (triggered.dryRun()) {
                        System.out.println("Run again with --apply to do it.");
                    }
                    return Cli.OK;
                }
                if (decision instanceof PostMergeDecision.AlreadyTriggered again) {
                    System.out.println("Refused: " + again.reason());
                    return Cli.RULE_FAILED;
                }
                System.out.println("Nothing to do: " + ((PostMergeDecision.NotApplicable) decision).reason());
                return Cli.OK;
            }
        });
    }
}
