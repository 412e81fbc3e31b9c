///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS dev.releaserules:release-bom:0.1.0-SNAPSHOT@pom
//DEPS dev.releaserules:release-core
//DEPS dev.releaserules:release-notify
//DEPS dev.releaserules:release-git
//DEPS org.slf4j:slf4j-simple:2.0.17
//SOURCES support/Cli.java

import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.flow.StagingDecision;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.Version;
import dev.releaserules.git.GitRepositories;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

/** Decides whether a push deploys to staging, and with which pre-release version. */
class staging {
    static final String HELP = """
            staging — decide whether a push deploys to staging, and with which version (rules R-S1, R-V5)

            Usage: ./jbang examples/staging.java --branch BRANCH [--deployed VERSION] [--repo DIR]

            Reads version.txt at the head of the branch and prints the staging version
            X.Y.Z-rc.<epoch seconds, now>, so every build is distinct and sorts before
            X.Y.Z. A head commit whose message says "backport" (any case) was deployed already: the
            answer is to skip (exit code 0 either way; the first output line says which).

            Output, first line, for CI to read:
              deploy 2.3.0-rc.1741004820 release/v2.3.0 <commit>
              skip release/v2.3.0: <reason>

            Options:
              --branch BRANCH   the pushed branch, such as release/v2.3.0 or refs/heads/develop
              --deployed VERSION  VERSION (printed by an earlier run) was deployed: send the
                                  staging_deployed event for it, for the branch's head
              --repo DIR        the git repository (default: the current directory)
              --notifications FILE  deliver the staging_deployed event through this routing YAML (see
                                    notify.java --help); without it it is printed

            Reads only: nothing in the repository is changed.""";

    public static void main(String[] argv) {
        Cli.run("staging", HELP, Set.of(), Set.of("--branch", "--deployed", "--repo", Cli.NOTIFICATIONS), argv, args -> {
            String branch = args.require("--branch");
            try (SourceRepository repository = GitRepositories.open(Path.of(args.get("--repo", ".")), GitRepositories.Options.forCommandLine());
                 Cli.Events events = Cli.Events.from(args)) {
                ReleaseFlow flow = ReleaseFlow.builder().repository(repository).listener(events).build();
                StagingDecision decision = flow.staging().branch(branch).call();
                if (decision instanceof StagingDecision.Skip skip) {
                    System.out.println("skip " + skip.branch() + ": " + skip.reason());
                    return Cli.OK;
                }
                StagingDecision.Deploy deploy = (StagingDecision.Deploy) decision;
                System.out.println("deploy " + deploy.stagingVersion() + " " + deploy.branch() + " " + deploy.commitId());
                if (args.find("--deployed").isPresent()) {
                    Version deployed = Version.parse(args.require("--deployed"));
                    if (!deployed.isPreRelease() || !deployed.core().equals(deploy.stagingVersion().core())) {
                        throw new Cli.UsageException("option --deployed: expected a staging version of "
                                + deploy.stagingVersion().core() + " (such as " + deploy.stagingVersion() + "), got \"" + deployed + "\"");
                    }
                    events.onEvent(new ReleaseEvent.StagingDeployed(deployed, deploy.branch(), deploy.commitId(), Instant.now()));
                }
                return Cli.OK;
            }
        });
    }
}
