package dev.releaserules.testkit.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.manifest.DeploymentStep;
import dev.releaserules.core.manifest.ManifestEvent;
import dev.releaserules.core.manifest.ManifestUpdate;
import dev.releaserules.core.manifest.ReleaseDesk;
import dev.releaserules.core.manifest.ReleaseStatus;
import dev.releaserules.core.spi.Deployer;
import dev.releaserules.core.version.Version;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordingDeployerTest {
    final RecordingListener heard = new RecordingListener();
    final ReleaseDesk desk = ReleaseDesk.builder().clock(Releases.CLOCK).listener(heard).build();

    @Test
    void a_healthy_deployer_records_each_call_and_succeeds() {
        // given
        RecordingDeployer deployer = RecordingDeployer.healthy();

        // when
        Deployer.Result deployed = deployer.deploy("api", Version.parse("1.3.0"));
        Deployer.Result verified = deployer.verify("api", Version.parse("1.3.0"));

        // then
        assertThat(deployed).isEqualTo(Deployer.Result.succeeded("deployed"));
        assertThat(verified).isEqualTo(Deployer.Result.succeeded("healthy"));
        assertThat(deployer.calls()).extracting(RecordingDeployer.Call::step)
                .containsExactly(RecordingDeployer.Step.DEPLOY, RecordingDeployer.Step.VERIFY);
        assertThat(deployer.callTexts()).containsExactly("deploy api 1.3.0", "verify api 1.3.0");
        assertThat(deployer.verifiedComponents()).containsExactly("api");
    }

    @Test
    @DisplayName("R-D1 components deploy one at a time through the fake: deploy, verify, next")
    void the_desk_deploys_every_component() {
        // given
        RecordingDeployer deployer = RecordingDeployer.healthy();

        // when
        ManifestUpdate update = desk.deployment(Releases.approved(desk), deployer).by(Releases.MANAGER)
                .dryRun(false).call();

        // then
        assertThat(update.manifest().status()).isEqualTo(ReleaseStatus.DEPLOYED);
        assertThat(deployer.callTexts()).containsExactly("deploy api 1.3.0", "verify api 1.3.0",
                "deploy portal 3.1.0", "verify portal 3.1.0");
        assertThat(deployer.verifiedComponents()).containsExactly("api", "portal");
    }

    @Test
    @DisplayName("R-D1 a scripted verify failure stops the rest and reaches the manifest and the events")
    void a_scripted_failure_stops_the_deployment() {
        // given
        RecordingDeployer deployer = RecordingDeployer.builder().failVerify("api", "health check 503").build();

        // when
        ManifestUpdate update = desk.deployment(Releases.approved(desk), deployer).by(Releases.MANAGER)
                .dryRun(false).call();

        // then
        assertThat(deployer.callTexts()).containsExactly("deploy api 1.3.0", "verify api 1.3.0");
        assertThat(deployer.verifiedComponents()).isEmpty();
        assertThat(update.manifest().status()).isEqualTo(ReleaseStatus.DEPLOYING);
        assertThat(update.manifest().deployment()).extracting(DeploymentStep::outcome)
                .containsExactly(DeploymentStep.Outcome.FAILED, DeploymentStep.Outcome.NOT_STARTED);
        assertThat(heard.events(ManifestEvent.DeploymentFailed.class)).singleElement()
                .satisfies(failed -> {
                    assertThat(failed.component()).isEqualTo("api");
                    assertThat(failed.reason()).isEqualTo("health check 503");
                });
    }

    @Test
    @DisplayName("R-D1 a deployer that throws is recorded as a failure of that component, and nothing after it runs")
    void a_throwing_deployer_becomes_a_failure() {
        // given
        RecordingDeployer deployer = RecordingDeployer.builder().throwOnDeploy("api", "registry unreachable").build();

        // when
        ManifestUpdate update = desk.deployment(Releases.approved(desk), deployer).by(Releases.MANAGER)
                .dryRun(false).call();

        // then
        assertThat(deployer.calls()).singleElement().satisfies(call -> {
            assertThat(call.text()).isEqualTo("deploy api 1.3.0");
            assertThat(call.result()).isEqualTo(Deployer.Result.failed("registry unreachable"));
        });
        assertThat(update.manifest().deployment()).extracting(DeploymentStep::outcome)
                .containsExactly(DeploymentStep.Outcome.FAILED, DeploymentStep.Outcome.NOT_STARTED);
        assertThatThrownBy(() -> deployer.deploy("api", Version.parse("1.3.0")))
                .isInstanceOf(IllegalStateException.class).hasMessage("registry unreachable");
    }

    @Test
    void scripts_need_a_component_and_a_reason() {
        assertThatThrownBy(() -> RecordingDeployer.builder().failDeploy("api", " "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> RecordingDeployer.builder().failVerify("", "503"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("component");
        assertThatThrownBy(() -> RecordingDeployer.builder().throwOnDeploy("api", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("message");
    }

    @Test
    void clear_forgets_calls_but_keeps_the_script() {
        // given
        RecordingDeployer deployer = RecordingDeployer.builder().failDeploy("api", "quota").build();
        deployer.deploy("api", Version.parse("1.3.0"));

        // when
        deployer.clear();

        // then
        assertThat(deployer.calls()).isEmpty();
        assertThat(deployer.deploy("api", Version.parse("1.3.0")).detail()).isEqualTo("quota");
    }
}
