package dev.releaserules.testkit.assertions;

import static dev.releaserules.testkit.assertions.AssertionFailures.failure;
import static dev.releaserules.testkit.assertions.ReleaseAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;


import dev.releaserules.core.manifest.Approval;
import dev.releaserules.core.manifest.ApprovalStatus;
import dev.releaserules.core.manifest.ChecklistItem;
import dev.releaserules.core.manifest.Component;
import dev.releaserules.core.manifest.ManifestUpdate;
import dev.releaserules.core.manifest.ManifestVersion;
import dev.releaserules.core.manifest.Readiness;
import dev.releaserules.core.manifest.ReleaseDesk;
import dev.releaserules.core.manifest.ReleaseHeader;
import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.ReleaseStatus;
import dev.releaserules.core.manifest.ReleaseType;
import dev.releaserules.core.manifest.Roles;
import dev.releaserules.core.manifest.SignOffStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Assertions on manifests, readiness and desk updates: each passes on a fitting value and fails saying what was expected and found. */
class ReleaseManifestAssertTest {
    final ReleaseManifest draft = ReleaseManifest.of(
            ReleaseHeader.draft(ReleaseId.parse("rel-2024-01-15-001"), ReleaseType.REGULAR, "2024-01-15T10:00:00Z",
                    "@john.doe"),
            List.of(Component.of("api", ManifestVersion.parse("v1.2.3"), ManifestVersion.parse("v1.3.0"),
                            List.of("feat: Add placement bulk upload endpoint"), "api-team", "@alice"),
                    Component.of("workers", ManifestVersion.parse("v1.5.0"), ManifestVersion.parse("v1.5.0"),
                            List.of(), "workers-team", "")),
            List.of(ChecklistItem.pending(ReleaseManifest.ALL_SIGN_OFFS_ITEM, true)),
            List.of(Approval.pending(Roles.RELEASE_MANAGER, "@john.doe")));
    final ReleaseDesk desk = ReleaseDesk.builder()
            .clock(Clock.fixed(Instant.parse("2024-01-15T09:00:00Z"), ZoneOffset.UTC)).build();
    final ReleaseManifest signed = desk.comment(draft, "api", "@alice", "/approve").orThrow();
    final ReleaseManifest ready = desk.approve(signed, Roles.RELEASE_MANAGER, "@john.doe").orThrow();

    @Test
    @DisplayName("R-MF1 hasStatus names the release, the expected and the actual status")
    void has_status() {
        assertThat(draft).hasStatus(ReleaseStatus.DRAFT);

        assertThat(failure(() -> assertThat(draft).hasStatus(ReleaseStatus.APPROVED)))
                .isEqualTo("Expecting release rel-2024-01-15-001 to be approved, but it is draft");
    }

    @Test
    @DisplayName("R-MF2 R-SO1 hasSignOff and hasComponentSignedOffBy show the sign-off found")
    void sign_offs() {
        assertThat(signed).hasComponent("api").hasComponentSignedOffBy("api", "@alice")
                .hasSignOff("workers", SignOffStatus.NOT_REQUIRED);

        assertThat(failure(() -> assertThat(draft).hasComponentSignedOffBy("api", "@alice")))
                .isEqualTo("Expecting the sign-off of api in release rel-2024-01-15-001 to be approved by @alice, "
                        + "but it is pending");
        assertThat(failure(() -> assertThat(signed).hasSignOff("api", SignOffStatus.REJECTED)))
                .isEqualTo("Expecting the sign-off of api in release rel-2024-01-15-001 to be rejected, "
                        + "but it is approved by @alice");
        assertThat(failure(() -> assertThat(draft).hasComponent("portal")))
                .isEqualTo("Expecting release rel-2024-01-15-001 to have the component \"portal\", but its "
                        + "components are [api, workers]");
    }

    @Test
    @DisplayName("R-SO2 hasApproval shows the approval's status and who gives it")
    void approvals() {
        assertThat(ready).hasApproval("release manager", ApprovalStatus.APPROVED);

        assertThat(failure(() -> assertThat(draft).hasApproval(Roles.RELEASE_MANAGER, ApprovalStatus.APPROVED)))
                .isEqualTo("Expecting the Release Manager approval of release rel-2024-01-15-001 to be approved, "
                        + "but it is pending (@john.doe)");
        assertThat(failure(() -> assertThat(draft).hasApproval(Roles.QA_LEAD, ApprovalStatus.APPROVED)))
                .isEqualTo("Expecting the QA Lead approval of release rel-2024-01-15-001 to be approved, "
                        + "but it is not in the manifest");
    }

    @Test
    @DisplayName("R-SO2 isReady on a manifest lists exactly what is missing")
    void manifest_readiness() {
        assertThat(ready).isReady();
        assertThat(draft).isNotReady();

        assertThat(failure(() -> assertThat(draft).isReady())).isEqualTo(
                "Expecting release rel-2024-01-15-001 to be ready, but it is missing:\n"
                        + "  - sign-off of api pending (@alice) [PENDING_SIGN_OFF]\n"
                        + "  - checklist item \"All team sign-offs received\" pending [PENDING_CHECKLIST_ITEM]\n"
                        + "  - approval of Release Manager pending (@john.doe) [PENDING_APPROVAL]");
        assertThat(failure(() -> assertThat(ready).isNotReady()))
                .isEqualTo("Expecting release rel-2024-01-15-001 to be blocked, but nothing is missing");
    }

    @Test
    @DisplayName("R-SO2 isBlockedBy and isNotBlockedBy name the blocker and list what is missing")
    void blockers() {
        Readiness readiness = signed.readiness();
        assertThat(readiness).isBlocked().isBlockedBy(Readiness.Kind.PENDING_APPROVAL, Roles.RELEASE_MANAGER)
                .isBlockedBy(Roles.RELEASE_MANAGER).isNotBlockedBy("api");

        assertThat(failure(() -> assertThat(readiness).isBlockedBy(Readiness.Kind.PENDING_SIGN_OFF, "api")))
                .isEqualTo("Expecting the release to be blocked by pending sign off \"api\", but what is missing is:\n"
                        + "  - approval of Release Manager pending (@john.doe) [PENDING_APPROVAL]");
        assertThat(failure(() -> assertThat(ready.readiness()).isBlockedBy("api")))
                .isEqualTo("Expecting the release to be blocked by \"api\", but nothing is missing");
        assertThat(failure(() -> assertThat(readiness).isNotBlockedBy(Roles.RELEASE_MANAGER)))
                .isEqualTo("Expecting the release not to be blocked by \"Release Manager\", but it is:\n"
                        + "  - approval of Release Manager pending (@john.doe) [PENDING_APPROVAL]");
        assertThat(failure(() -> assertThat(readiness).isReady())).startsWith(
                "Expecting the release to be ready, but it is missing:\n");
        assertThat(failure(() -> assertThat(ready.readiness()).isBlocked()))
                .isEqualTo("Expecting the release to be blocked, but nothing is missing");
    }

    @Test
    @DisplayName("R-SO1 isAccepted, isRefused and isRefusedMentioning show the refusal or what was accepted")
    void updates() {
        ManifestUpdate accepted = desk.comment(draft, "api", "@alice", "/approve");
        ManifestUpdate refused = desk.comment(draft, "api", "@mallory", "/approve");
        assertThat(accepted).isAccepted();
        assertThat(refused).isRefused().isRefusedMentioning("@mallory");

        assertThat(failure(() -> assertThat(refused).isAccepted())).isEqualTo(
                "Expecting the update of release rel-2024-01-15-001 to be accepted, but it was refused: "
                        + refused.refusal());
        assertThat(failure(() -> assertThat(accepted).isRefused())).isEqualTo(
                "Expecting the update of release rel-2024-01-15-001 to be refused, but it was accepted with "
                        + accepted.events().size() + " event(s), status draft");
        assertThat(failure(() -> assertThat(refused).isRefusedMentioning("@bob"))).isEqualTo(
                "Expecting the update of release rel-2024-01-15-001 to be refused mentioning \"@bob\", but it was "
                        + "refused with: " + refused.refusal());
        assertThat(failure(() -> assertThat(accepted).isRefusedMentioning("@alice"))).isEqualTo(
                "Expecting the update of release rel-2024-01-15-001 to be refused mentioning \"@alice\", but it was "
                        + "accepted");
    }
}
