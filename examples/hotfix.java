///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS dev.releaserules:release-bom:0.1.0-SNAPSHOT@pom
//DEPS dev.releaserules:release-core
//DEPS dev.releaserules:release-notify
//DEPS dev.releaserules:release-git
//DEPS info.picocli:picocli:4.7.7
//DEPS org.slf4j:slf4j-simple:2.0.19

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.flow.HotfixCommand;
import dev.releaserules.core.flow.PreparedRelease;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.spi.DeliveryResult;
import dev.releaserules.core.spi.Hosting;
import dev.releaserules.core.spi.NewPullRequest;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.ReleaseListener;
import dev.releaserules.core.spi.RepositoryException;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.Increment;
import dev.releaserules.core.version.Version;
import dev.releaserules.git.GitRepositories;
import dev.releaserules.notify.Environment;
import dev.releaserules.notify.HttpTransport;
import dev.releaserules.notify.NotificationConfigException;
import dev.releaserules.notify.Notifications;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** Cuts a hotfix branch from production; a dry run unless --apply. */
@Command(name = "hotfix", sortOptions = false, usageHelpWidth = 100,
        header = "hotfix — cut hotfix/vX.Y.Z from main or a production tag (rule R-V4)",
        description = {
            "Increments the patch of version.txt on main (or the given tag), then plans: create hotfix/vX.Y.Z",
            "with version.txt committed, the annotated tag, one atomic push to origin, and the [HOTFIX] pull",
            "request labelled hotfix and priority:critical. The fix itself is then committed on the hotfix",
            "branch by people.",
            "DRY RUN BY DEFAULT: without --apply it prints the version and the plan and changes nothing.",
            "Code host: this script has none. With --apply the push to origin is real, the pull request is only",
            "printed ([hosting] would open pull request ...).", ""},
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
        @Option(names = "--version", paramLabel = "X.Y.Z", converter = VersionConverter.class,
                description = "this version instead of the next patch")
        Version version;

        @Option(names = "--increment", paramLabel = "LEVEL", description = "major, minor or patch (default patch)")
        Increment increment;
    }

    @Option(names = "--from", paramLabel = "BRANCH_OR_TAG", description = "where to cut from (default main), such as v2.3.0")
    String from;

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "the git repository work tree (default: the current directory)")
    Path repo;

    @Option(names = "--allow-dirty", description = "accept uncommitted changes in the work tree")
    boolean allowDirty;

    @Option(names = "--notifications", paramLabel = "FILE",
            description = {"deliver the step's events through this routing YAML (see notify.java --help; secrets as $${env:NAME});",
                           "without it they are printed as [event] lines"})
    Path notifications;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");   // the library's warnings only
        System.exit(new CommandLine(new hotfix()).setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(hotfix::usage)
                .setExecutionExceptionHandler(hotfix::fail).execute(args));
    }

    @Override
    public Integer call() {
        try (SourceRepository repository = GitRepositories.open(repo, GitRepositories.Options.forCommandLine()); Events events = new Events(notifications)) {
            ReleaseFlow flow = ReleaseFlow.builder().repository(repository).listener(events)
                    .hosting(new PrintingHosting()).build();
            HotfixCommand command = flow.hotfix().dryRun(!apply).allowDirtyWorkTree(allowDirty);
            if (from != null) {
                command.from(from);
            }
            if (choice.version != null) {
                command.version(choice.version);
            }
            if (choice.increment != null) {
                command.increment(choice.increment);
            }
            printRelease(command.call());
            return 0;
        }
    }

    /** --version X.Y.Z, parsed strictly; a malformed one is a usage error naming what was expected. */
    static final class VersionConverter implements CommandLine.ITypeConverter<Version> {
        @Override
        public Version convert(String value) {
            try {
                return Version.parse(value);
            } catch (InvalidInputException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Prints what prepare or hotfix did, or in a dry run would do. */
    static void printRelease(PreparedRelease release) {
        System.out.println((release.dryRun() ? "DRY RUN — nothing was changed. " : "")
                + release.kind().toString().toLowerCase(Locale.ROOT) + " " + release.version());
        System.out.println("  version:        " + release.choice().reason());
        System.out.println("  branch / tag:   " + release.branch() + " / " + release.tag());
        System.out.println("  feature cutoff: " + release.cutoffCommit());
        System.out.println("  expected done:  " + release.expectedCompletion());
        if (release.resumed()) {
            System.out.println("  resumed an earlier, interrupted run");
        }
        System.out.println("  plan:");
        release.plan().describe().lines().forEach(line -> System.out.println("    " + line));
        if (!release.releaseNotes().isBlank()) {
            System.out.println("  release notes:");
            release.releaseNotes().lines().forEach(line -> System.out.println(("    " + line).stripTrailing()));
        }
        System.out.println(release.dryRun() ? "Run again with --apply to do it."
                : "Done: release commit " + release.releaseCommit() + ", pull request #" + release.pullRequest());
    }

    /** Bad command-line input: what was wrong, and where to look; exit code 2. */
    static int usage(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        cmd.getErr().println("Run with --help for the options.");
        return 2;
    }

    /** The library's exceptions as the exit codes listed in --help. */
    static int fail(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        String name = cmd.getCommandSpec().qualifiedName();
        if (e instanceof InvalidInputException || e instanceof NotificationConfigException) {
            cmd.getErr().println(name + ": " + e.getMessage());
            return 2;
        }
        if (e instanceof RepositoryException repositoryProblem) {
            cmd.getErr().println(name + ": repository problem (" + repositoryProblem.reason() + "): " + e.getMessage());
            return 3;
        }
        if (e instanceof RuleViolationException) {
            cmd.getErr().println(name + ": refused: " + e.getMessage());
            return 1;
        }
        if (e instanceof ReleaseException) {
            cmd.getErr().println(name + ": " + e.getMessage());
            return 1;
        }
        cmd.getErr().println(name + ": unexpected failure: " + e);
        e.printStackTrace(cmd.getErr());
        return 1;
    }

    /** The step's events: delivered through the --notifications routing file, or printed as [event] lines. */
    static final class Events implements ReleaseListener, AutoCloseable {
        private final Notifications notifications;

        Events(Path routing) {
            this.notifications = routing == null ? null
                    : Notifications.load(routing, Environment.system(), HttpTransport.defaults());
        }

        @Override
        public void onEvent(ReleaseEvent event) {
            if (notifications == null) {
                System.out.println("[event] " + event.type().wireName() + " " + event.attributes());
                return;
            }
            // A notification that cannot be delivered is reported; it does not undo or fail the step.
            for (DeliveryResult result : notifications.publish(event)) {
                System.out.println("[notify] " + event.type().wireName() + (result.isOk() ? " delivered to " : " NOT delivered to ")
                        + result.channel() + (result.reason().isBlank() ? "" : ": " + result.reason()));
            }
        }

        @Override
        public void close() {
            if (notifications != null) {
                notifications.close();
            }
        }
    }

    /**
     * A hosting port for running without a code host: prints the pull requests it would open and the
     * workflows it would trigger. Plug your host's adapter into ReleaseFlow.builder() in real use.
     */
    static final class PrintingHosting implements Hosting {
        private final List<PullRequest> pullRequests = new ArrayList<>();

        @Override
        public PullRequest openPullRequest(NewPullRequest request) {
            PullRequest pr = new PullRequest(pullRequests.size() + 1, request.title(), request.body(), request.head(),
                    request.base(), new TreeSet<>(request.labels()), PullRequest.State.OPEN, "", PullRequest.MergeMethod.NONE);
            pullRequests.add(pr);
            System.out.println("[hosting] would open pull request: " + request.head() + " -> " + request.base());
            System.out.println("[hosting]   title:  " + request.title());
            System.out.println("[hosting]   labels: " + String.join(", ", new TreeSet<>(request.labels())));
            request.body().lines().forEach(line -> System.out.println("[hosting]   | " + line));
            return pr;
        }

        @Override
        public Optional<PullRequest> findOpenPullRequest(String head, String base) {
            return pullRequests.stream().filter(pr -> pr.head().equals(head) && pr.base().equals(base)).findFirst();
        }

        @Override
        public Optional<PullRequest> findPullRequest(int number) {
            return pullRequests.stream().filter(pr -> pr.number() == number).findFirst();
        }

        @Override
        public void addLabels(int number, Collection<String> labels) {
            System.out.println("[hosting] would add labels to #" + number + ": " + String.join(", ", labels));
        }

        @Override
        public void triggerWorkflow(String workflow, String ref, Map<String, String> inputs) {
            System.out.println("[hosting] would trigger workflow " + workflow + " on " + ref + " with " + inputs);
        }

        @Override
        public List<PullRequest> pullRequestsFrom(String head) {
            return pullRequests.stream().filter(pr -> pr.head().equals(head)).toList();
        }

        @Override
        public List<PullRequest> pullRequests() {
            return List.copyOf(pullRequests);
        }
    }
}
