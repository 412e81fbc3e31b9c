package dev.releaserules.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.event.EventType;
import dev.releaserules.core.event.Priority;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.spi.Deployer;
import dev.releaserules.core.version.Version;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeploymentTest {
    final ReleaseDesk desk = ReleaseDesk.builder()
            .clock(Clock.fixed(Instant.parse("2024-01-15T10:00:00Z"), ZoneOffset.UTC)).build();

    ReleaseManifest approved() {
        ReleaseManifest m = Seeds.seed();
        m = desk.comment(m, "api", "@alice", "/approve").orThrow();
        m = desk.complete(m, "On-call team notified", "@john.doe").orThrow();
        m = desk.approve(m, "Tech Lead", "@tech-lead").orThrow();
        return desk.transition(m, ReleaseStatus.APPROVED, "@john.doe").orThrow();
    }

    private static List<EventType> types(ManifestUpdate u) {
        return u.events().stream().map(ReleaseEvent::type).toList();
    }

    @Test
    @DisplayName("R-D1 a deployment without .by(user) is refused with a message naming the missing call")
    void deployment_without_by_names_the_call(@TempDir Path dir) {
        RecordingDeployer deployer = RecordingDeployer.healthy();

        assertThatThrownBy(() -> desk.deployment(approved(), deployer).dryRun(false).saveTo(dir.resolve("m.yaml")).call())
                .isInstanceOf(dev.releaserules.core.InvalidInputException.class)
                .hasMessage("Invalid by \"\": expected a value: call .by(user) before .call()");
        assertThat(deployer.calls).isEmpty();
    }

    @Test
    @DisplayName("R-D1 deployment needs an approved release")
    void deployment_needs_approved() {
        RecordingDeployer deployer = RecordingDeployer.healthy();

        ManifestUpdate u = desk.deployment(Seeds.seed(), deployer).by("@john.doe").dryRun(false).call();

        assertThat(u.refusal()).isEqualTo("R-D1: deployment needs an approved release, this one is pending_approval");
        assertThat(deployer.calls).isEmpty();
    }

    @Test
    @DisplayName("R-D1 a dry run is the default, deploys nothing and announces nothing")
    void dry_run_by_default() {
        RecordingDeployer deployer = RecordingDeployer.healthy();
        ReleaseManifest m = approved();

        ManifestUpdate u = desk.deployment(m, deployer).by("@john.doe").call();

        assertThat(deployer.calls).isEmpty();
        assertThat(u.manifest()).isEqualTo(m);
        assertThat(u.isAccepted()).isTrue();
        assertThat(u.events()).isEmpty();
    }

    @Test
    @DisplayName("R-D1 components deploy one at a time: deploy, verify, next; unchanged ones are skipped")
    void components_deploy_one_by_one() {
        RecordingDeployer deployer = RecordingDeployer.healthy();

        ManifestUpdate u = desk.deployment(approved(), deployer).by("@john.doe").dryRun(false).call();

        assertThat(deployer.calls).containsExactly("deploy api 1.3.0", "verify api 1.3.0",
                "deploy placement-service 2.2.0", "verify placement-service 2.2.0", "deploy portal 3.1.0",
                "verify portal 3.1.0");
        assertThat(u.manifest().status()).isEqualTo(ReleaseStatus.DEPLOYED);
        assertThat(u.manifest().deployment()).extracting(DeploymentStep::outcome).containsOnly(DeploymentStep.Outcome.DEPLOYED);
        assertThat(types(u)).containsExactly(EventType.STATUS_CHANGED, EventType.DEPLOYMENT_STARTED,
                EventType.STATUS_CHANGED, EventType.DEPLOYMENT_COMPLETED);
        assertThat(ReleaseManifest.parse(u.manifest().toYaml(), "x.yaml")).isEqualTo(u.manifest());
    }

    @Test
    @DisplayName("R-D1 a failure stops the rest and is recorded in the manifest")
    void failure_stops_the_rest() {
        RecordingDeployer deployer = new RecordingDeployer(Map.of(), Map.of("placement-service", "health check 503"));

        ManifestUpdate u = desk.deployment(approved(), deployer).by("@john.doe").dryRun(false).call();

        assertThat(deployer.calls).containsExactly("deploy api 1.3.0", "verify api 1.3.0",
                "deploy placement-service 2.2.0", "verify placement-service 2.2.0");
        assertThat(u.manifest().status()).isEqualTo(ReleaseStatus.DEPLOYING);
        assertThat(u.manifest().deployment()).extracting(DeploymentStep::component, DeploymentStep::outcome, DeploymentStep::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("api", DeploymentStep.Outcome.DEPLOYED, "healthy"),
                        org.assertj.core.groups.Tuple.tuple("placement-service", DeploymentStep.Outcome.FAILED, "health check 503"),
                        org.assertj.core.groups.Tuple.tuple("portal", DeploymentStep.Outcome.NOT_STARTED, ""));
        assertThat(types(u)).containsExactly(EventType.STATUS_CHANGED, EventType.DEPLOYMENT_STARTED,
                EventType.DEPLOYMENT_FAILED);
        assertThat(u.events().get(2).priority()).isEqualTo(Priority.URGENT);
    }

    @Test
    @DisplayName("R-D1 a re-run after a failure on the 2nd of 3 components is refused unless resumed; resumed, it skips the 1st")
    void rerun_after_failure_skips_deployed_components(@TempDir Path dir) {
        Path file = dir.resolve("release.yaml");
        RecordingDeployer failing = new RecordingDeployer(Map.of("placement-service", "image pull failed"), Map.of());
        desk.deployment(approved(), failing).by("@john.doe").dryRun(false).saveTo(file).call();
        ReleaseManifest saved = ReleaseManifest.read(file);
        assertThat(saved.status()).isEqualTo(ReleaseStatus.DEPLOYING);
        assertThat(saved.deployment()).extracting(DeploymentStep::component, DeploymentStep::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("api", DeploymentStep.Outcome.DEPLOYED),
                org.assertj.core.groups.Tuple.tuple("placement-service", DeploymentStep.Outcome.FAILED),
                org.assertj.core.groups.Tuple.tuple("portal", DeploymentStep.Outcome.NOT_STARTED));
        RecordingDeployer fixed = RecordingDeployer.healthy();
        ManifestUpdate unasked = desk.deployment(saved, fixed).by("@john.doe").dryRun(false).saveTo(file).call();
        assertThat(unasked.refusal()).isEqualTo("R-D1: rel-2024-01-15-001 is deploying already: another run may still"
                + " be at it. If that run failed or died, resume it (resume(true)); components recorded as deployed are"
                + " skipped");
        assertThat(fixed.calls).isEmpty();
        assertThat(ReleaseManifest.read(file)).isEqualTo(saved);

        ManifestUpdate u = desk.deployment(saved, fixed).by("@john.doe").dryRun(false).saveTo(file).resume(true).call();

        assertThat(fixed.calls).containsExactly("deploy placement-service 2.2.0", "verify placement-service 2.2.0",
                "deploy portal 3.1.0", "verify portal 3.1.0");
        assertThat(u.manifest().status()).isEqualTo(ReleaseStatus.DEPLOYED);
        assertThat(u.manifest().deployment()).extracting(DeploymentStep::outcome)
                .containsOnly(DeploymentStep.Outcome.DEPLOYED);
        assertThat(u.manifest().deployment().get(0)).isEqualTo(saved.deployment().get(0));
        assertThat(types(u)).containsExactly(EventType.DEPLOYMENT_STARTED, EventType.STATUS_CHANGED,
                EventType.DEPLOYMENT_COMPLETED);
        assertThat(ReleaseManifest.read(file)).isEqualTo(u.manifest());
    }

    @Test
    @DisplayName("R-D1 a run that dies on the 2nd component leaves the 1st recorded as deployed; the re-run skips it")
    void crash_mid_deploy_is_resumed(@TempDir Path dir) {
        Path file = dir.resolve("release.yaml");
        RecordingDeployer recorded = RecordingDeployer.healthy();
        Deployer dying = new Deployer() {
            @Override
            public Result deploy(String component, Version version) {
                if (component.equals("placement-service")) {
                    // An Error is what a dying runner looks like here: the command does not catch it.
                    throw new OutOfMemoryError("runner killed");
                }
                return recorded.deploy(component, version);
            }

            @Override
            public Result verify(String component, Version version) {
                return recorded.verify(component, version);
            }
        };

        assertThatThrownBy(() -> desk.deployment(approved(), dying).by("@john.doe").dryRun(false).saveTo(file).call())
                .isInstanceOf(OutOfMemoryError.class);
        ReleaseManifest saved = ReleaseManifest.read(file);
        assertThat(saved.status()).isEqualTo(ReleaseStatus.DEPLOYING);
        assertThat(saved.deployment()).extracting(DeploymentStep::component, DeploymentStep::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("api", DeploymentStep.Outcome.DEPLOYED));
        RecordingDeployer healthy = RecordingDeployer.healthy();

        ManifestUpdate u = desk.deployment(saved, healthy).by("@john.doe").dryRun(false).saveTo(file).resume(true).call();

        assertThat(healthy.calls).doesNotContain("deploy api 1.3.0").hasSize(4);
        assertThat(u.manifest().status()).isEqualTo(ReleaseStatus.DEPLOYED);
        assertThat(ReleaseManifest.read(file).status()).isEqualTo(ReleaseStatus.DEPLOYED);
    }

    @Test
    @DisplayName("R-D1 without saveTo and in a dry run nothing is written")
    void nothing_written_unless_asked(@TempDir Path dir) {
        Path file = dir.resolve("release.yaml");

        desk.deployment(approved(), RecordingDeployer.healthy()).by("@john.doe").saveTo(file).call();

        assertThat(file).doesNotExist();
    }

    @Test
    void a_command_runs_once() {
        Deployment d = desk.deployment(approved(), RecordingDeployer.healthy()).by("@john.doe");
        d.call();

        assertThatThrownBy(d::call).isInstanceOf(ReleaseException.class).hasMessageContaining("runs once");
    }

    @Test
    @DisplayName("R-D2 rollback from deploying or deployed is recorded with who and why and is urgent")
    void rollback_is_recorded_and_urgent() {
        ReleaseManifest deployed = desk.deployment(approved(), RecordingDeployer.healthy()).by("@john.doe")
                .dryRun(false).call().manifest();

        ManifestUpdate u = desk.rollback(deployed, "@oncall", "error rate 12%");

        assertThat(u.manifest().status()).isEqualTo(ReleaseStatus.ROLLED_BACK);
        assertThat(u.manifest().release().rolledBackBy()).isEqualTo("@oncall");
        assertThat(u.manifest().release().rollbackReason()).isEqualTo("error rate 12%");
        assertThat(u.manifest().release().rolledBackAt()).isEqualTo("2024-01-15T10:00:00Z");
        assertThat(u.events().get(1)).isEqualTo(new ManifestEvent.RollbackInitiated(ReleaseId.parse("rel-2024-01-15-001"), "@oncall",
                "error rate 12%", Instant.parse("2024-01-15T10:00:00Z")));
        assertThat(u.events().get(1).priority()).isEqualTo(Priority.URGENT);
        assertThat(ReleaseManifest.parse(u.manifest().toYaml(), "x.yaml")).isEqualTo(u.manifest());
    }

    @Test
    @DisplayName("R-D2 rollback is refused from other statuses and without a reason")
    void rollback_refused_elsewhere() {
        assertThat(desk.rollback(Seeds.seed(), "@oncall", "why").refusal())
                .isEqualTo("R-D2: rollback is possible from deploying or deployed, this release is pending_approval");
        ReleaseManifest deployed = desk.deployment(approved(), RecordingDeployer.healthy()).by("@john.doe")
                .dryRun(false).call().manifest();
        assertThat(desk.rollback(deployed, "@oncall", " ").isAccepted()).isFalse();
    }
}
