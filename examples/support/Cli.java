// Shared by the example scripts through `//SOURCES support/Cli.java`: argument parsing, the exit
// codes and the mapping of the library's exceptions to them, console logging, and a hosting port
// that prints instead of calling a code host. Copy it together with the scripts you use.

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.flow.PreparedRelease;
import dev.releaserules.core.spi.Hosting;
import dev.releaserules.core.spi.NewPullRequest;
import dev.releaserules.core.spi.DeliveryResult;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.ReleaseListener;
import dev.releaserules.core.spi.RepositoryException;
import dev.releaserules.core.version.Increment;
import dev.releaserules.notify.Environment;
import dev.releaserules.notify.HttpTransport;
import dev.releaserules.notify.Notifications;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Command-line plumbing every example script shares (they all need release-notify for --notifications). */
final class Cli {
    /** Success: the step did (or, in a dry run, would do) what was asked. */
    static final int OK = 0;
    /** A release rule refused the step, or a check failed (every failure is printed). */
    static final int RULE_FAILED = 1;
    /** Bad arguments or configuration: nothing was read or changed. */
    static final int BAD_ARGUMENTS = 2;
    /** The repository could not be used: not a repository, shallow, dirty, detached, push rejected. */
    static final int REPOSITORY_PROBLEM = 3;

    static final String EXIT_CODES = """
            Exit codes:
              0  ok (or, in a dry run, the plan was printed)
              1  a release rule refused the step or a check failed; every failure is printed
              2  bad arguments or configuration
              3  repository problem (not a repository, shallow clone, dirty work tree, detached HEAD,
                 push rejected, remote unreachable)""";

    private Cli() {
    }

    /** The body of a script: returns its exit code, may throw the library's exceptions. */
    interface Body {
        int run(Args args) throws Exception;
    }

    /** Bad command-line input; its message says which argument and what was expected. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /**
     * Runs a script body and exits with its code, or with the code of the exception it threw.
     *
     * @param name the script name for messages, such as {@code validate}
     * @param help the full --help text
     * @param flags the options that take no value
     * @param options the options that take a value
     */
    static void run(String name, String help, Set<String> flags, Set<String> options, String[] argv, Body body) {
        configureLogging();
        int code;
        try {
            Args args = Args.parse(argv, flags, options);
            if (args.flag("--help")) {
                System.out.println(help.strip());
                System.out.println();
                System.out.println(EXIT_CODES);
                code = OK;
            } else {
                code = body.run(args);
            }
        } catch (UsageException e) {
            System.err.println(name + ": " + e.getMessage());
            System.err.println("Run with --help for the options.");
            code = BAD_ARGUMENTS;
        } catch (InvalidInputException e) {
            System.err.println(name + ": " + e.getMessage());
            code = BAD_ARGUMENTS;
        } catch (RepositoryException e) {
            System.err.println(name + ": repository problem (" + e.reason() + "): " + e.getMessage());
            code = REPOSITORY_PROBLEM;
        } catch (RuleViolationException e) {
            System.err.println(name + ": refused: " + e.getMessage());
            code = RULE_FAILED;
        } catch (ReleaseException e) {
            System.err.println(name + ": " + e.getMessage());
            code = RULE_FAILED;
        } catch (Exception e) {
            System.err.println(name + ": unexpected failure: " + e);
            e.printStackTrace(System.err);
            code = RULE_FAILED;
        }
        System.out.flush();
        System.exit(code);
    }

    /** Parses --increment. */
    static Increment increment(String level) {
        try {
            return Increment.valueOf(level.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageException("option --increment: expected major, minor or patch, got \"" + level + "\"");
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
        if (release.dryRun()) {
            System.out.println("Run again with --apply to do it.");
        } else {
            System.out.println("Done: release commit " + release.releaseCommit() + ", pull request #" + release.pullRequest());
        }
    }

    /**
     * Sends SLF4J to standard output without decoration, so the console notifier's lines read as
     * part of the script's output; the library's own loggers speak only for warnings.
     */
    static void configureLogging() {
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.out");
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.dev.releaserules.notify.console", "info");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showLogName", "false");
        System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "true");
    }

    /** Parsed options: {@code --name value}, {@code --name=value} and flags; no positional arguments. */
    static final class Args {
        private final Map<String, String> values;
        private final Set<String> flags;

        private Args(Map<String, String> values, Set<String> flags) {
            this.values = values;
            this.flags = flags;
        }

        static Args parse(String[] argv, Set<String> knownFlags, Set<String> knownOptions) {
            Map<String, String> values = new LinkedHashMap<>();
            Set<String> flags = new LinkedHashSet<>();
            for (int i = 0; i < argv.length; i++) {
                String arg = argv[i];
                String name = arg;
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                }
                if (name.equals("--help") || name.equals("-h")) {
                    flags.add("--help");
                } else if (knownFlags.contains(name)) {
                    if (value != null) {
                        throw new UsageException("option " + name + " takes no value, got \"" + value + "\"");
                    }
                    flags.add(name);
                } else if (knownOptions.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= argv.length || argv[i + 1].startsWith("--")) {
                            throw new UsageException("option " + name + " needs a value");
                        }
                        value = argv[++i];
                    }
                    if (values.put(name, value) != null) {
                        throw new UsageException("option " + name + " given twice");
                    }
                } else if (arg.startsWith("-")) {
                    Set<String> all = new TreeSet<>(knownOptions);
                    all.addAll(knownFlags);
                    throw new UsageException("unknown option " + name + " (known: " + String.join(", ", all)
                            + ", --help)");
                } else {
                    throw new UsageException("unexpected argument \"" + arg + "\": every argument is an --option");
                }
            }
            return new Args(values, flags);
        }

        boolean flag(String name) {
            return flags.contains(name);
        }

        Optional<String> find(String name) {
            return Optional.ofNullable(values.get(name));
        }

        String get(String name, String fallback) {
            return values.getOrDefault(name, fallback);
        }

        String require(String name) {
            String value = values.get(name);
            if (value == null || value.isBlank()) {
                throw new UsageException("option " + name + " is required");
            }
            return value;
        }

        int requireNumber(String name) {
            String value = require(name);
            try {
                int number = Integer.parseInt(value);
                if (number > 0) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below with the same message as a non-positive number
            }
            throw new UsageException("option " + name + ": expected a positive number, got \"" + value + "\"");
        }

        void refuseTogether(String first, String second) {
            if ((values.containsKey(first) || flags.contains(first)) && (values.containsKey(second)
                    || flags.contains(second))) {
                throw new UsageException("options " + first + " and " + second + " exclude each other");
            }
        }
    }

    /** The option every script that emits events takes: {@code --notifications FILE}. */
    static final String NOTIFICATIONS = "--notifications";

    /**
     * The step's events: delivered through the routing file given with {@code --notifications}, or
     * printed as {@code [event] ...} lines when there is none. A notification that cannot be
     * delivered is reported, and does not undo or fail the step that caused it.
     */
    static final class Events implements ReleaseListener, AutoCloseable {
        private final Notifications notifications;
        private int undelivered;

        private Events(Notifications notifications) {
            this.notifications = notifications;
        }

        static Events from(Args args) {
            Optional<String> file = args.find(NOTIFICATIONS);
            if (file.isEmpty()) {
                return new Events(null);
            }
            Path routing = Path.of(file.get());
            if (!Files.isRegularFile(routing)) {
                throw new UsageException("option " + NOTIFICATIONS + ": no such file " + routing);
            }
            return new Events(Notifications.load(routing, Environment.system(), HttpTransport.defaults()));
        }

        @Override
        public void onEvent(ReleaseEvent event) {
            if (notifications == null) {
                System.out.println("[event] " + event.type().wireName() + " " + event.attributes());
                return;
            }
            for (DeliveryResult result : notifications.publish(event)) {
                if (!result.isOk()) {
                    undelivered++;
                }
                System.out.println("[notify] " + event.type().wireName() + (result.isOk() ? " delivered to " : " NOT delivered to ")
                        + result.channel() + (result.reason().isBlank() ? "" : ": " + result.reason()));
            }
        }

        /** How many notifications could not be delivered. */
        int undelivered() {
            return undelivered;
        }

        @Override
        public void close() {
            if (notifications != null) {
                notifications.close();
            }
        }
    }

    /**
     * A hosting port for running without a code host: it prints the pull requests it would open and
     * the workflows it would trigger, and remembers them for the rest of the run. Replace it with an
     * adapter for your host (GitHub, GitLab, Gitea...) in real use.
     */
    static final class PrintingHosting implements Hosting {
        private final PrintStream out;
        private final List<PullRequest> pullRequests = new ArrayList<>();

        PrintingHosting(PrintStream out) {
            this.out = out;
        }

        @Override
        public PullRequest openPullRequest(NewPullRequest request) {
            PullRequest pr = new PullRequest(pullRequests.size() + 1, request.title(), request.body(), request.head(),
                    request.base(), new TreeSet<>(request.labels()), PullRequest.State.OPEN, "",
                    PullRequest.MergeMethod.NONE);
            pullRequests.add(pr);
            out.println("[hosting] would open pull request: " + request.head() + " -> " + request.base());
            out.println("[hosting]   title:  " + request.title());
            out.println("[hosting]   labels: " + String.join(", ", new TreeSet<>(request.labels())));
            request.body().lines().forEach(line -> out.println("[hosting]   | " + line));
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
            out.println("[hosting] would add labels to #" + number + ": " + String.join(", ", labels));
        }

        @Override
        public void triggerWorkflow(String workflow, String ref, Map<String, String> inputs) {
            out.println("[hosting] would trigger workflow " + workflow + " on " + ref + " with " + inputs);
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
