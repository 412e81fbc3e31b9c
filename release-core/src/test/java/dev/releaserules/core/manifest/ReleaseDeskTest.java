package dev.releaserules.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.event.EventType;
import dev.releaserules.core.event.ReleaseEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReleaseDeskTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-15T09:00:00Z"), ZoneOffset.UTC);
    final List<ReleaseEvent> heard = new ArrayList<>();
    final ReleaseDesk desk = ReleaseDesk.builder().clock(CLOCK).listener(heard::add).build();

    private static List<EventType> types(ManifestUpdate u) {
        return u.events().stream().map(ReleaseEvent::type).toList();
    }

    @Test
    @DisplayName("R-SO1 a rejection is announced as signoff_rejected with its reason, never as signoff_received")
    void rejection_is_announced_as_rejected() {
        ManifestUpdate u = desk.comment(Seeds.seed(), "api", "@alice", "/reject the orders endpoint drops cents");

        assertThat(u.isAccepted()).isTrue();
        assertThat(types(u)).containsExactly(EventType.SIGNOFF_REJECTED);
        assertThat(u.events().get(0).attributes()).containsEntry("reason", "the orders endpoint drops cents")
                .containsEntry("by", "@alice").doesNotContainKey("decision");
    }

    @Test
    @DisplayName("R-SO1 the team lead's /approve signs off, completes the sign-off item and announces it")
    void team_lead_approval_completes_sign_offs() {
        ManifestUpdate u = desk.comment(Seeds.seed(), "api", "@alice", "LGTM\n/approve");

        assertThat(u.isAccepted()).isTrue();
        assertThat(u.manifest().findComponent("api").orElseThrow().signOff())
                .isEqualTo(SignOff.approved("@alice", "2024-01-15T09:00:00Z"));
        assertThat(types(u)).containsExactly(EventType.SIGNOFF_RECEIVED, EventType.ALL_SIGNOFFS_RECEIVED);
        assertThat(heard).isEqualTo(u.events());
        assertThat(u.manifest().checklist().get(0).status()).isEqualTo(ChecklistStatus.COMPLETED);
        assertThat(u.manifest().readiness().missing()).extracting(Readiness.Missing::subject)
                .containsExactly("On-call team notified", "Tech Lead");
    }

    @Test
    @DisplayName("R-SO1 someone else's /approve is refused, changes nothing and says why")
    void others_cannot_sign() {
        ReleaseManifest seed = Seeds.seed();

        ManifestUpdate u = desk.comment(seed, "api", "@mallory", "/approve");

        assertThat(u.isAccepted()).isFalse();
        assertThat(u.manifest()).isSameAs(seed);
        assertThat(u.events()).isEmpty();
        assertThat(u.refusal()).isEqualTo(
                "@mallory may not sign off api: only its team lead (@alice) or a delegate named by the policy may (R-SO1)");
        assertThatThrownBy(u::orThrow).hasMessage("R-SO1: " + u.refusal());
    }

    @Test
    @DisplayName("R-SO1 a delegate named by the policy may sign")
    void delegates_may_sign() {
        ReleaseDesk withDelegate = ReleaseDesk.builder().clock(CLOCK)
                .policy(SignOffPolicy.builder().delegate("api", "@dave").build()).build();

        assertThat(withDelegate.comment(Seeds.seed(), "api", "@dave", "/approve").isAccepted()).isTrue();
    }

    @Test
    @DisplayName("R-SO1 four-eyes: the author of a change may not approve it")
    void four_eyes_refuses_authors() {
        ReleaseManifest m = Seeds.seed();
        m = m.withComponent(m.findComponent("api").orElseThrow().withOrigin("", List.of("@alice")));
        ReleaseDesk strict = ReleaseDesk.builder().clock(CLOCK).policy(SignOffPolicy.builder().fourEyes(true).build())
                .build();

        ManifestUpdate u = strict.comment(m, "api", "@alice", "/approve");

        assertThat(u.isAccepted()).isFalse();
        assertThat(u.refusal()).contains("four-eyes");
        assertThat(desk.comment(m, "api", "@alice", "/approve").isAccepted()).isTrue();
    }

    @Test
    @DisplayName("R-SO1 a rejection blocks until the same person or the lead withdraws it")
    void rejection_blocks_until_withdrawn() {
        ReleaseDesk d = ReleaseDesk.builder().clock(CLOCK)
                .policy(SignOffPolicy.builder().delegate("api", "@dave").build()).build();
        ReleaseManifest rejected = d.comment(Seeds.seed(), "api", "@dave", "/reject upload fails on staging")
                .orThrow();

        assertThat(rejected.readiness().missing()).first().isEqualTo(new Readiness.Missing(
                Readiness.Kind.REJECTED_SIGN_OFF, "api", "@dave: upload fails on staging"));
        assertThat(d.comment(rejected, "api", "@alice", "/approve").refusal())
                .contains("was rejected by @dave; the rejection must be withdrawn");
        assertThat(d.withdrawRejection(rejected, "api", "@mallory").isAccepted()).isFalse();
        ManifestUpdate withdrawn = d.withdrawRejection(rejected, "api", "@alice");
        assertThat(withdrawn.isAccepted()).isTrue();
        assertThat(types(withdrawn)).containsExactly(EventType.SIGNOFF_PENDING);
        assertThat(d.comment(withdrawn.manifest(), "api", "@dave", "/approve").isAccepted()).isTrue();
    }

    @Test
    @DisplayName("R-SO1 only the release manager gives the release manager approval; named users give theirs")
    void role_approvals_follow_the_policy() {
        ReleaseManifest m = Seeds.seed();

        assertThat(desk.approve(m, "Tech Lead", "@someone").refusal())
                .isEqualTo("@someone may not give the Tech Lead approval: only @tech-lead may (R-SO1)");
        ManifestUpdate ok = desk.approve(m, "tech_lead", "@tech-lead");
        assertThat(ok.isAccepted()).isTrue();
        assertThat(ok.events()).containsExactly(
                new ManifestEvent.ApprovalReceived(ReleaseId.parse("rel-2024-01-15-001"), "Tech Lead", "@tech-lead", CLOCK.instant()));
        ReleaseDesk delegating = ReleaseDesk.builder().clock(CLOCK)
                .policy(SignOffPolicy.builder().roleDelegate("Release Manager", "@deputy").build()).build();
        assertThat(delegating.approve(m, "Release Manager", "@deputy").refusal()).contains("only the release manager");
        assertThat(delegating.approve(m, "Release Manager", "@john.doe").isAccepted()).isTrue();
    }

    @Test
    @DisplayName("R-MF1 moves follow the table; others are refused with from and to")
    void transitions_follow_the_table() {
        ReleaseManifest seed = Seeds.seed();

        assertThatThrownBy(() -> desk.transition(seed, ReleaseStatus.DEPLOYED, "@john.doe"))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(ReleaseStatus.PENDING_APPROVAL);
                    assertThat(e.to()).isEqualTo(ReleaseStatus.DEPLOYED);
                })
                .hasMessage("R-MF1: a release cannot move from pending_approval to deployed"
                        + " (allowed from pending_approval: approved, cancelled)");
        assertThat(ReleaseStatus.ROLLED_BACK.allowedTargets()).isEmpty();
        assertThat(ReleaseStatus.DEPLOYED.allowedTargets()).containsExactly(ReleaseStatus.ROLLED_BACK);
    }

    @Test
    @DisplayName("R-SO2 approval is refused while something is missing, and given once everything is in")
    void approval_needs_readiness() {
        ReleaseManifest m = Seeds.seed();
        assertThat(desk.transition(m, ReleaseStatus.APPROVED, "@john.doe").refusal())
                .startsWith("R-SO2: cannot move to approved, the release is not ready: sign-off of api pending (@alice)");

        m = desk.comment(m, "api", "@alice", "/approve").orThrow();
        m = desk.complete(m, "On-call team notified", "@john.doe").orThrow();
        m = desk.approve(m, "Tech Lead", "@tech-lead").orThrow();
        ManifestUpdate approved = desk.transition(m, ReleaseStatus.APPROVED, "@john.doe");

        assertThat(approved.isAccepted()).isTrue();
        assertThat(approved.manifest().status()).isEqualTo(ReleaseStatus.APPROVED);
        assertThat(approved.events()).containsExactly(new ManifestEvent.StatusChanged(ReleaseId.parse("rel-2024-01-15-001"),
                ReleaseStatus.PENDING_APPROVAL, ReleaseStatus.APPROVED, CLOCK.instant()));
    }

    @Test
    @DisplayName("R-MF1 moving a draft to pending_approval requests the outstanding sign-offs")
    void pending_approval_requests_sign_offs() {
        ReleaseManifest draft = Seeds.seed().withRelease(ReleaseHeader.draft(ReleaseId.parse("rel-2024-01-15-002"),
                ReleaseType.REGULAR, "", "@john.doe"));

        ManifestUpdate u = desk.transition(draft, ReleaseStatus.PENDING_APPROVAL, "@john.doe");

        assertThat(types(u)).containsExactly(EventType.STATUS_CHANGED, EventType.SIGNOFF_PENDING);
        assertThat(u.events().get(1).attributes()).containsEntry("component", "api").containsEntry("team_lead", "@alice");
    }

    @Test
    @DisplayName("R-SO1 new commits after approval send the sign-off back to pending, naming the commits")
    void new_commits_invalidate_sign_off() {
        ReleaseManifest m = Seeds.seed();
        Commit late = Commit.of("abc1234def", "fix: late change", "@erin", Instant.EPOCH);

        ManifestUpdate u = desk.newCommits(m, "placement-service", List.of(late));

        Component c = u.manifest().findComponent("placement-service").orElseThrow();
        assertThat(c.signOff()).isEqualTo(new SignOff(SignOffStatus.PENDING, "", "", "", List.of("abc1234def")));
        assertThat(c.changes()).endsWith("fix: late change");
        assertThat(c.authors()).containsExactly("@erin");
        assertThat(types(u)).containsExactly(EventType.SIGNOFF_PENDING);
        assertThat(u.manifest().readiness().of(Readiness.Kind.PENDING_SIGN_OFF)).extracting(Readiness.Missing::subject)
                .containsExactly("api", "placement-service");
        assertThat(ReleaseManifest.parse(u.manifest().toYaml(), "x.yaml")).isEqualTo(u.manifest());
    }

    @Test
    void unknown_component_and_item_are_refused() {
        assertThat(desk.comment(Seeds.seed(), "nope", "@alice", "/approve").refusal())
                .isEqualTo("the release has no component \"nope\"");
        assertThat(desk.comment(Seeds.seed(), "workers", "@alice", "/approve").refusal())
                .isEqualTo("workers needs no sign-off (not_required)");
        assertThat(desk.complete(Seeds.seed(), "Nope", "@x").isAccepted()).isFalse();
        assertThat(desk.comment(Seeds.seed(), "api", "@alice", "/reject").refusal())
                .isEqualTo("/reject needs a reason: /reject <reason>");
    }

    @Test
    @DisplayName("R-MF1 a release not yet deploying can be cancelled, with who and why kept in the manifest and announced")
    void cancel_before_deploying() {
        ManifestUpdate u = desk.cancel(Seeds.seed(), "@john.doe", "the payments fix missed the freeze");

        assertThat(u.isAccepted()).isTrue();
        assertThat(u.manifest().status()).isEqualTo(ReleaseStatus.CANCELLED);
        assertThat(types(u)).containsExactly(EventType.STATUS_CHANGED, EventType.RELEASE_CANCELLED);
        assertThat(u.manifest().release().cancelledBy()).isEqualTo("@john.doe");
        assertThat(u.manifest().release().cancelReason()).isEqualTo("the payments fix missed the freeze");
        ReleaseManifest again = ReleaseManifest.parse(u.manifest().toYaml(), "cancelled.yaml");
        assertThat(again.release()).isEqualTo(u.manifest().release());
        assertThat(desk.cancel(u.manifest(), "@john.doe", "again").isAccepted()).as("cancelled is final").isFalse();
        assertThat(desk.cancel(Seeds.seed(), "@john.doe", " ").refusal()).contains("give a reason");
    }

    @Test
    @DisplayName("R-MF1 a deploying or deployed release is rolled back, not cancelled")
    void no_cancel_once_deploying() {
        ReleaseManifest deploying = Seeds.seed().moveTo(ReleaseStatus.APPROVED).moveTo(ReleaseStatus.DEPLOYING);

        ManifestUpdate u = desk.cancel(deploying, "@john.doe", "too late");

        assertThat(u.isAccepted()).isFalse();
        assertThat(u.refusal()).isEqualTo("R-MF1: a release can be cancelled from draft, pending_approval or approved; "
                + "this one is deploying (roll it back instead)");
    }
}
