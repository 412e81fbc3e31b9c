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
//SOURCES support/StepReport.java

import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.flow.StagingDecision;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.Instant;
import java.util.concurrent.Callable;

/** Decides whether a push deploys to staging, and with which pre-release version. */
@Command(name = "staging", sortOptions = false, usageHelpWidth = 100,
        header = "staging — decide whether a push deploys to staging, and with which version (rules R-S1, R-V5)",
        description = {
            "Reads version.txt at the head of the branch and prints the staging version",
            "X.Y.Z-rc.<epoch seconds, now>, so every build is distinct and sorts before X.Y.Z. A head commit",
            "whose message says \"backport\" (any case) was deployed already: the answer is to skip (exit code 0",
            "either way; the first output line says which).",
            "Output, first line (inside GitHub Actions also step outputs action, version, branch, commit):",
            "  deploy 2.3.0-rc.1741004820 release/v2.3.0 <commit>",
            "  skip release/v2.3.0: <reason>",
            "Reads only: nothing in the repository is changed.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok (for a dry run: the plan was printed, nothing changed)",
            "1:a release rule refused the step or a check failed (every failure is printed)",
            "2:bad arguments or configuration (unknown option, malformed version, routing file problems)",
            "3:repository problem (not a repository, shallow clone, dirty work tree, detached HEAD, push rejected, remote unreachable or too slow)"})
class staging implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--branch", paramLabel = "BRANCH", required = true,
            description = "the pushed branch, such as release/v2.3.0 or refs/heads/develop")
    String branch;

    @Option(names = "--deployed", paramLabel = "VERSION", converter = ScriptCli.VersionConverter.class, description = {
            "VERSION (printed by an earlier run) was deployed: send the staging_deployed event for it, for the",
            "branch's head"})
    Version deployed;

    @Mixin
    StepOptions step;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    public static void main(String[] args) {
        ScriptCli.main(new staging(), args);
    }

    @Override
    public Integer call() {
        try (SourceRepository repository = step.openRepository(); ScriptEvents events = step.events()) {
            ReleaseFlow flow = ReleaseFlow.builder().repository(repository).listener(events).build();
            StagingDecision decision = flow.staging().branch(branch).call();
            StepReport.fromEnvironment().staging(decision);
            if (decision instanceof StagingDecision.Skip skip) {
                System.out.println("skip " + skip.branch() + ": " + skip.reason());
                return 0;
            }
            StagingDecision.Deploy deploy = (StagingDecision.Deploy) decision;
            System.out.println("deploy " + deploy.stagingVersion() + " " + deploy.branch() + " " + deploy.commitId());
            if (deployed != null) {
                if (!deployed.isPreRelease() || !deployed.core().equals(deploy.stagingVersion().core())) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--deployed':"
                            + " expected a staging version of " + deploy.stagingVersion().core() + " (such as "
                            + deploy.stagingVersion() + "), got \"" + deployed + "\"");
                }
                events.onEvent(new ReleaseEvent.StagingDeployed(deployed, deploy.branch(), deploy.commitId(), Instant.now()));
            }
            return 0;
        }
    }
}
