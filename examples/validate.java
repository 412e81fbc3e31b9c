///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS dev.releaserules:release-bom:0.1.0-SNAPSHOT@pom
//DEPS dev.releaserules:release-core
//DEPS dev.releaserules:release-notify
//DEPS dev.releaserules:release-git
//DEPS org.slf4j:slf4j-simple:2.0.17
//SOURCES support/Cli.java

import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.validation.ConsistencyReport;
import dev.releaserules.git.GitRepositories;

import java.nio.file.Path;
import java.util.Set;

/** Checks a tag and a requested version before deploying (R-T2); prints every failed check. */
class validate {
    static final String HELP = """
            validate — check a release tag before deploying it (rule R-T2)

            Usage: ./jbang examples/validate.java --tag TAG --version VERSION [--repo DIR]

            Runs every check and prints each one that fails, not only the first:
              the tag has the configured format (v1.2.3) and exists in the repository,
              the requested version is a SemVer version and is the one the tag names,
              version.txt at the tagged commit exists, is well formed and holds that version.

            Options:
              --tag TAG          the tag to deploy, such as v2.3.0 (the workflow input)
              --version VERSION  the version to deploy, such as 2.3.0 (the workflow input)
              --repo DIR         the git repository (work tree or bare); default: the current directory
              --notifications FILE  deliver the step's events through this routing YAML (see notify.java
                                    --help; secrets as ${env:NAME}); without it they are printed

            Reads only: nothing in the repository is changed, no code host is contacted.""";

    public static void main(String[] argv) {
        Cli.run("validate", HELP, Set.of(), Set.of("--tag", "--version", "--repo", Cli.NOTIFICATIONS), argv, args -> {
            String tag = args.require("--tag");
            String version = args.require("--version");
            try (SourceRepository repository = GitRepositories.open(Path.of(args.get("--repo", ".")), GitRepositories.Options.forCommandLine());
                 Cli.Events events = Cli.Events.from(args)) {
                ReleaseFlow flow = ReleaseFlow.builder().repository(repository).listener(events).build();
                ConsistencyReport report = flow.validate().tag(tag).version(version).call();
                System.out.println(report.describe());
                return report.isOk() ? Cli.OK : Cli.RULE_FAILED;
            }
        });
    }
}
