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

import dev.releaserules.core.flow.BackportCommand;
import dev.releaserules.core.flow.BackportResult;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.spi.Hosting;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** Brings a release on main back to develop through a backport branch; a dry run unless --apply. */
@Command(name = "backport", sortOptions = false, usageHelpWidth = 100,
        header = "backport — bring a release on main back to develop (rule R-S1 keeps staging from redeploying it)",
        description = {
            "Plans: create backport/vX.Y.Z-to-develop from develop, merge main into it with a merge commit whose",
            "message says \"backport\" (so staging skips it), push it to origin, open a pull request labelled",
            "backport, automated and auto-merge. On a conflict nothing is left behind: the conflicting paths are",
            "printed and the exit code is 1.",
            "Inside GitHub Actions it also writes the step outputs result, version, branch, pull_request, dry_run and a summary.",
            "DRY RUN BY DEFAULT: without --apply it prints the plan and changes nothing.",
            "Code host (--host): printing by default, so with --apply the push is real and the pull request is",
            "only printed ([hosting] would open pull request ...); --host github opens it.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok (for a dry run: the plan was printed, nothing changed)",
            "1:a release rule refused the step or a check failed (every failure is printed)",
            "2:bad arguments or configuration (unknown option, malformed version, routing file problems)",
            "3:repository problem (not a repository, shallow clone, dirty work tree, detached HEAD, push rejected, remote unreachable or too slow)"})
class backport implements Callable<Integer> {
    @Option(names = "--apply", description = "do it: merge and push to origin")
    boolean apply;

    @Option(names = "--version", paramLabel = "X.Y.Z", converter = ScriptCli.VersionConverter.class,
            description = "the released version (default: version.txt on main)")
    Version version;

    @Mixin
    StepOptions step;

    @Mixin
    ScriptHost host;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    public static void main(String[] args) {
        ScriptCli.main(new backport(), args);
    }

    @Override
    public Integer call() {
        Hosting hosting = host.hosting();   // first: a missing GitHub variable is named before any git work
        try (SourceRepository repository = step.openRepository(); ScriptEvents events = step.events()) {
            ReleaseFlow flow = ReleaseFlow.builder().repository(repository).listener(events)
                    .hosting(hosting).build();
            BackportCommand command = flow.backport().dryRun(!apply);
            if (version != null) {
                command.version(version);
            }
            BackportResult result = command.call();
            StepReport.fromEnvironment().backport(result);
            if (result instanceof BackportResult.Conflicted conflicted) {
                System.out.println("Conflict backporting " + conflicted.version() + ": " + conflicted.message());
                conflicted.paths().forEach(path -> System.out.println("  " + path));
                return 1;
            }
            if (result instanceof BackportResult.AlreadyCreated done) {
                System.out.println("Nothing to do: " + done.message());
                return 0;
            }
            BackportResult.Created created = (BackportResult.Created) result;
            System.out.println((created.dryRun() ? "DRY RUN — nothing was changed. " : "") + "backport of "
                    + created.version() + " on " + created.branch());
            System.out.println("  plan:");
            created.plan().describe().lines().forEach(line -> System.out.println("    " + line));
            System.out.println(created.dryRun() ? "Run again with --apply to do it."
                    : "Done: merge commit " + created.mergeCommit() + ", pull request #" + created.pullRequest());
            return 0;
        }
    }
}
