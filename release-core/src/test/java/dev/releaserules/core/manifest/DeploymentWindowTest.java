package dev.releaserules.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.event.EventType;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.spi.Deployer;
import dev.releaserules.core.version.Version;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deployment windows (R-WN1) on manifests that live in real YAML files. */
class DeploymentWindowTest {
    final MutableClock clock = new MutableClock("2024-01-14T16:00:00Z");
    final ReleaseDesk desk = ReleaseDesk.builder().clock(clock).build();

    /** The seed's release (regular, scheduled 2024-01-15 10:00 UTC), made ready and approved the day before. */
    Path approvedFile(Path dir) {
        ReleaseManifest m = Seeds.seed();
        m = desk.comment(m, "api", "@alice", "/approve").orThrow();
        m = desk.complete(m, "On-call team notified", "@john.doe").orThrow();
        m = desk.approve(m, "Tech Lead", "@tech-lead").orThrow();
        m = desk.transition(m, ReleaseStatus.APPROVED, "@john.doe").orThrow();
        Path file = dir.resolve("rel-2024-01-15-001.yaml");
        m.write(file);
        return file;
    }

    @Test
    @DisplayName("R-WN1 a regular release deploys only inside its 2 h window from the scheduled time, dry run or not")
    void deploys_only_inside_the_window(@TempDir Path dir) {
        Path file = approvedFile(dir);
        RecordingDeployer deployer = RecordingDeployer.healthy();

        ManifestUpdate early = desk.deployment(ReleaseManifest.read(file), deployer).by("@john.doe").call();
        clock.set("2024-01-15T12:00:00Z");
        ManifestUpdate late = desk.deployment(ReleaseManifest.read(file), deployer).by("@john.doe").dryRun(false).call();
        clock.set("2024-01-15T11:59:59Z");
        ManifestUpdate inside = desk.deployment(ReleaseManifest.read(file), deployer).by("@john.doe").dryRun(false).call();

        assertThat(early.refusal()).isEqualTo("R-WN1: a regular release deploys from 2024-01-15T10:00:00Z to "
                + "2024-01-15T12:00:00Z (2h window); it is 2024-01-14T16:00:00Z. Record a schedule override with who "
                + "and why to deploy anyway");
        assertThat(late.isAccepted()).as("the window's end is outside it").isFalse();
        assertThat(inside.manifest().status()).isEqualTo(ReleaseStatus.DEPLOYED);
        assertThat(deployer.calls).startsWith("deploy api 1.3.0");
    }

    @Test
    @DisplayName("R-WN1 an override records who, when and why in the manifest file, survives a rewrite, and lets the release deploy")
    void override_is_recorded_and_kept(@TempDir Path dir) throws Exception {
        Path file = approvedFile(dir);
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^  status: approved$",
                "  status: approved\n  change_ticket: CHG-42"));
        clock.set("2024-01-16T08:00:00Z");

        ManifestUpdate wrongPerson = desk.overrideSchedule(ReleaseManifest.read(file), "@alice", "we are late");
        ManifestUpdate noReason = desk.overrideSchedule(ReleaseManifest.read(file), "@john.doe", " ");
        ReleaseManifest overridden = desk.overrideSchedule(ReleaseManifest.read(file), "@john.doe",
                "payment provider outage moved the train by a day").orThrow();
        overridden.write(file);
        ReleaseManifest reread = ReleaseManifest.read(file);
        ManifestUpdate deployed = desk.deployment(reread, RecordingDeployer.healthy()).by("@john.doe").dryRun(false).call();
        deployed.manifest().write(file);

        assertThat(wrongPerson.refusal()).isEqualTo("R-WN1: @alice may not override the schedule: only the release "
                + "manager (@john.doe) may");
        assertThat(noReason.refusal()).isEqualTo("R-WN1: a schedule override is recorded with who and why; give a reason");
        assertThat(reread.release().scheduleOverride()).isEqualTo(ScheduleOverride.of("@john.doe",
                "2024-01-16T08:00:00Z", "payment provider outage moved the train by a day"));
        assertThat(deployed.manifest().status()).isEqualTo(ReleaseStatus.DEPLOYED);
        String yaml = Files.readString(file);
        assertThat(Dashboard.render(deployed.manifest(), java.time.ZoneOffset.UTC)).contains("⚠️ Schedule overridden by "
                + "@john.doe (Jan 16, 08:00 AM): payment provider outage moved the train by a day\n");
        assertThat(yaml).containsPattern("  schedule_override:\n    by: '@john.doe'\n    at: \"?2024-01-16T08:00:00Z\"?\n"
                + "    reason: payment provider outage moved the train by a day\n");
        assertThat(ReleaseManifest.read(file).release().extra().findText("change_ticket"))
                .as("a field the library does not know is kept").contains("CHG-42");
    }

    @Test
    @DisplayName("R-WN1 a component that would start after the window closed is not started; the release stays deploying")
    void window_closes_mid_deployment(@TempDir Path dir) {
        Path file = approvedFile(dir);
        clock.set("2024-01-15T11:00:00Z");
        Deployer slow = new Deployer() {
            @Override
            public Result deploy(String component, Version version) {
                clock.advance(Duration.ofMinutes(60));
                return Result.succeeded("rolled out");
            }

            @Override
            public Result verify(String component, Version version) {
                clock.advance(Duration.ofMinutes(5));
                return Result.succeeded("healthy");
            }

            @Override
            public Result rollback(String component, Version toVersion) {
                return Result.succeeded("rolled back");
            }
        };

        ManifestUpdate u = desk.deployment(ReleaseManifest.read(file), slow).by("@john.doe").dryRun(false)
                .saveTo(file).call();

        assertThat(u.manifest().status()).isEqualTo(ReleaseStatus.DEPLOYING);
        assertThat(u.manifest().deployment()).extracting(DeploymentStep::component, DeploymentStep::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("api", DeploymentStep.Outcome.DEPLOYED),
                        org.assertj.core.groups.Tuple.tuple("placement-service", DeploymentStep.Outcome.NOT_STARTED),
                        org.assertj.core.groups.Tuple.tuple("portal", DeploymentStep.Outcome.NOT_STARTED));
        assertThat(u.manifest().deployment().get(1).detail()).startsWith("placement-service not started: R-WN1: ");
        assertThat(u.events()).extracting(ReleaseEvent::type).contains(EventType.DEPLOYMENT_FAILED)
                .doesNotContain(EventType.DEPLOYMENT_COMPLETED);
        assertThat(ReleaseManifest.read(file).deployment()).hasSize(3);

        ManifestUpdate resumedLate = desk.deployment(ReleaseManifest.read(file), slow).by("@john.doe").dryRun(false)
                .resume(true).call();
        ReleaseManifest overridden = desk.overrideSchedule(ReleaseManifest.read(file), "@john.doe",
                "finish the train: placement and portal are small").orThrow();
        ManifestUpdate resumed = desk.deployment(overridden, slow).by("@john.doe").dryRun(false).resume(true).call();

        assertThat(resumedLate.refusal()).startsWith("R-WN1: a regular release deploys from 2024-01-15T10:00:00Z");
        assertThat(resumed.manifest().status()).as("an override lets a resumed run finish").isEqualTo(ReleaseStatus.DEPLOYED);
    }

    @Test
    @DisplayName("R-WN1 a hotfix runs as needed: its 30 min window opens when its deployment starts")
    void hotfix_window_opens_at_the_start() {
        ReleaseTrains trains = desk.trains();
        ReleaseManifest hotfix = ReleaseManifest.of(ReleaseHeader.draft(ReleaseId.parse("rel-2024-01-15-002"),
                ReleaseType.HOTFIX, "", ""), java.util.List.of(), java.util.List.of(), java.util.List.of());
        java.time.Instant start = java.time.Instant.parse("2024-03-01T03:00:00Z");

        assertThat(trains.window(hotfix, start)).contains(new DeploymentWindow(start, start.plus(Duration.ofMinutes(30))));
        assertThat(trains.deploymentRefusal(hotfix, start.plus(Duration.ofMinutes(29)), start)).isEmpty();
        assertThat(trains.deploymentRefusal(hotfix, start.plus(Duration.ofMinutes(30)), start)).get().asString()
                .startsWith("R-WN1: a hotfix release deploys from 2024-03-01T03:00:00Z to 2024-03-01T03:30:00Z (30m window)");
        ReleaseManifest unscheduled = hotfix.withRelease(ReleaseHeader.draft(hotfix.id(), ReleaseType.REGULAR, "", ""));
        assertThat(trains.deploymentRefusal(unscheduled, start, start)).contains("R-WN1: the regular release has no "
                + "scheduled time, so no deployment window; schedule it or record a schedule override with who and why");
    }

    @Test
    @DisplayName("R-WN1 a malformed schedule override in a file is refused naming where")
    void malformed_override_is_refused() {
        String yaml = Seeds.seedYaml().replace("  status: pending_approval",
                "  status: pending_approval\n  schedule_override:\n    by: '@john.doe'\n    reason: 'late'");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReleaseManifest.parse(yaml, "m.yaml"))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("release.schedule_override")
                .hasMessageContaining("who overrides, when and why, all three given");
    }
}
