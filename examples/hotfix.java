///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS dev.releaserules:release-bom:0.1.0-SNAPSHOT@pom
//DEPS dev.releaserules:release-core
//DEPS dev.releaserules:release-notify
//DEPS dev.releaserules:release-git
//DEPS org.slf4j:slf4j-simple:2.0.17
//SOURCES support/Cli.java

import dev.releaserules.core.flow.HotfixCommand;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.Version;
import dev.releaserules.git.GitRepositories;

import java.nio.file.Path;
import java.util.Set;

/** Cuts a hotfix branch from production; a dry run unless --apply. */
class hotfix {
    static final String HELP = """
            hotfix — cut hotfix/vX.Y.Z from main or a production tag (rule R-V4)

            Usage: ./jbang examples/hotfix.java [--apply] [--version X.Y.Z | --increment LEVEL]
                                                [--from BRANCH_OR_TAG] [--repo DIR] [--allow-dirty]

            Increments the patch of version.txt on main (or the given tag), then plans: create
            hotfix/vX.Y.Z with version.txt committed, the annotated tag, one atomic push to origin,
            and the [HOTFIX] pull request labelled hotfix and priority:critical. The fix itself is
            then committed on the hotfix branch by people.

            DRY RUN BY DEFAULT: without --apply it prints the version and the plan and changes nothing.

            Options:
              --apply                 do it: commit, tag and push to origin
              --version X.Y.Z         this version instead of the next patch
              --increment LEVEL       major, minor or patch (default patch)
              --from BRANCH_OR_TAG    where to cut from (default main), such as v2.3.0
              --repo DIR              the git repository work tree (default: the current directory)
              --allow-dirty           accept uncommitted changes in the work tree
              --notifications FILE  deliver the step's events through this routing YAML (see notify.java
                                    --help; secrets as ${env:NAME}); without it they are printed

            Code host: this script has none. With --apply the push to origin is real, the pull request
            is only printed ("[hosting] would open pull request ...").""";

    public static void main(String[] argv) {
        Cli.run("hotfix", HELP, Set.of("--apply", "--allow-dirty"),
                Set.of("--version", "--increment", "--from", "--repo", Cli.NOTIFICATIONS), argv, args -> {
            args.refuseTogether("--version", "--increment");
            boolean apply = args.flag("--apply");
            try (SourceRepository repository = GitRepositories.open(Path.of(args.get("--repo", ".")), GitRepositories.Options.forCommandLine());
                 Cli.Events events = Cli.Events.from(args)) {
                ReleaseFlow flow = ReleaseFlow.builder().repository(repository).listener(events)
                        .hosting(new Cli.PrintingHosting(System.out)).build();
                HotfixCommand command = flow.hotfix().dryRun(!apply).allowDirtyWorkTree(args.flag("--allow-dirty"));
                args.find("--from").ifPresent(command::from);
                args.find("--version").map(Version::parse).ifPresent(command::version);
                args.find("--increment").map(Cli::increment).ifPresent(command::increment);
                Cli.printRelease(command.call());
                return Cli.OK;
            }
        });
    }
}
