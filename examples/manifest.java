///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVA_OPTIONS -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
//DEPS dev.releaserules:release-bom:0.1.0-SNAPSHOT@pom
//DEPS dev.releaserules:release-core
//DEPS dev.releaserules:release-notify
//DEPS dev.releaserules:release-git
//DEPS dev.releaserules:release-github
//DEPS info.picocli:picocli:4.7.7
//DEPS org.slf4j:slf4j-simple:2.0.19
//SOURCES support/ScriptCli.java
//SOURCES support/ScriptEvents.java
//SOURCES support/ScriptHost.java
//SOURCES support/PrintingHosting.java
//SOURCES support/StepReport.java

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.releaserules.core.flow.ReleaseTags;
import dev.releaserules.core.manifest.Checklist;
import dev.releaserules.core.manifest.ComponentRule;
import dev.releaserules.core.manifest.Dashboard;
import dev.releaserules.core.manifest.ManifestDraft;
import dev.releaserules.core.manifest.ManifestUpdate;
import dev.releaserules.core.manifest.ManifestVersion;
import dev.releaserules.core.manifest.Readiness;
import dev.releaserules.core.manifest.ReleaseDesk;
import dev.releaserules.core.manifest.ReleaseHeader;
import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.ReleaseStatus;
import dev.releaserules.core.manifest.ReleaseTrains;
import dev.releaserules.core.manifest.ReleaseType;
import dev.releaserules.core.manifest.Roles;
import dev.releaserules.core.manifest.UpcomingTrain;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.Deployer;
import dev.releaserules.core.spi.PathFilter;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.ReleaseTag;
import dev.releaserules.core.version.TagFormat;
import dev.releaserules.core.version.Version;
import dev.releaserules.git.GitRepositories;
import dev.releaserules.github.GitHubEvent;
import dev.releaserules.github.GitHubEvents;
import dev.releaserules.github.SignOffIssues;
import dev.releaserules.github.SignOffReply;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** A release manifest from the command line: create, sign off, approve, check, deploy, dashboard (the release-management process). */
@Command(name = "manifest", usageHelpWidth = 100, synopsisSubcommandLabel = "COMMAND",
        header = "manifest — a YAML release manifest with sign-offs, approvals and deployment (rules R-MF1..3, R-SO1, R-SO2, R-D1, R-D2, R-DB, R-RT2, R-WN1, R-FZ1, R-HF1, R-CL1)",
        description = {
            "Every command takes --file MANIFEST.yaml and --notifications FILE (deliver its events through this",
            "routing YAML, see notify.java --help; without it they are printed). Every command that changes the",
            "manifest writes it back atomically (temp file + rename), and only when the rules accept the change;",
            "a refusal is printed with what is missing (exit 1). 'manifest COMMAND --help' shows a command's options.",
            "",
            "The component map of 'create' is YAML:",
            "  components:",
            "    - path: services/api/        # a path prefix, or a glob such as web/**/*.tsx",
            "      name: api",
            "      team: api-team",
            "      team_lead: '@alice'", ""},
        subcommands = {manifest.Create.class, manifest.Status.class, manifest.DashboardCommand.class, manifest.RequestSignOffs.class,
            manifest.SignOffCommand.class,
            manifest.Approve.class, manifest.Complete.class, manifest.Advance.class, manifest.Deploy.class, manifest.Rollback.class,
            manifest.OverrideCommand.class, manifest.Calendar.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok (for a dry run: the plan was printed, nothing changed)",
            "1:a release rule refused the step or a check failed (every failure is printed)",
            "2:bad arguments or configuration (unknown option, malformed version, routing file problems)",
            "3:repository problem (not a repository, shallow clone, dirty work tree, detached HEAD, push rejected, remote unreachable or too slow)"})
class manifest implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    public static void main(String[] args) {
        ScriptCli.main(new manifest(), args);
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (one of "
                + String.join(", ", spec.subcommands().keySet()) + ")");
    }

    /** Bad input found after parsing (a missing file, a malformed component map): exit code 2. */
    static final class BadInput extends ScriptCli.BadInput {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }

    /** What every command takes: the manifest file, notifications, help; runs the command with a desk. */
    abstract static class Step implements Callable<Integer> {
        @Option(names = "--file", paramLabel = "MANIFEST.yaml", required = true, description = "the manifest file")
        Path file;

        @Option(names = "--notifications", paramLabel = "FILE",
                description = "deliver the command's events through this routing YAML; without it they are printed")
        Path notifications;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
        boolean help;

        @Override
        public Integer call() throws IOException {
            try (ScriptEvents events = new ScriptEvents(notifications)) {
                return run(ReleaseDesk.builder().clock(Clock.systemUTC()).listener(events).build());
            }
        }

        abstract int run(ReleaseDesk desk) throws IOException;
    }

    @Command(name = "create", usageHelpWidth = 100, description = "draft a manifest from the paths changed since the last release tag")
    static final class Create extends Step {
        @Option(names = "--components", paramLabel = "MAP.yaml", required = true, description = "the path → component map")
        Path components;

        @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".", description = "the git repository (default: the current directory)")
        Path repo;

        @Option(names = "--since", paramLabel = "TAG", description = "the last release tag (default: the latest vX.Y.Z tag)")
        String since;

        @Option(names = "--to", paramLabel = "REV", defaultValue = "HEAD", description = "the revision to release (default HEAD)")
        String to;

        @Option(names = "--manager", paramLabel = "WHO", defaultValue = "", description = "the release manager")
        String manager;

        @Option(names = "--type", paramLabel = "TYPE", defaultValue = "regular", description = "regular (default), hotfix or major")
        ReleaseType type;

        @Option(names = "--shared-version", description = "every changed component gets the product's next version")
        boolean sharedVersion;

        @Option(names = "--id", paramLabel = "rel-YYYY-MM-DD-NNN", description = "the release id; its date is the train's (default: the next free id of the next train)")
        String id;

        @Option(names = "--tech-lead", paramLabel = "WHO", description = "the Tech Lead who approves (required for a hotfix)")
        String techLead;

        @Option(names = "--on-call", paramLabel = "WHO", description = "the On-call engineer who approves (required for a hotfix)")
        String onCall;

        @Option(names = "--component", paramLabel = "NAME", description = "the one component a hotfix patches (default: the one its changes touch)")
        String component;

        @Option(names = "--description", paramLabel = "TEXT", defaultValue = "", description = "what the release is about; for a hotfix, what it fixes")
        String description;

        @Option(names = "--migrations", paramLabel = "GLOB", defaultValue = "**/migrations/**", split = ",",
                description = "changed paths that are database migrations; one adds the required \"Database migrations reviewed\" item (default: ${DEFAULT-VALUE})")
        List<String> migrations;

        @Option(names = "--release-day", description = "also add the release-day checklist, each item due relative to the release start")
        boolean releaseDay;

        @Override
        int run(ReleaseDesk desk) throws IOException {
            return create(this, file, desk);
        }
    }

    @Command(name = "status", usageHelpWidth = 100, description = "print the status and exactly what is missing")
    static final class Status extends Step {
        @Option(names = "--require-ready", description = "exit 1 when the release is blocked")
        boolean requireReady;

        @Override
        int run(ReleaseDesk desk) {
            return status(ReleaseManifest.read(file), requireReady);
        }
    }

    @Command(name = "dashboard", usageHelpWidth = 100, description = "print the Markdown dashboard (R-DB)")
    static final class DashboardCommand extends Step {
        @Option(names = "--out", paramLabel = "FILE", description = "write it to this file instead")
        Path out;

        @Override
        int run(ReleaseDesk desk) throws IOException {
            return dashboard(ReleaseManifest.read(file), out);
        }
    }

    @Command(name = "request-signoffs", usageHelpWidth = 100, description = {
            "open the sign-off issue of each component that needs one (R-SR): titled",
            "\"[Sign-off Required] <component> - <release id>\", labelled release, sign-off-required and the",
            "component, naming the team lead and how to answer (/approve, /reject <reason>). An issue with that",
            "title is found, never opened twice; with --host github the issue numbers are written to the manifest.",
            "Step outputs in GitHub Actions: opened, found (issue numbers)."})
    static final class RequestSignOffs extends Step {
        @Mixin
        ScriptHost host;

        @Override
        int run(ReleaseDesk desk) {
            var hosting = host.hosting();   // first: a missing GitHub variable is named before anything else
            SignOffIssues.Requested requested = SignOffIssues.of(hosting, desk).request(ReleaseManifest.read(file));
            if (host.isGitHub()) {
                requested.manifest().write(file);   // the printing host's numbers are not real issues
            }
            StepReport.fromEnvironment().signOffRequests(requested);
            return 0;
        }
    }

    @Command(name = "signoff", usageHelpWidth = 100, description = {
            "apply a sign-off comment (/approve or /reject <reason>), or withdraw a rejection",
            "With --component and --user: the comment given. Otherwise the issue_comment event of a comment on a",
            "sign-off issue (--event FILE, default $GITHUB_EVENT_PATH in GitHub Actions): its GitHub login is",
            "matched to the manifest's @handle ignoring case; comments by bots, on pull requests, on other issues",
            "or already recorded are ignored. --file may then be the directory of the manifests, named",
            "<release id>.yaml: the release comes from the issue title. With --host github the command answers on",
            "the issue with what was recorded (approved, rejected with the reason, or refused and why); a refusal",
            "is answered, recorded as read and exits 0. Step outputs: status (approved, rejected, refused,",
            "ignored), component, all_signed_off."})
    static final class SignOffCommand extends Step {
        @Mixin
        ScriptHost host;

        @Option(names = "--component", paramLabel = "NAME", description = "the component")
        String component;

        @Option(names = "--user", paramLabel = "WHO", description = "who comments")
        String user;

        @Option(names = "--comment", paramLabel = "TEXT", description = "the comment, such as \"/approve\" or \"/reject <reason>\"")
        String comment;

        @Option(names = "--withdraw", description = "withdraw WHO's rejection instead")
        boolean withdraw;

        @Option(names = "--event", paramLabel = "FILE", description = "the issue_comment event (default: $GITHUB_EVENT_PATH when set)")
        Path event;

        @Override
        int run(ReleaseDesk desk) {
            if (component == null && user == null) {
                String actions = System.getenv("GITHUB_EVENT_PATH");
                Path delivery = event != null ? event : actions == null || actions.isBlank() ? null : Path.of(actions);
                if (delivery == null) {
                    throw new BadInput("signoff needs --component NAME --user WHO, or an event: --event FILE (or GITHUB_EVENT_PATH)");
                }
                return fromEvent(desk, delivery);
            }
            if (event != null || component == null || user == null) {
                throw new BadInput("signoff takes either --component NAME --user WHO or --event FILE, not parts of both");
            }
            ReleaseManifest current = ReleaseManifest.read(file);
            if (withdraw) {
                return save(file, desk.withdrawRejection(current, component, user));
            }
            if (comment == null) {
                throw new BadInput("signoff needs --comment TEXT (or --withdraw)");
            }
            return save(file, desk.comment(current, component, user, comment));
        }

        private int fromEvent(ReleaseDesk desk, Path delivery) {
            var hosting = host.hosting();   // first: a missing GitHub variable is named before anything else
            String name = Optional.ofNullable(System.getenv("GITHUB_EVENT_NAME")).filter(n -> !n.isBlank()).orElse("issue_comment");
            GitHubEvent received = GitHubEvents.fromActions(Map.of("GITHUB_EVENT_NAME", name, "GITHUB_EVENT_PATH", delivery.toString()));
            Path manifestFile = file;
            if (Files.isDirectory(file)) {
                Optional<ReleaseId> release = SignOffIssues.releaseOf(received);
                if (release.isEmpty()) {
                    StepReport.fromEnvironment().signOffIgnored("not a comment on a sign-off issue");
                    return 0;
                }
                manifestFile = file.resolve(release.get().value() + ".yaml");
                if (!Files.isRegularFile(manifestFile)) {
                    throw new BadInput("--file " + file + ": no manifest " + manifestFile.getFileName() + " for the issue's release");
                }
            }
            SignOffReply reply = SignOffIssues.of(hosting, desk).answer(received, ReleaseManifest.read(manifestFile));
            if (reply.isRecorded()) {
                reply.manifest().write(manifestFile);
            }
            StepReport.fromEnvironment().signOff(reply);
            return 0;
        }
    }

    @Command(name = "approve", usageHelpWidth = 100, description = "record a role approval")
    static final class Approve extends Step {
        @Option(names = "--role", paramLabel = "ROLE", required = true, description = "such as \"Release Manager\"")
        String role;

        @Option(names = "--user", paramLabel = "WHO", required = true, description = "who approves")
        String user;

        @Override
        int run(ReleaseDesk desk) {
            return save(file, desk.approve(ReleaseManifest.read(file), role, user));
        }
    }

    @Command(name = "complete", usageHelpWidth = 100, description = "tick a checklist item")
    static final class Complete extends Step {
        @Option(names = "--item", paramLabel = "ITEM", required = true, description = "such as \"On-call team notified\"")
        String item;

        @Option(names = "--user", paramLabel = "WHO", required = true, description = "who ticks it")
        String user;

        @Override
        int run(ReleaseDesk desk) {
            return save(file, desk.complete(ReleaseManifest.read(file), item, user));
        }
    }

    @Command(name = "advance", usageHelpWidth = 100, description = "move the status")
    static final class Advance extends Step {
        @Option(names = "--to", paramLabel = "STATUS", required = true, description = "pending_approval or approved")
        String to;

        @Option(names = "--by", paramLabel = "WHO", required = true, description = "who moves it")
        String by;

        @Override
        int run(ReleaseDesk desk) {
            return save(file, desk.transition(ReleaseManifest.read(file), status(to), by));
        }
    }

    @Command(name = "deploy", usageHelpWidth = 100, description = {
            "deploy component by component (deploy, verify, next); a DRY RUN unless --apply",
            "Each CMD runs with sh -c, the component as $1 and the version as $2. The manifest is saved after every component;",
            "--resume continues a release left deploying by a run that failed or died, skipping what it recorded",
            "as deployed."})
    static final class Deploy extends Step {
        @Option(names = "--by", paramLabel = "WHO", required = true, description = "who deploys")
        String by;

        @Option(names = "--apply", description = "deploy for real (needs --run)")
        boolean apply;

        @Option(names = "--run", paramLabel = "CMD", defaultValue = "", description = "the command that deploys one component")
        String run;

        @Option(names = "--verify", paramLabel = "CMD", defaultValue = "", description = "the command that verifies one component")
        String verify;

        @Option(names = "--resume", description = "continue a release left deploying")
        boolean resume;

        @Override
        int run(ReleaseDesk desk) {
            return deploy(this, file, desk);
        }
    }

    @Command(name = "rollback", usageHelpWidth = 100, description = {
            "roll back through your deploy command and record who and why (R-D2); a DRY RUN unless --execute",
            "Every component the deployment reached returns to its previous version, last deployed first.",
            "CMD runs with sh -c, the component as $1 and the version it returns to as $2; a failure stops",
            "the rest and keeps the status, so a re-run retries."})
    static final class Rollback extends Step {
        @Option(names = "--by", paramLabel = "WHO", required = true, description = "who rolls back")
        String by;

        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "why")
        String reason;

        @Option(names = "--run", paramLabel = "CMD", defaultValue = "", description = "the command that deploys one component's earlier version")
        String run;

        @Option(names = "--execute", description = "roll back for real (needs --run)")
        boolean execute;

        @Override
        int run(ReleaseDesk desk) {
            if (execute && run.isBlank()) {
                throw new BadInput("rollback --execute needs --run CMD: the command that deploys one component's earlier version");
            }
            var rollback = desk.rollbackDeployment(ReleaseManifest.read(file), new ShellDeployer(run, ""))
                    .by(by).reason(reason).dryRun(!execute);
            List<String> plan = rollback.plan();
            ManifestUpdate update = rollback.call();
            if (update.isAccepted() && !execute) {
                System.out.println("DRY RUN — would " + (plan.isEmpty() ? "roll back no component" : String.join(", ", plan))
                        + ", then record the rollback by " + by);
                System.out.println("Run again with --execute --run CMD to do it.");
                return 0;
            }
            return save(file, update);
        }
    }

    @Command(name = "override", usageHelpWidth = 100, description = {
            "record a schedule override: who and why (R-WN1, R-FZ1)",
            "The release manager's decision to deploy outside the release's window, or to take features",
            "after its freeze; the manifest keeps who, when and why."})
    static final class OverrideCommand extends Step {
        @Option(names = "--by", paramLabel = "WHO", required = true, description = "who overrides (the release manager)")
        String by;

        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "why")
        String reason;

        @Override
        int run(ReleaseDesk desk) {
            return save(file, desk.overrideSchedule(ReleaseManifest.read(file), by, reason));
        }
    }

    @Command(name = "calendar", usageHelpWidth = 100, description = "print the upcoming release trains with their feature freeze and deployment window (R-RT2)")
    static final class Calendar implements Callable<Integer> {
        @Option(names = "--count", paramLabel = "N", defaultValue = "6", description = "how many trains (default: ${DEFAULT-VALUE})")
        int count;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
        boolean help;

        @Override
        public Integer call() {
            System.out.println("| train | type | feature freeze | window |");
            System.out.println("| --- | --- | --- | --- |");
            for (UpcomingTrain train : ReleaseTrains.defaults(ZoneOffset.UTC).upcoming(Clock.systemUTC().instant(), count)) {
                System.out.println("| " + train.date() + " | " + train.type().wireName() + " | " + train.featureFreeze()
                        + " | " + train.window().opens() + " – " + train.window().closes() + " |");
            }
            return 0;
        }
    }

    private static int create(Create args, Path file, ReleaseDesk desk) throws IOException {
        if (Files.exists(file)) {
            throw new BadInput("--file " + file + ": the manifest exists already; choose a new file");
        }
        List<ComponentRule> rules = componentMap(args.components);
        ReleaseType type = args.type;
        String manager = args.manager;
        ReleaseTrains trains = ReleaseTrains.defaults(ZoneOffset.UTC);
        try (SourceRepository repository = GitRepositories.open(args.repo, GitRepositories.Options.forCommandLine())) {
            String since = Optional.ofNullable(args.since).orElseGet(() -> ReleaseTags.latest(repository, TagFormat.defaults(), false)
                    .map(ReleaseTag::name)
                    .orElseThrow(() -> new BadInput("no vX.Y.Z release tag in the repository; give --since TAG")));
            Version released = TagFormat.defaults().findVersion(since).orElseThrow(
                    () -> new BadInput("--since " + since + ": expected a release tag such as v1.2.3"));
            List<ReleaseId> existing = existingIds(file.toAbsolutePath().getParent());
            ReleaseHeader header = Optional.ofNullable(args.id)
                    .map(id -> trains.draft(ReleaseId.parse(id), type, Clock.systemUTC(), manager))
                    .orElseGet(() -> trains.draft(type, Clock.systemUTC(), existing, manager))
                    .withDescription(args.description);
            Map<String, String> approvers = new LinkedHashMap<>();
            if (args.techLead != null) {
                approvers.put(Roles.TECH_LEAD, args.techLead);
            }
            if (args.onCall != null) {
                approvers.put(Roles.ON_CALL, args.onCall);
            }
            if (type == ReleaseType.HOTFIX && approvers.size() < 2) {
                throw new BadInput("a hotfix is approved by its Tech Lead and On-call: give --tech-lead WHO and --on-call WHO");
            }
            ManifestDraft draft = ManifestDraft.builder()
                    .release(header)
                    .rules(rules)
                    .changes(repository.changes(CommitRange.between(since, args.to)))
                    .sharedVersion(args.sharedVersion)
                    .migrations(PathFilter.including(args.migrations.toArray(String[]::new)))
                    .checklist(Checklist.required(type))
                    .approvals(trains.approvals(type, manager, approvers));
            if (args.component != null) {
                draft.hotfixComponent(args.component);
            }
            for (ComponentRule rule : rules) {
                // A component's own tag (api@v1.2.3) wins; otherwise it is at the product's version.
                Version current = ReleaseTags.latest(repository, TagFormat.defaults().forComponent(rule.component()), false)
                        .map(ReleaseTag::version).orElse(released);
                draft.currentVersion(rule.component(), ManifestVersion.of(current));
            }
            ReleaseManifest created = trains.check(desk.created(draft.build()).orThrow());
            if (args.releaseDay) {
                created = Checklist.seedReleaseDay(created, trains);
            }
            created.write(file);
            System.out.println("Created " + file + " (" + created.id() + ", changes since " + since + ")");
            for (var component : created.components()) {
                System.out.println("  " + component.name() + ": " + component.currentVersion()
                        + (!component.isChanged() ? " (no changes)" : " → " + component.newVersion()
                        + (type == ReleaseType.HOTFIX ? " (hotfix: patch, no team sign-off)" : ", sign-off by "
                        + (component.teamLead().isEmpty() ? "its team" : component.teamLead()))));
            }
            System.out.println("  scheduled " + created.release().scheduledAt() + "; approvals: " + String.join(", ",
                    created.approvals().stream().map(a -> a.role() + (a.user().isEmpty() ? "" : " " + a.user())).toList()));
            System.out.println("  required: " + String.join("; ", created.checklist().stream()
                    .filter(i -> i.required()).map(i -> i.item()).toList()));
            return 0;
        }
    }

    private static int status(ReleaseManifest manifest, boolean requireReady) {
        System.out.println(manifest.id() + ": " + manifest.status().wireName());
        Readiness readiness = manifest.readiness();
        if (readiness.isReady()) {
            System.out.println("ready: every required sign-off, checklist item and approval is in");
            return 0;
        }
        System.out.println("blocked by:");
        readiness.missing().forEach(m -> System.out.println("  - " + m.describe()));
        return requireReady ? 1 : 0;
    }

    private static int dashboard(ReleaseManifest manifest, Path out) throws IOException {
        String markdown = Dashboard.render(manifest, ZoneOffset.UTC);
        if (out == null) {
            System.out.print(markdown);
            return 0;
        }
        Files.writeString(out, markdown);
        System.out.println("Wrote " + out);
        return 0;
    }

    private static int deploy(Deploy args, Path file, ReleaseDesk desk) {
        boolean apply = args.apply;
        String run = args.run;
        if (apply && run.isBlank()) {
            throw new BadInput("deploy --apply needs --run CMD: the command that deploys one component");
        }
        Deployer deployer = new ShellDeployer(run, args.verify);
        // saveTo: the manifest is written after every component, so a run that dies leaves what it
        // finished recorded, and --resume continues from there.
        ManifestUpdate update = desk.deployment(ReleaseManifest.read(file), deployer).by(args.by)
                .dryRun(!apply).saveTo(file).resume(args.resume).call();
        if (update.isAccepted() && !apply) {
            System.out.println("DRY RUN — would deploy, one at a time: " + String.join(", ", update.manifest().components()
                    .stream().filter(c -> c.isChanged()).map(c -> c.name() + " " + c.newVersion()).toList()));
            System.out.println("Run again with --apply --run CMD to do it.");
            return 0;
        }
        return save(file, update);
    }

    /** Writes an accepted update back; prints a refusal. */
    private static int save(Path file, ManifestUpdate update) {
        if (!update.isAccepted()) {
            System.out.println("Refused: " + update.refusal());
            return 1;
        }
        update.manifest().write(file);
        System.out.println("Updated " + file + ": " + update.manifest().id() + " is " + update.manifest().status().wireName());
        return update.manifest().status() == ReleaseStatus.DEPLOYING ? 1 : 0;
    }

    private static List<ComponentRule> componentMap(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInput("--components " + file + ": no such file");
        }
        JsonNode root = new YAMLMapper().readTree(file.toFile());
        JsonNode list = root == null ? null : root.get("components");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new BadInput("--components " + file + ": expected a list under \"components:\"");
        }
        List<ComponentRule> rules = new ArrayList<>();
        for (JsonNode entry : list) {
            rules.add(new ComponentRule(text(entry, "path", file), text(entry, "name", file),
                    entry.path("team").asText(""), entry.path("team_lead").asText("")));
        }
        return rules;
    }

    private static String text(JsonNode entry, String field, Path file) {
        String value = entry.path(field).asText("");
        if (value.isBlank()) {
            throw new BadInput("--components " + file + ": every entry needs \"" + field + "\", got " + entry);
        }
        return value;
    }

    private static List<ReleaseId> existingIds(Path directory) throws IOException {
        if (directory == null || !Files.isDirectory(directory)) {
            return List.of();
        }
        try (var files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString().replaceFirst("\\.ya?ml$", ""))
                    .map(ReleaseId::tryParse).flatMap(Optional::stream).toList();
        }
    }

    private static ReleaseStatus status(String text) {
        return ReleaseStatus.findByWireName(text).orElseThrow(() -> new BadInput(
                "option --to: expected one of " + Arrays.stream(ReleaseStatus.values()).map(ReleaseStatus::wireName).toList()
                        + ", got \"" + text + "\""));
    }

    /** Deploys by running the team's own commands; a failure (non-zero exit) stops the rest. */
    static final class ShellDeployer implements Deployer {
        private final String deployCommand;
        private final String verifyCommand;

        ShellDeployer(String deployCommand, String verifyCommand) {
            this.deployCommand = deployCommand;
            this.verifyCommand = verifyCommand;
        }

        @Override
        public Result deploy(String component, Version version) {
            return run("deploy", deployCommand, component, version);
        }

        @Override
        public Result verify(String component, Version version) {
            return verifyCommand.isBlank() ? Result.succeeded("no --verify command") : run("verify", verifyCommand, component, version);
        }

        @Override
        public Result rollback(String component, Version toVersion) {
            // Rolling back is deploying the version that ran before the release.
            return run("rollback", deployCommand, component, toVersion);
        }

        private static Result run(String step, String command, String component, Version version) {
            System.out.println("  " + step + " " + component + " " + version + ": " + command);
            try {
                // The command is a fixed shell string; component and version are passed as $1 and $2,
                // never pasted into it.
                Process process = new ProcessBuilder("sh", "-c", command, step, component, version.toString())
                        .inheritIO().start();
                if (!process.waitFor(30, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    return Result.failed(step + " of " + component + " timed out after 30 minutes");
                }
                int exit = process.exitValue();
                return exit == 0 ? Result.succeeded(step + " ok") : Result.failed(step + " exited with " + exit);
            } catch (IOException e) {
                return Result.failed("cannot run the " + step + " command: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Result.failed(step + " of " + component + " was interrupted");
            }
        }
    }
}
