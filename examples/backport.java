///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS dev.releaserules:release-bom:0.1.0-SNAPSHOT@pom
//DEPS dev.releaserules:release-core
//DEPS dev.releaserules:release-notify
//DEPS dev.releaserules:release-git
//DEPS org.slf4j:slf4j-simple:2.0.17
//SOURCES support/Cli.java

import dev.releaserules.core.flow.BackportCommand;
import dev.releaserules.core.flow.BackportResult;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.Version;
import dev.releaserules.git.GitRepositories;

import java.nio.file.Path;
import java.util.Set;

/** Brings a release on main back to develop through a backport branch; a dry run unless --apply. */
class backport {
    static final String HELP = """
            backport — bring a release on main back to develop (rule R-S1 keeps staging from redeploying it)

            Usage: ./jbang examples/backport.java [--apply] [--version X.Y.Z] [--repo DIR]

            Plans: create backport/vX.Y.Z-to-develop from develop, merge main into it with a merge
            commit whose message says "backport" (so staging skips it), push it to origin, open a pull
            request labelled backport, automated and auto-merge. On a conflict nothing is left behind:
            the conflicting paths are printed and the exit code is 1.

            DRY RUN BY DEFAULT: without --apply it prints the plan and changes nothing.

            Options:
              --apply          do it: merge and push to origin
              --version X.Y.Z  the released version (default: version.txt on main)
              --repo DIR       the git repository work tree (default: the current directory)
              --notifications FILE  deliver the step's events through this routing YAML (see notify.java
                                    --help; secrets as ${env:NAME}); without it they are printed

            Code host: this script has none. With --apply the push is real, the pull request is only
            printed ("[hosting] would open pull request ...").""";

    public static void main(String[] argv) {
        Cli.run("backport", HELP, Set.of("--apply"), Set.of("--version", "--repo", Cli.NOTIFICATIONS), argv, args -> {
            try (SourceRepository repository = GitRepositories.open(Path.of(args.get("--repo", ".")), GitRepositories.Options.forCommandLine());
                 Cli.Events events = Cli.Events.from(args)) {
                ReleaseFlow flow = ReleaseFlow.builder().repository(repository).listener(events)
                        .hosting(new Cli.PrintingHosting(System.out)).build();
                BackportCommand command = flow.backport().dryRun(!args.flag("--apply"));
                args.find("--version").map(Version::parse).ifPresent(command::version);
                BackportResult result = command.call();
                if (result instanceof BackportResult.Conflicted conflicted) {
                    System.out.println("Conflict backporting " + conflicted.version() + ": " + conflicted.message());
                    conflicted.paths().forEach(path -> System.out.println("  " + path));
                    return Cli.RULE_FAILED;
                }
                if (result instanceof BackportResult.AlreadyCreated done) {
                    System.out.println("Nothing to do: " + done.message());
                    return Cli.OK;
                }
                BackportResult.Created created = (BackportResult.Created) result;
                System.out.println((created.dryRun() ? "DRY RUN — nothing was changed. " : "") + "backport of "
                        + created.version() + " on " + created.branch());
                System.out.println("  plan:");
                created.plan().describe().lines().forEach(line -> System.out.println("    " + line));
                System.out.println(created.dryRun() ? "Run again with --apply to do it."
                        : "Done: merge commit " + created.mergeCommit() + ", pull request #" + created.pullRequest());
                return Cli.OK;
            }
        });
    }
}
