///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVA_OPTIONS -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
//DEPS dev.releaserules:release-bom:0.1.0-SNAPSHOT@pom
//DEPS dev.releaserules:release-core
//DEPS dev.releaserules:release-github
//DEPS info.picocli:picocli:4.7.7
//DEPS org.slf4j:slf4j-simple:2.0.19
//SOURCES support/ScriptCli.java
//SOURCES support/ScriptHost.java
//SOURCES support/PrintingHosting.java

import dev.releaserules.core.hosting.AuthorKind;
import dev.releaserules.core.hosting.AutoMergePolicy;
import dev.releaserules.core.hosting.ChecksState;
import dev.releaserules.core.hosting.MergeDecision;
import dev.releaserules.core.hosting.Mergeability;
import dev.releaserules.core.hosting.PullRequestFacts;
import dev.releaserules.github.AutoMergeResult;
import dev.releaserules.github.GitHubActionsOutput;
import dev.releaserules.github.GitHubAutoMerge;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Decides whether a pull request may merge automatically (R-M1), and merges it or enables GitHub's auto-merge. */
@Command(name = "auto-merge", sortOptions = false, usageHelpWidth = 100,
        header = "auto-merge — merge a pull request automatically when the rules allow it (rule R-M1)",
        description = {
            "Release and hotfix pull requests are never auto-merged (a person merges them with a merge commit);",
            "backport pull requests may merge once checks pass and there is no conflict; dependency-bot pull",
            "requests only for minor and patch updates; others only when labelled auto-merge.",
            "With --host github it reads the pull request's facts from GitHub (mergeability, check runs and",
            "commit statuses of its head, author, labels, the update a bot's title describes), decides, and then",
            "--mode enable (default): turns on GitHub's auto-merge with the method the rules require, so GitHub",
            "  merges once the required checks pass (the repository must allow auto-merge);",
            "--mode merge: merges now when the decision is to merge now (--approve approves first).",
            "With the printing host (the default) it decides from the facts given as options and changes nothing.",
            "Inside GitHub Actions the outcome is also written as step outputs action, decision, merge_method,",
            "merge_commit, and as the step summary.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok: merged, auto-merge enabled, waiting, or never auto-merged (the decision is printed)",
            "1:GitHub refused (auto-merge not allowed, head moved, a missing permission)",
            "2:bad arguments or configuration (unknown option, a missing GitHub variable)"})
class auto_merge implements Callable<Integer> {
    /** What to do with a pull request the rules allow to merge. */
    enum Mode { ENABLE, MERGE }

    @Spec
    CommandSpec spec;

    @Option(names = "--pr", paramLabel = "NUMBER", required = true, description = "the pull request number")
    int number;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "enable",
            description = "enable (default: GitHub's auto-merge) or merge (merge now)")
    Mode mode;

    @Option(names = "--approve", description = "with --mode merge: approve before merging (the token's account must not be the author)")
    boolean approve;

    @Mixin
    ScriptHost host;

    @Option(names = "--head", paramLabel = "BRANCH", description = "printing host: the head branch, such as backport/v2.3.0-to-develop")
    String head;

    @Option(names = "--base", paramLabel = "BRANCH", defaultValue = "develop", description = "printing host: the base branch (default develop)")
    String base;

    @Option(names = "--labels", paramLabel = "LABELS", split = ",", description = "printing host: the labels, comma-separated")
    List<String> labels = List.of();

    @Option(names = "--title", paramLabel = "TITLE", defaultValue = "", description = "printing host: the title (a bot's names the update)")
    String title;

    @Option(names = "--author", paramLabel = "KIND", defaultValue = "human",
            description = "printing host: human (default), automation_bot or dependency_bot")
    AuthorKind author;

    @Option(names = "--checks", paramLabel = "STATE", defaultValue = "pending", description = "printing host: pending (default), passing or failing")
    ChecksState checks;

    @Option(names = "--mergeable", paramLabel = "STATE", defaultValue = "unknown",
            description = "printing host: mergeable, conflicting or unknown (default)")
    Mergeability mergeability;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    public static void main(String[] args) {
        ScriptCli.main(new auto_merge(), args);
    }

    @Override
    public Integer call() {
        if (number <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--pr': expected a positive number, got " + number);
        }
        if (approve && mode != Mode.MERGE) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--approve needs --mode merge");
        }
        AutoMergePolicy policy = AutoMergePolicy.defaults();
        if (!host.isGitHub()) {
            if (head == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Missing required option: '--head=BRANCH' (the printing host does not know the pull request)");
            }
            PullRequestFacts facts = PullRequestFacts.builder().head(head).base(base).labels(new LinkedHashSet<>(labels))
                    .title(title).author(author).checks(checks).mergeability(mergeability).build();
            MergeDecision decision = policy.decide(facts);
            report(number, decision, decision instanceof MergeDecision.Never ? "refused" : "printed", "");
            System.out.println("[hosting] would " + (decision instanceof MergeDecision.Never ? "leave #" + number + " to a person"
                    : mode == Mode.ENABLE ? "enable auto-merge on #" + number + " (" + decision.mergeMethod() + ")"
                    : decision.isMergeNow() ? "merge #" + number + " now (" + decision.mergeMethod() + ")"
                    : "wait with #" + number));
            return 0;
        }
        GitHubAutoMerge autoMerge = GitHubAutoMerge.of(host.github(), policy);
        AutoMergeResult result = mode == Mode.ENABLE ? autoMerge.enableOnHost(number) : autoMerge.mergeNow(number, approve);
        report(number, result.decision(), result.action().name().toLowerCase(java.util.Locale.ROOT), result.mergeCommit());
        return 0;
    }

    private static void report(int number, MergeDecision decision, String action, String mergeCommit) {
        String kind = decision.getClass().getSimpleName();
        System.out.println("#" + number + ": " + action + " — " + kind + " (" + decision.mergeMethod() + "): " + decision.reason()
                + (mergeCommit.isEmpty() ? "" : "; merge commit " + mergeCommit));
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("action", action);
        outputs.put("decision", kind);
        outputs.put("merge_method", decision.mergeMethod().name().toLowerCase(java.util.Locale.ROOT));
        outputs.put("merge_commit", mergeCommit);
        GitHubActionsOutput.fromEnvironment().outputs(outputs)
                .summary("## Auto-merge of #" + number + ": " + action + "\n\n" + kind + " (" + decision.mergeMethod() + "): "
                        + decision.reason() + (mergeCommit.isEmpty() ? "" : "\n\nMerge commit `" + mergeCommit + "`") + "\n");
    }
}
