///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVA_OPTIONS -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
//DEPS dev.releaserules:release-bom:0.1.0-SNAPSHOT@pom
//DEPS dev.releaserules:release-core
//DEPS dev.releaserules:release-notify
//DEPS dev.releaserules:release-git
//DEPS info.picocli:picocli:4.7.7
//DEPS org.slf4j:slf4j-simple:2.0.19
//SOURCES support/ScriptCli.java

import dev.releaserules.core.event.EventType;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.manifest.ManifestEvent;
import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.manifest.ReleaseStatus;
import dev.releaserules.core.manifest.ReleaseType;
import dev.releaserules.core.spi.DeliveryResult;
import dev.releaserules.core.spi.Notification;
import dev.releaserules.core.version.Version;
import dev.releaserules.notify.Channels;
import dev.releaserules.notify.Environment;
import dev.releaserules.notify.HttpTransport;
import dev.releaserules.notify.Notifications;
import dev.releaserules.notify.Route;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

/** Sends a test event through a routing YAML to its channels, or to the console. */
@Command(name = "notify", sortOptions = false, usageHelpWidth = 100,
        header = "notify — send a test event to the configured channels (rule R-NT)",
        description = {
            "Builds a sample event of the given type (made-up version 2.3.0, release id rel-2025-03-04-001, and so on)",
            "and sends it through the routing: every route of that event type renders its message and delivers",
            "it to its channel. Use it to check a routing file and the channels' secrets before a real release",
            "depends on them.",
            "Without --config every event type goes to one console channel (\"#console\"), which prints instead",
            "of posting. A routing file looks like:",
            "  channels:",
            "    '#releases':",
            "      type: slack                      # slack, telegram, webhook, discord or console",
            "      webhook: $${env:SLACK_WEBHOOK_URL}",
            "  notifications:",
            "    - event: release_prepared",
            "      channel: '#releases'",
            "      message: 'Release {version} prepared on {branch}'   # optional; a default exists",
            "Secrets are $${env:NAME} references, read from the environment, never printed.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok (for a dry run: the plan was printed, nothing changed)",
            "1:a notification was not delivered",
            "2:bad arguments or configuration (unknown option, malformed version, routing file problems)",
            "3:repository problem (not a repository, shallow clone, dirty work tree, detached HEAD, push rejected, remote unreachable or too slow)"})
class notify implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "FILE", description = "the routing YAML (default: everything to the console)")
    Path config;

    @Option(names = "--event", paramLabel = "TYPE", defaultValue = "release_prepared", converter = EventTypeConverter.class,
            description = {"the event type's wire name (default release_prepared); one of:", "${COMPLETION-CANDIDATES}"},
            completionCandidates = EventTypes.class)
    EventType type;

    @Option(names = "--render-only", description = "print the rendered notifications without delivering them")
    boolean renderOnly;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        ScriptCli.main(new notify(), args);
    }

    @Override
    public Integer call() {
        ReleaseEvent event = sample(type, Instant.now());
        try (Notifications notifications = load()) {
            List<Notification> rendered = notifications.render(event);
            if (rendered.isEmpty()) {
                System.out.println("No route sends " + type.wireName() + ": nothing to deliver.");
                return 0;
            }
            if (renderOnly) {
                for (Notification n : rendered) {
                    System.out.println("[" + n.channel() + "] " + n.type().wireName() + " (" + n.priority() + "):");
                    n.text().lines().forEach(line -> System.out.println("  " + line));
                }
                return 0;
            }
            List<DeliveryResult> results = notifications.publish(event);
            results.forEach(result -> System.out.println((result.isOk() ? "delivered to " : "FAILED to ") + result.channel()
                    + " (" + result.kind() + ", " + result.attempts() + " attempt" + (result.attempts() == 1 ? "" : "s")
                    + ")" + (result.reason().isBlank() ? "" : ": " + result.reason())));
            return results.stream().allMatch(DeliveryResult::isOk) ? 0 : 1;
        }
    }

    Notifications load() {
        if (config == null) {
            Notifications.Builder builder = Notifications.builder().channel("#console", Channels.console());
            Arrays.stream(EventType.values()).forEach(t -> builder.route(Route.withDefaultMessage(t, "#console")));
            return builder.build();
        }
        if (!Files.isRegularFile(config)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "option --config: no such file " + config);
        }
        return Notifications.load(config, Environment.system(), HttpTransport.defaults());
    }

    /** Event types by their wire names, as in routing files. */
    static final class EventTypeConverter implements CommandLine.ITypeConverter<EventType> {
        @Override
        public EventType convert(String value) {
            return EventType.findByWireName(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown event type \"" + value + "\"; see --help for the list"));
        }
    }

    /** The wire names, for --help and shell completion. */
    static final class EventTypes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(EventType.values()).map(EventType::wireName).iterator();
        }
    }

    /** A plausible event of each type, so every template and channel can be tried. */
    static ReleaseEvent sample(EventType type, Instant now) {
        Version version = Version.parse("2.3.0");
        ReleaseId release = ReleaseId.parse("rel-2025-03-04-001");
        switch (type) {
            case RELEASE_PREPARED:
                return new ReleaseEvent.ReleasePrepared(version, "v2.3.0", "release/v2.3.0", 42,
                        now.plus(Duration.ofHours(8)), now);
            case FEATURE_CUTOFF:
                return new ReleaseEvent.FeatureCutoff(version, "release/v2.3.0", "0123456789abcdef0123456789abcdef01234567", now);
            case STAGING_DEPLOYED:
                return new ReleaseEvent.StagingDeployed(Version.parse("2.3.0-rc.1741004820"), "release/v2.3.0",
                        "0123456789abcdef0123456789abcdef01234567", now);
            case PRODUCTION_TRIGGERED:
                return new ReleaseEvent.ProductionTriggered(version, 42, "@alice", now);
            case PRODUCTION_SUCCEEDED:
                return new ReleaseEvent.ProductionSucceeded(version, "shop-2.3.0.jar", Duration.ofMinutes(12),
                        "https://example.com/releases/v2.3.0", Duration.ofHours(6), Duration.ofHours(8), now);
            case PRODUCTION_FAILED:
                return new ReleaseEvent.ProductionFailed(version, "shop-2.3.0.jar", Duration.ofMinutes(3),
                        "https://example.com/releases/v2.3.0", "health check failed on services/api",
                        Duration.ofHours(3), Duration.ofHours(8), now);
            case VALIDATION_FAILED:
                return new ReleaseEvent.ValidationFailed("v2.3.0", "2.4.0",
                        List.of("TAG_MATCHES_REQUESTED_VERSION: tag \"v2.3.0\" names version 2.3.0 but version 2.4.0 was requested"), now);
            case BACKPORT_CREATED:
                return new ReleaseEvent.BackportCreated(version, "backport/v2.3.0-to-develop", 43, now);
            case HOTFIX_CREATED:
                return new ReleaseEvent.HotfixCreated(Version.parse("2.3.1"), "v2.3.1", "hotfix/v2.3.1", 44, now);
            case RELEASE_CREATED:
                return new ManifestEvent.ReleaseCreated(release, ReleaseType.REGULAR, now.plus(Duration.ofDays(2)), "@carol", 3, now);
            case SIGNOFF_PENDING:
                return new ManifestEvent.SignOffPending(release, "services/api", "payments", "@dave", now);
            case SIGNOFF_RECEIVED:
                return new ManifestEvent.SignOffReceived(release, "services/api", "payments", "@dave", now);
            case SIGNOFF_REJECTED:
                return new ManifestEvent.SignOffRejected(release, "services/web", "web", "@carol", "prices lose their cents", now);
            case ALL_SIGNOFFS_RECEIVED:
                return new ManifestEvent.AllSignOffsReceived(release, now);
            case APPROVAL_RECEIVED:
                return new ManifestEvent.ApprovalReceived(release, "qa", "@erin", now);
            case STATUS_CHANGED:
                return new ManifestEvent.StatusChanged(release, ReleaseStatus.PENDING_APPROVAL, ReleaseStatus.APPROVED, now);
            case DEPLOYMENT_STARTED:
                return new ManifestEvent.DeploymentStarted(release, false, now);
            case DEPLOYMENT_COMPLETED:
                return new ManifestEvent.DeploymentCompleted(release, false, Duration.ofMinutes(9), now);
            case DEPLOYMENT_FAILED:
                return new ManifestEvent.DeploymentFailed(release, "services/web", "image pull failed", now);
            case RELEASE_CANCELLED:
                return new ManifestEvent.ReleaseCancelled(release, "@john.doe", "payments freeze until Monday", now);
            case ROLLBACK_INITIATED:
                return new ManifestEvent.RollbackInitiated(release, "@alice", "error rate above 5%", now);
            default:
                throw new IllegalStateException("no sample for event type " + type.wireName());
        }
    }
}
