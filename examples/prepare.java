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

import dev.releaserules.core.commit.BumpRules;
import dev.releaserules.core.flow.PrepareCommand;
import dev.releaserules.core.flow.PreparedRelease;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.spi.Hosting;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.Increment;
import dev.releaserules.core.version.Version;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Map;
import java.util.concurrent.Callable;

/** Prepares a regular release from the development branch; a dry run unless --apply. */
@Command(name = "prepare", sortOptions = false, usageHelpWidth = 100,
        header = "prepare — cut release/vX.Y.Z from develop with a feature cutoff (rules R-V2, R-B1, R-B2, R-C1, R-T1)",
        description = {
            "Picks the version from version.txt on the branch (minor increment unless told otherwise), then plans:",
            "create release/vX.Y.Z at the branch's head (the feature cutoff), commit version.txt and the new",
            "CHANGELOG.md section, create the annotated tag vX.Y.Z, push branch, tag and cutoff record to origin",
            "in one atomic push, open the release pull request.",
            "Inside GitHub Actions it also writes the step outputs kind, version, tag, branch, dry_run, pull_request and a summary.",
            "DRY RUN BY DEFAULT: without --apply it prints the version, the reason, the plan and the release",
            "notes, and changes nothing.",
            "Code host (--host): printing by default, so with --apply git is real (the push goes to origin) but",
            "the pull request is only printed ([hosting] would open pull request ...); --host github opens it.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok (for a dry run: the plan was printed, nothing changed)",
            "1:a release rule refused the step or a check failed (every failure is printed)",
            "2:bad arguments or configuration (unknown option, malformed version, routing file problems)",
            "3:repository problem (not a repository, shallow clone, dirty work tree, detached HEAD, push rejected, remote unreachable or too slow)"})
class prepare implements Callable<Integer> {
    @Option(names = "--apply", description = "do it: commit, tag and push to origin")
    boolean apply;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Choice choice = new Choice();

    /** At most one way of choosing the version. */
    static final class Choice {
        @Option(names = "--version", paramLabel = "X.Y.Z", converter = ScriptCli.VersionConverter.class,
                description = "release exactly this version (must be above version.txt's)")
        Version version;

        @Option(names = "--increment", paramLabel = "LEVEL", description = "major, minor or patch (default minor)")
        Increment increment;

        @Option(names = "--recommend", description = "let the conventional commits since the last release tag choose")
        boolean recommend;
    }

    @Option(names = "--from", paramLabel = "BRANCH", description = "the branch to release from (default develop)")
    String from;

    @Option(names = "--allow-dirty", description = "accept uncommitted changes in the work tree (the flow never touches it)")
    boolean allowDirty;

    @Option(names = "--dispatch", paramLabel = "WORKFLOW", description = {
            "after a real prepare, start this workflow_dispatch workflow (such as release-staging.yaml) on the",
            "release branch: a push made with a workflow's GITHUB_TOKEN starts no workflow by itself"})
    String dispatch;

    @Mixin
    StepOptions step;

    @Mixin
    ScriptHost host;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    public static void main(String[] args) {
        ScriptCli.main(new prepare(), args);
    }

    @Override
    public Integer call() {
        Hosting hosting = host.hosting();   // first: a missing GitHub variable is named before any git work
        try (SourceRepository repository = step.openRepository(); ScriptEvents events = step.events()) {
            ReleaseFlow flow = ReleaseFlow.builder().repository(repository).listener(events)
                    .hosting(hosting).build();
            PrepareCommand command = flow.prepare().dryRun(!apply).allowDirtyWorkTree(allowDirty);
            if (from != null) {
                command.from(from);
            }
            if (choice.version != null) {
                command.version(choice.version);
            }
            if (choice.increment != null) {
                command.increment(choice.increment);
            }
            if (choice.recommend) {
                command.recommendedBy(BumpRules.defaults());
            }
            if (apply) {
                host.ensureFlowLabels();
            }
            PreparedRelease prepared = command.call();
            StepReport.fromEnvironment().prepared(prepared);
            if (dispatch != null && !prepared.dryRun()) {
                hosting.triggerWorkflow(dispatch, prepared.branch(), Map.of());   // fails the step if GitHub refuses
            }
            return 0;
        }
    }

}
