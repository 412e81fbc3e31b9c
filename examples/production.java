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

import dev.releaserules.core.flow.ProductionCommand;
import dev.releaserules.core.flow.ProductionOutcome;
import dev.releaserules.core.flow.QuickReleaseRules;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.flow.ReleaseLinks;
import dev.releaserules.core.spi.Hosting;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.Version;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Records how the production release ended and announces it, with the time against the target and the timeline. */
@Command(name = "production", sortOptions = false, usageHelpWidth = 100,
        header = "production — announce production success or failure with the time against the target (R-N1, R-TL)",
        description = {
            "Run it as the last step of the production workflow. It emits production_succeeded or",
            "production_failed with the run's duration and the time since the release was prepared (read from",
            "the release commit in git) against the 8 h target (2 h for a hotfix); a success also emits",
            "release_completed with the timeline: prepared, feature cutoff, production triggered (the time",
            "post-merge recorded in refs/release-rules/triggered/vX.Y.Z: fetch it first with",
            "  git fetch origin '+refs/release-rules/*:refs/release-rules/*'), deployed.",
            "A success also publishes the tag's code-host release with the version's changelog section, once",
            "(rule R-GR): --host github creates the GitHub Release unless the tag has one; the printing host",
            "only prints it. Nothing in git is changed.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:announced",
            "1:a release rule refused the step (the version has no tag)",
            "2:bad arguments or configuration (unknown option, malformed version, routing file problems)",
            "3:repository problem (not a repository, shallow clone)"})
class production implements Callable<Integer> {
    @Option(names = "--version", paramLabel = "X.Y.Z", required = true, converter = ScriptCli.VersionConverter.class,
            description = "the released version; its tag must exist")
    Version version;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Outcome outcome;

    static final class Outcome {
        @Option(names = "--succeeded", required = true, description = "production succeeded")
        boolean succeeded;

        @Option(names = "--failed", paramLabel = "REASON", required = true, description = "production failed, and why")
        String failed;
    }

    @Option(names = "--artifact", paramLabel = "WHAT", defaultValue = "",
            description = "what was deployed, such as an image (default: none)")
    String artifact;

    @Option(names = "--run-time", paramLabel = "SECONDS", defaultValue = "0",
            description = "how long the production run took, in seconds")
    long runSeconds;

    @Option(names = "--run-url", paramLabel = "URL", defaultValue = "",
            description = {"the run's page; in GitHub Actions it defaults to this run's"})
    String runUrl;

    @Option(names = "--release-url", paramLabel = "URL", defaultValue = "",
            description = "the release page, when it is not the code host's release")
    String releaseUrl;

    @Option(names = "--repository-url", paramLabel = "URL", defaultValue = "",
            description = {"the repository's page, for links in the messages (pull requests, comparison);",
                           "in GitHub Actions it defaults to this repository's"})
    String repositoryUrl;

    @Option(names = "--no-host-release", description = "do not publish the code-host release")
    boolean noHostRelease;

    @Mixin
    StepOptions step;

    @Mixin
    ScriptHost host;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    public static void main(String[] args) {
        ScriptCli.main(new production(), args);
    }

    @Override
    public Integer call() {
        String server = System.getenv().getOrDefault("GITHUB_SERVER_URL", "");
        String repository = System.getenv().getOrDefault("GITHUB_REPOSITORY", "");
        String runId = System.getenv().getOrDefault("GITHUB_RUN_ID", "");
        String page = !repositoryUrl.isEmpty() ? repositoryUrl
                : !server.isEmpty() && !repository.isEmpty() ? server + "/" + repository : "";
        String run = !runUrl.isEmpty() ? runUrl : !page.isEmpty() && !runId.isEmpty() ? page + "/actions/runs/" + runId : "";
        Hosting hosting = host.hosting();   // first: a missing GitHub variable is named before any git work
        QuickReleaseRules rules = QuickReleaseRules.builder()
                .links(page.isEmpty() ? ReleaseLinks.none() : ReleaseLinks.github(page)).build();
        try (SourceRepository source = step.openRepository();
                ScriptEvents events = step.events()) {
            ReleaseFlow flow = ReleaseFlow.builder().repository(source).rules(rules).listener(events).hosting(hosting)
                    .build();
            ProductionCommand command = flow.production().version(version).runUrl(run).hostRelease(!noHostRelease);
            Duration runTime = Duration.ofSeconds(Math.max(0, runSeconds));
            ProductionOutcome done = (outcome.failed != null
                    ? command.failed(artifact, releaseUrl, runTime, outcome.failed)
                    : command.succeeded(artifact, releaseUrl, runTime)).call();
            System.out.println((done.succeeded() ? "Production succeeded: " : "Production FAILED: ") + done.tag()
                    + " after " + done.elapsed().toMinutes() + " min (target " + done.target().toHours() + " h"
                    + (done.late() ? ", LATE" : "") + ")");
            done.hostRelease().ifPresent(r -> System.out.println("Release page: " + (r.url().isEmpty() ? r.tag() : r.url())));
            return 0;
        }
    }
}
