///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS dev.releaserules:release-bom:0.1.0-SNAPSHOT@pom
//DEPS dev.releaserules:release-core
//DEPS dev.releaserules:release-notify
//DEPS dev.releaserules:release-git
//DEPS org.slf4j:slf4j-simple:2.0.17
//SOURCES support/Cli.java

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.releaserules.core.flow.ReleaseTags;
import dev.releaserules.core.manifest.ChecklistItem;
import dev.releaserules.core.manifest.ComponentRule;
import dev.releaserules.core.manifest.Dashboard;
import dev.releaserules.core.manifest.ManifestDraft;
import dev.releaserules.core.manifest.ManifestUpdate;
import dev.releaserules.core.manifest.ManifestVersion;
import dev.releaserules.core.manifest.ReleaseDesk;
import dev.releaserules.core.manifest.ReleaseHeader;
import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.ReleaseStatus;
import dev.releaserules.core.manifest.ReleaseTrains;
import dev.releaserules.core.manifest.ReleaseType;
import dev.releaserules.core.manifest.Readiness;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.Deployer;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.ReleaseTag;
import dev.releaserules.core.version.TagFormat;
import dev.releaserules.core.version.Version;
import dev.releaserules.git.GitRepositories;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** A release manifest from the command line: create, sign off, approve, check, deploy, dashboard (seed 001). */
class manifest {
    static final String HELP = """
            manifest — a YAML release manifest with sign-offs, approvals and deployment (rules R-MF1..3,
            R-SO1, R-SO2, R-D1, R-D2, R-DB)

            Usage: ./jbang examples/manifest.java COMMAND --file MANIFEST.yaml [options]

            Commands:
              create     draft a manifest from the paths changed since the last release tag
                           --components MAP.yaml (required), --repo DIR, --since TAG (default: the latest
                           vX.Y.Z tag), --to REV (default HEAD), --manager WHO, --type regular|hotfix|major,
                           --shared-version, --id rel-YYYY-MM-DD-NNN (default: the next free id of today)
              status     print the status and exactly what is missing; --require-ready exits 1 when blocked
              dashboard  print the Markdown dashboard (R-DB); --out FILE writes it instead
              signoff    apply a sign-off comment: --component NAME --user WHO --comment "/approve"
                           (or "/reject <reason>"); --withdraw withdraws WHO's rejection instead
              approve    record a role approval: --role "Release Manager" --user WHO
              complete   tick a checklist item: --item "On-call team notified" --user WHO
              advance    move the status: --to pending_approval|approved --by WHO
              deploy     deploy component by component (deploy, verify, next): --by WHO; a DRY RUN unless
                           --apply, which needs --run CMD (and optionally --verify CMD). Each CMD runs with
                           sh -c, the component as $1 and the version as $2. The manifest is saved after
                           every component; --resume continues a release left deploying by a run that
                           failed or died, skipping what it recorded as deployed.
              rollback   record a rollback: --by WHO --reason TEXT

            The component map is YAML:
              components:
                - path: services/api/        # a path prefix, or a glob such as web/**/*.tsx
                  name: api
                  team: api-team
                  team_lead: '@alice'

            Every command takes --notifications FILE: deliver its events (release_created, signoff_received,
            status_changed, deployment_*, ...) through this routing YAML (see notify.java --help);
            without it they are printed.

            Every command that changes the manifest writes it back atomically (temp file + rename), and
            only when the rules accept the change; a refusal is printed with what is missing (exit 1).""";

    private static final Set<String> COMMANDS = Set.of("create", "status", "dashboard", "signoff", "approve",
            "complete", "advance", "deploy", "rollback");

    public static void main(String[] argv) {
        String command = argv.length > 0 && !argv[0].startsWith("-") ? argv[0] : "";
        String[] rest = command.isEmpty() ? argv : Arrays.copyOfRange(argv, 1, argv.length);
        Cli.run("manifest", HELP,
                Set.of("--shared-version", "--require-ready", "--withdraw", "--apply", "--resume"),
                Set.of("--file", "--components", "--repo", "--since", "--to", "--manager", "--type", "--id", "--out",
                        "--component", "--user", "--comment", "--role", "--item", "--by", "--run", "--verify",
                        "--reason", Cli.NOTIFICATIONS),
                rest, args -> {
                    if (!COMMANDS.contains(command)) {
                        throw new Cli.UsageException(command.isEmpty() ? "a command is required (one of "
                                + String.join(", ", sortedCommands()) + ")"
                                : "unknown command \"" + command + "\" (known: " + String.join(", ", sortedCommands()) + ")");
                    }
                    Path file = Path.of(args.require("--file"));
                    try (Cli.Events events = Cli.Events.from(args)) {
                        return run(command, args, file, ReleaseDesk.builder().clock(Clock.systemUTC()).listener(events).build());
                    }
                });
    }

    private static int run(String command, Cli.Args args, Path file, ReleaseDesk desk) throws IOException {
        switch (command) {
            case "create":
                return create(args, file, desk);
            case "status":
                return status(ReleaseManifest.read(file), args.flag("--require-ready"));
            case "dashboard":
                return dashboard(ReleaseManifest.read(file), args);
            case "signoff": {
                ReleaseManifest current = ReleaseManifest.read(file);
                String component = args.require("--component");
                String user = args.require("--user");
                if (args.flag("--withdraw")) {
                    return save(file, desk.withdrawRejection(current, component, user));
                }
                return save(file, desk.comment(current, component, user, args.require("--comment")));
            }
            case "approve":
                return save(file, desk.approve(ReleaseManifest.read(file), args.require("--role"),
                        args.require("--user")));
            case "complete":
                return save(file, desk.complete(ReleaseManifest.read(file), args.require("--item"),
                        args.require("--user")));
            case "advance":
                return save(file, desk.transition(ReleaseManifest.read(file), status(args.require("--to")),
                        args.require("--by")));
            case "deploy":
                return deploy(args, file, desk);
            default:
                return save(file, desk.rollback(ReleaseManifest.read(file), args.require("--by"),
                        args.require("--reason")));
        }
    }

    private static List<String> sortedCommands() {
        return COMMANDS.stream().sorted().toList();
    }

    private static int create(Cli.Args args, Path file, ReleaseDesk desk) throws IOException {
        if (Files.exists(file)) {
            throw new Cli.UsageException("--file " + file + ": the manifest exists already; choose a new file");
        }
        List<ComponentRule> rules = componentMap(Path.of(args.require("--components")));
        ReleaseType type = type(args.get("--type", "regular"));
        String manager = args.get("--manager", "");
        ReleaseTrains trains = ReleaseTrains.defaults(ZoneOffset.UTC);
        try (SourceRepository repository = GitRepositories.open(Path.of(args.get("--repo", ".")), GitRepositories.Options.forCommandLine())) {
            String since = args.find("--since").orElseGet(() -> ReleaseTags.latest(repository, TagFormat.defaults(), false)
                    .map(ReleaseTag::name)
                    .orElseThrow(() -> new Cli.UsageException("no vX.Y.Z release tag in the repository; give --since TAG")));
            Version released = TagFormat.defaults().findVersion(since).orElseThrow(
                    () -> new Cli.UsageException("--since " + since + ": expected a release tag such as v1.2.3"));
            List<ReleaseId> existing = existingIds(file.toAbsolutePath().getParent());
            ReleaseHeader header = args.find("--id")
                    .map(id -> ReleaseHeader.draft(ReleaseId.parse(id), type, "", manager))
                    .orElseGet(() -> trains.draft(type, Clock.systemUTC(), existing, manager));
            ManifestDraft draft = ManifestDraft.builder()
                    .release(header)
                    .rules(rules)
                    .changes(repository.changes(CommitRange.between(since, args.get("--to", "HEAD"))))
                    .sharedVersion(args.flag("--shared-version"))
                    .checklist(List.of(ChecklistItem.pending(ReleaseManifest.ALL_SIGN_OFFS_ITEM, true)))
                    .approvals(trains.approvals(type, manager));
            for (ComponentRule rule : rules) {
                // A component's own tag (api@v1.2.3) wins; otherwise it is at the product's version.
                Version current = ReleaseTags.latest(repository, TagFormat.defaults().forComponent(rule.component()), false)
                        .map(ReleaseTag::version).orElse(released);
                draft.currentVersion(rule.component(), ManifestVersion.of(current));
            }
            ReleaseManifest created = trains.check(desk.created(draft.build()).orThrow());
            created.write(file);
            System.out.println("Created " + file + " (" + created.id() + ", changes since " + since + ")");
            for (var component : created.components()) {
                System.out.println("  " + component.name() + ": " + component.currentVersion()
                        + (component.isChanged() ? " → " + component.newVersion() + ", sign-off by "
                        + (component.teamLead().isEmpty() ? "its team" : component.teamLead()) : " (no changes)"));
            }
            return Cli.OK;
        }
    }

    private static int status(ReleaseManifest manifest, boolean requireReady) {
        System.out.println(manifest.id() + ": " + manifest.status().wireName());
        Readiness readiness = manifest.readiness();
        if (readiness.isReady()) {
            System.out.println("ready: every required sign-off, checklist item and approval is in");
            return Cli.OK;
        }
        System.out.println("blocked by:");
        readiness.missing().forEach(m -> System.out.println("  - " + m.describe()));
        return requireReady ? Cli.RULE_FAILED : Cli.OK;
    }

    private static int dashboard(ReleaseManifest manifest, Cli.Args args) throws IOException {
        String markdown = Dashboard.render(manifest, ZoneOffset.UTC);
        if (args.find("--out").isEmpty()) {
            System.out.print(markdown);
            return Cli.OK;
        }
        Path out = Path.of(args.require("--out"));
        Files.writeString(out, markdown);
        System.out.println("Wrote " + out);
        return Cli.OK;
    }

    private static int deploy(Cli.Args args, Path file, ReleaseDesk desk) {
        boolean apply = args.flag("--apply");
        String run = args.find("--run").orElse("");
        if (apply && run.isBlank()) {
            throw new Cli.UsageException("deploy --apply needs --run CMD: the command that deploys one component");
        }
        Deployer deployer = new ShellDeployer(run, args.get("--verify", ""));
        // saveTo: the manifest is written after every component, so a run that dies leaves what it
        // finished recorded, and --resume continues from there.
        ManifestUpdate update = desk.deployment(ReleaseManifest.read(file), deployer).by(args.require("--by"))
                .dryRun(!apply).saveTo(file).resume(args.flag("--resume")).call();
        if (update.isAccepted() && !apply) {
            System.out.println("DRY RUN — would deploy, one at a time: " + String.join(", ", update.manifest().components()
                    .stream().filter(c -> c.isChanged()).map(c -> c.name() + " " + c.newVersion()).toList()));
            System.out.println("Run again with --apply --run CMD to do it.");
            return Cli.OK;
        }
        return save(file, update);
    }

    /** Writes an accepted update back; prints a refusal. */
    private static int save(Path file, ManifestUpdate update) {
        if (!update.isAccepted()) {
            System.out.println("Refused: " + update.refusal());
            return Cli.RULE_FAILED;
        }
        update.manifest().write(file);
        System.out.println("Updated " + file + ": " + update.manifest().id() + " is " + update.manifest().status().wireName());
        return update.manifest().status() == ReleaseStatus.DEPLOYING ? Cli.RULE_FAILED : Cli.OK;
    }

    private static List<ComponentRule> componentMap(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new Cli.UsageException("--components " + file + ": no such file");
        }
        JsonNode root = new YAMLMapper().readTree(file.toFile());
        JsonNode list = root == null ? null : root.get("components");
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new Cli.UsageException("--components " + file + ": expected a list under \"components:\"");
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
            throw new Cli.UsageException("--components " + file + ": every entry needs \"" + field + "\", got " + entry);
        }
        return value;
    }

    private static List<ReleaseId> existingIds(Path directory) throws IOException {
        if (directory == null || !Files.isDirectory(directory)) {
            return List.of();
        }
        try (var files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString().replaceFirst("\\.ya?ml$", ""))
                    .map(ReleaseId::tryParse).flatMap(java.util.Optional::stream).toList();
        }
    }

    private static ReleaseType type(String text) {
        try {
            return ReleaseType.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageException("option --type: expected regular, hotfix or major, got \"" + text + "\"");
        }
    }

    private static ReleaseStatus status(String text) {
        return ReleaseStatus.findByWireName(text).orElseThrow(() -> new Cli.UsageException(
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
