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
import dev.releaserules.core.flow.PostMergeDecision;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.flow.UnshippedCommits;
import dev.releaserules.core.spi.DeliveryResult;
import dev.releaserules.core.spi.Hosting;
import dev.releaserules.core.spi.NewPullRequest;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.ReleaseListener;
import dev.releaserules.core.spi.RepositoryException;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.git.GitRepositories;
import dev.releaserules.notify.Environment;
import dev.releaserules.notify.HttpTransport;
import dev.releaserules.notify.NotificationConfigException;
import dev.releaserules.notify.Notifications;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** Triggers the production release of a merged release or hotfix pull request, exactly once. */
@Command(name = "post-merge", sortOptions = false, usageHelpWidth = 100,
        header = "post-merge — trigger production for a merged release/hotfix pull request, once (rule R-T3)",
        description = {
            "Give it the closed pull request as the host's webhook reports it. Only a MERGED pull request from",
            "release/vX.Y.Z or hotfix/vX.Y.Z into main triggers; the tag vX.Y.Z must exist. \"Once\" is recorded",
            "in the repository: the ref refs/release-rules/triggered/vX.Y.Z is created and pushed to origin with",
            "a lease on \"absent\", so a re-delivered webhook or a re-run job is refused (exit code 1) instead",
            "of deploying twice.",
            "DRY RUN BY DEFAULT: without --apply it prints the decision and the plan and changes nothing.",
            "Code host: this script has none. With --apply the record ref is really pushed to origin; the",
            "workflow run is only printed ([hosting] would trigger workflow ...).", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok (for a dry run: the plan was printed, nothing changed)",
            "1:a release rule refused the step or a check failed (every failure is printed)",
            "2:bad arguments or configuration (unknown option, malformed version, routing file problems)",
            "3:repository problem (not a repository, shallow clone, dirty work tree, detached HEAD, push rejected, remote unreachable or too slow)"})
class post_merge implements Callable<Integer> {
    /** How the pull request was closed. */
    enum State { MERGED, CLOSED }

    @Option(names = "--pr", paramLabel = "NUMBER", required = true, description = "the pull request number")
    int number;

    @Option(names = "--head", paramLabel = "BRANCH", required = true, description = "its source branch, such as release/v2.3.0")
    String head;

    @Option(names = "--base", paramLabel = "BRANCH", defaultValue = "main", description = "its target branch (default main)")
    String base;

    @Option(names = "--merged-by", paramLabel = "WHO", defaultValue = "", description = "who merged it, such as @alice")
    String mergedBy;

    @Option(names = "--state", paramLabel = "STATE", defaultValue = "merged",
            description = "merged (default) or closed (closed without merging: nothing to do)")
    State state;

    @Option(names = "--apply", description = "do it: record the trigger on origin, then trigger the workflow")
    boolean apply;

    @Option(names = "--move-tag", description = {
            "when commits were pushed to the branch after its tag was cut (a hotfix's fix, a QA fix), move the",
            "tag to the merged head instead of refusing; only while the version was never triggered (rule R-T3)"})
    boolean moveTag;

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "the git repository work tree (default: the current directory)")
    Path repo;

    @Option(names = "--notifications", paramLabel = "FILE",
            description = {"deliver the step's events through this routing YAML (see notify.java --help; secrets as $${env:NAME});",
                           "without it they are printed as [event] lines"})
    Path notifications;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");   // the library's warnings only
        System.exit(new CommandLine(new post_merge()).setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(post_merge::usage)
                .setExecutionExceptionHandler(post_merge::fail).execute(args));
    }

    @Override
    public Integer call() {
        if (number <= 0) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "Invalid value for option '--pr': expected a positive number, got " + number);
        }
        boolean merged = state == State.MERGED;
        PullRequest pr = new PullRequest(number, "", "", head, base, Set.of(),
                merged ? PullRequest.State.MERGED : PullRequest.State.CLOSED, mergedBy,
                merged ? PullRequest.MergeMethod.MERGE_COMMIT : PullRequest.MergeMethod.NONE);
        try (SourceRepository repository = GitRepositories.open(repo, GitRepositories.Options.forCommandLine()); Events events = new Events(notifications)) {
            ReleaseFlow flow = ReleaseFlow.builder().repository(repository).listener(events)
                    .hosting(new PrintingHosting()).build();
            PostMergeDecision decision = flow.postMerge().pullRequest(pr).dryRun(!apply)
                    .unshippedCommits(moveTag ? UnshippedCommits.MOVE_TAG : UnshippedCommits.REFUSE).call();
            if (decision instanceof PostMergeDecision.Triggered triggered) {
                System.out.println((triggered.dryRun() ? "DRY RUN — would trigger " : "Triggered ")
                        + triggered.workflow() + " for " + triggered.version() + " on tag " + triggered.tag());
                System.out.println("  plan:");
                triggered.plan().describe().lines().forEach(line -> System.out.println("    " + line));
                if (triggered.dryRun()) {
                    System.out.println("Run again with --apply to do it.");
                }
                return 0;
            }
            if (decision instanceof PostMergeDecision.AlreadyTriggered again) {
                System.out.println("Refused: " + again.reason());
                return 1;
            }
            System.out.println("Nothing to do: " + ((PostMergeDecision.NotApplicable) decision).reason());
            return 0;
        }
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
