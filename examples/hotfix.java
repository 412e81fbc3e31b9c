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

import dev.releaserules.core.flow.HotfixCommand;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.spi.Hosting;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.Increment;
import dev.releaserules.core.version.Version;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** Cuts a hotfix branch from production; a dry run unless --apply. */
@Command(name = "hotfix", sortOptions = false, usageHelpWidth = 100,
        header = "hotfix — cut hotfix/vX.Y.Z from main or a production tag (rule R-V4)",
        description = {
            "Increments the patch of version.txt on main (or the given tag), then plans: create hotfix/vX.Y.Z",
            "with version.txt committed, the annotated tag, one atomic push to origin, and the [HOTFIX] pull",
            "request labelled hotfix and priority:critical. The fix itself is then committed on the hotfix",
            "branch by people.",
            "Inside GitHub Actions it also writes the step outputs kind, version, tag, branch, dry_run, pull_request and a summary.",
            "DRY RUN BY DEFAULT: without --apply it prints the version and the plan and changes nothing.",
            "Code host (--host): printing by default, so with --apply the push to origin is real and the pull",
            "request is only printed ([hosting] would open pull request ...); --host github opens it.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok (for a dry run: the plan was printed, nothing changed)",
            "1:a release rule refused the step or a check failed (every failure is printed)",
            "2:bad arguments or configuration (unknown option, malformed version, routing file problems)",
            "3:repository problem (not a repository, shallow clone, dirty work tree, detached HEAD, push rejected, remote unreachable or too slow)"})
class hotfix implements Callable<Integer> {
    @Option(names = "--apply", description = "do it: commit, tag and push to origin")
    boolean apply;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Choice choice = new Choice();

    /** At most one way of choosing the version. */
    static final class Choice {
        @Option(names = "--version", paramLabel = "X.Y.Z", converter = ScriptCli.VersionConverter.class,
                description = "this version instead of the next patch")
        Version version;

        @Option(names = "--increment", paramLabel = "LEVEL", description = "major, minor or patch (default patch)")
        Increment increment;
    }

    @Option(names = "--description", paramLabel = "TEXT", defaultValue = "",
            description = "what the hotfix fixes: in the pull request body and the hotfix alert")
    String description;

    @Option(names = "--from", paramLabel = "BRANCH_OR_TAG", description = "where to cut from (default main), such as v2.3.0")
    String from;

    @Option(names = "--allow-dirty", description = "accept uncommitted changes in the work tree")
    boolean allowDirty;

    @Mixin
    StepOptions step;

    @Mixin
    ScriptHost host;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    public static void main(String[] args) {
        ScriptCli.main(new hotfix(), args);
    }

    @Override
    public Integer call() {
        Hosting hosting = host.hosting();   // first: a missing GitHub variable is named before any git work
        try (SourceRepository repository = step.openRepository(); ScriptEvents events = step.events()) {
            ReleaseFlow flow = ReleaseFlow.builder().repository(repository).listener(events)
                    .hosting(hosting).build();
            HotfixCommand command = flow.hotfix().dryRun(!apply).allowDirtyWorkTree(allowDirty).description(description);
            if (from != null) {
                command.from(from);
            }
            if (choice.version != null) {
                command.version(choice.version);
            }
            if (choice.increment != null) {
                command.increment(choice.increment);
            }
            if (apply) {
                host.ensureFlowLabels();
            }
            StepReport.fromEnvironment().prepared(command.call());
            return 0;
        }
    }

}
