package dev.releaserules.core.manifest;

import static dev.releaserules.core.manifest.ManifestDraftTest.change;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.RuleViolationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hotfix manifests (R-HF1), written to and read from real YAML files. */
class HotfixManifestTest {
    final MutableClock clock = new MutableClock("2024-01-17T02:10:00Z");
    final ReleaseTrains trains = ReleaseTrains.defaults(ZoneOffset.UTC);
    final ReleaseDesk desk = ReleaseDesk.builder().clock(clock).trains(trains).build();
    final Map<String, String> approvers = Map.of("Tech Lead", "@tina", "On-call", "@oscar");

    ManifestDraft hotfix() {
        ReleaseHeader header = trains.draft(ReleaseType.HOTFIX, clock, List.of(), "")
                .withDescription("Checkout charges twice when the payment provider times out");
        return ManifestDraftTest.draft().release(header)
                .checklist(Checklist.required(ReleaseType.HOTFIX))
                .approvals(trains.approvals(ReleaseType.HOTFIX, "", approvers));
    }

    @Test
    @DisplayName("R-HF1 a hotfix patch-bumps its one component even when its commit says breaking, and skips team sign-offs")
    void patch_bump_whatever_the_commits_say() {
        ReleaseManifest m = hotfix().changes(List.of(change("h1", "fix(api)!: stop double charges", "@erin",
                "nedlia-back-end/api/Pay.java"))).build();

        Component api = m.findComponent("api").orElseThrow();
        assertThat(api.currentVersion()).hasToString("v1.2.3");
        assertThat(api.newVersion()).as("2.0.0 from the commits; a hotfix is a patch").hasToString("v1.2.4");
        assertThat(api.versionReason()).isEqualTo("1.2.3 → 1.2.4 (patch): a hotfix increments the patch of the "
                + "component it fixes, whatever its commits say (R-HF1)");
        assertThat(m.components()).extracting(c -> c.signOff().status()).containsOnly(SignOffStatus.NOT_REQUIRED);
        assertThat(m.components().stream().filter(Component::isChanged)).hasSize(1);
        assertThat(m.checklist()).extracting(ChecklistItem::item)
                .as("no team sign-offs item for a hotfix")
                .containsExactly("Integration tests passing", "Security scan clean", "Rollback plan documented");
        assertThat(m.id()).hasToString("rel-2024-01-17-001");
    }

    @Test
    @DisplayName("R-HF1 the named component is patched; a hotfix touching another component, or none unnamed, is refused")
    void the_named_component_only() {
        ReleaseManifest named = hotfix().hotfixComponent("portal").build();

        assertThat(named.findComponent("portal").orElseThrow().newVersion()).hasToString("v3.0.2");
        assertThatThrownBy(() -> hotfix().build())
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("R-HF1: a hotfix patches a single component; its changes touch none of the component map, "
                        + "name the component");
        assertThatThrownBy(() -> hotfix().hotfixComponent("api").changes(List.of(change("p1", "fix: layout", "@hal",
                "nedlia-front-end/portal/App.tsx"))).build())
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("R-HF1: the hotfix of api also changes portal; a hotfix deploys a single component");
        assertThatThrownBy(() -> hotfix().hotfixComponent("billing").build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("expected a component of the map: api, placement-service, portal, workers");
    }

    @Test
    @DisplayName("R-HF1 the Tech Lead and On-call its author named approve it, and only they; then it is approved and deploys")
    void named_approvers_can_approve(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hotfix.yaml");
        hotfix().changes(List.of(change("h1", "fix(api): stop double charges", "@erin", "nedlia-back-end/api/Pay.java")))
                .build().write(file);
        ReleaseManifest m = ReleaseManifest.read(file);
        assertThat(Files.readString(file)).contains("  description: Checkout charges twice when the payment provider "
                + "times out\n");
        assertThat(m.approvals()).extracting(Approval::role, Approval::user).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Tech Lead", "@tina"), org.assertj.core.groups.Tuple.tuple("On-call", "@oscar"));

        m = desk.transition(m, ReleaseStatus.PENDING_APPROVAL, "@tina").orThrow();
        ManifestUpdate stranger = desk.approve(m, "On-call", "@mallory");
        m = desk.approve(m, "Tech Lead", "@tina").orThrow();
        m = desk.approve(m, "On-call", "@oscar").orThrow();
        for (String item : List.of("Integration tests passing", "Security scan clean", "Rollback plan documented")) {
            m = desk.complete(m, item, "@tina").orThrow();
        }
        m = desk.transition(m, ReleaseStatus.APPROVED, "@tina").orThrow();
        m.write(file);
        clock.advance(java.time.Duration.ofMinutes(20));
        ManifestUpdate deployed = desk.deployment(ReleaseManifest.read(file), RecordingDeployer.healthy())
                .by("@oscar").dryRun(false).call();

        assertThat(stranger.refusal()).isEqualTo("@mallory may not give the On-call approval: only @oscar may (R-SO1)");
        assertThat(deployed.manifest().status()).isEqualTo(ReleaseStatus.DEPLOYED);
        assertThat(deployed.manifest().deployment()).extracting(DeploymentStep::component).containsExactly("api");
        assertThat(deployed.manifest().release().description()).startsWith("Checkout charges twice");
        assertThat(Dashboard.render(deployed.manifest(), ZoneOffset.UTC))
                .contains("\n> Checkout charges twice when the payment provider times out\n");
    }

    @Test
    @DisplayName("R-HF1 an approver for a role the train does not need, or a handle with spaces, is refused")
    void bad_approvers_are_refused() {
        assertThatThrownBy(() -> trains.approvals(ReleaseType.HOTFIX, "", Map.of("QA Lead", "@quinn")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid approver role \"QA Lead\": expected a role a hotfix release needs: Tech Lead, On-call");
        assertThatThrownBy(() -> trains.approvals(ReleaseType.HOTFIX, "", Map.of("tech_lead", "@t ina")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("expected a user handle without whitespace");
        assertThat(trains.approvals(ReleaseType.HOTFIX, "", Map.of("tech_lead", "@tina")))
                .extracting(Approval::user).containsExactly("@tina", "");
    }
}
