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

import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.validation.ConsistencyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** Checks a tag and a requested version before deploying (R-T2); prints every failed check. */
@Command(name = "validate", sortOptions = false, usageHelpWidth = 100,
        header = "validate — check a release tag before deploying it (rule R-T2)",
        description = {
            "Runs every check and prints each one that fails, not only the first:",
            "  the tag has the configured format (v1.2.3) and exists in the repository,",
            "  the requested version is a SemVer version and is the one the tag names,",
            "  version.txt at the tagged commit exists, is well formed and holds that version.",
            "Inside GitHub Actions it also writes the step outputs ok, tag, version and the report as a summary.",
            "Reads only: nothing in the repository is changed, no code host is contacted.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok (for a dry run: the plan was printed, nothing changed)",
            "1:a release rule refused the step or a check failed (every failure is printed)",
            "2:bad arguments or configuration (unknown option, malformed version, routing file problems)",
            "3:repository problem (not a repository, shallow clone, dirty work tree, detached HEAD, push rejected, remote unreachable or too slow)"})
class validate implements Callable<Integer> {
    @Option(names = "--tag", paramLabel = "TAG", required = true,
            description = "the tag to deploy, such as v2.3.0 (the workflow input)")
    String tag;

    @Option(names = "--version", paramLabel = "VERSION", required = true,
            description = "the version to deploy, such as 2.3.0 (the workflow input)")
    String version;

    @Mixin
    StepOptions step;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    public static void main(String[] args) {
        ScriptCli.main(new validate(), args);
    }

    @Override
    public Integer call() {
        try (SourceRepository repository = step.openRepository(); ScriptEvents events = step.events()) {
            ReleaseFlow flow = ReleaseFlow.builder().repository(repository).listener(events).build();
            ConsistencyReport report = flow.validate().tag(tag).version(version).call();
            StepReport.fromEnvironment().validation(report);
            System.out.println(report.describe());
            return report.isOk() ? 0 : 1;
        }
    }
}
