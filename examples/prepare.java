///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS dev.releaserules:release-bom:0.1.0-SNAPSHOT@pom
//DEPS dev.releaserules:release-core
//DEPS dev.releaserules:release-notify
//DEPS dev.releaserules:release-git
//DEPS org.slf4j:slf4j-simple:2.0.17
//SOURCES support/Cli.java

import dev.releaserules.core.commit.BumpRules;
import dev.releaserules.core.flow.PrepareCommand;
import dev.releaserules.core.flow.PreparedRelease;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.Version;
import dev.releaserules.git.GitRepositories;

import java.nio.file.Path;
import java.util.Set;

/** Prepares a regular release from the development branch; a dry run unless --apply. */
class prepare {
    static final String HELP = """
            prepare — cut release/vX.Y.Z from develop with a feature cutoff (rules R-V2, R-B1, R-B2, R-C1, R-T1)

            Usage: ./jbang examples/prepare.java [--apply] [--version X.Y.Z | --increment LEVEL | --recommend]
                                                 [--from BRANCH] [--repo DIR] [--allow-dirty]

            Picks the version from version.txt on the branch (minor increment unless told otherwise),
            then plans: create release/vX.Y.Z at the branch's head (the feature cutoff), commit
            version.txt and the new CHANGELOG.md section, create the annotated tag vX.Y.Z, push branch,
            tag and cutoff record to origin in one atomic push, open the release pull request.

            DRY RUN BY DEFAULT: without --apply it prints the version, the reason, the plan and the
            release notes, and changes nothing.

            Options:
              --apply            do it: commit, tag and push to origin
              --version X.Y.Z    release exactly this version (must be above version.txt's)
              --increment LEVEL  major, minor or patch (default minor)
              --recommend        let the conventional commits since the last release tag choose
              --from BRANCH      the branch to release from (default develop)
              --repo DIR         the git repository work tree (default: the current directory)
              --allow-dirty      accept uncommitted changes in the work tree (the flow never touches it)
              --notifications FILE  deliver the step's events through this routing YAML (see notify.java
                                    --help; secrets as ${env:NAME}); without it they are printed

            Code host: this script has none. With --apply, git is real (the push goes to origin) but
            the pull request is only printed ("[hosting] would open pull request ..."): open it with
            your host's CLI, or plug a Hosting adapter for your host into ReleaseFlow.builder().""";

    public static void main(String[] argv) {
        Cli.run("prepare", HELP, Set.of("--apply", "--recommend", "--allow-dirty"),
                Set.of("--version", "--increment", "--from", "--repo", Cli.NOTIFICATIONS), argv, args -> {
            args.refuseTogether("--version", "--increment");
            args.refuseTogether("--version", "--recommend");
            args.refuseTogether("--increment", "--recommend");
            boolean apply = args.flag("--apply");
            try (SourceRepository repository = GitRepositories.open(Path.of(args.get("--repo", ".")), GitRepositories.Options.forCommandLine());
                 Cli.Events events = Cli.Events.from(args)) {
                ReleaseFlow flow = ReleaseFlow.builder().repository(repository).listener(events)
                        .hosting(new Cli.PrintingHosting(System.out)).build();
                PrepareCommand command = flow.prepare().dryRun(!apply).allowDirtyWorkTree(args.flag("--allow-dirty"));
                args.find("--from").ifPresent(command::from);
                args.find("--version").map(Version::parse).ifPresent(command::version);
                args.find("--increment").map(Cli::increment).ifPresent(command::increment);
                if (args.flag("--recommend")) {
                    command.recommendedBy(BumpRules.defaults());
                }
                PreparedRelease release = command.call();
                Cli.printRelease(release);
                return Cli.OK;
            }
        });
    }
}
