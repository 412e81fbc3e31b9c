package dev.releaserules.testkit.hosting;

import static dev.releaserules.testkit.hosting.ChatOpsFixture.MANAGER;
import static dev.releaserules.testkit.hosting.ChatOpsFixture.ON_CALL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.chatops.BotReply;
import dev.releaserules.core.chatops.CollectReport;
import dev.releaserules.core.chatops.RequestReport;
import dev.releaserules.core.chatops.SignOffAnswer;
import dev.releaserules.core.chatops.SignOffRequests;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.event.EventType;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.manifest.ManifestUpdate;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.ReleaseStatus;
import dev.releaserules.core.manifest.SignOffStatus;
import dev.releaserules.core.spi.Issue;
import dev.releaserules.testkit.fakes.RecordingDeployer;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChatOpsStoryTest {
    final ChatOpsFixture f = new ChatOpsFixture();

    private static SignOffStatus signOff(ReleaseManifest m, String component) {
        return m.findComponent(component).orElseThrow().signOff().status();
    }

    private static List<EventType> types(List<ReleaseEvent> events) {
        return events.stream().map(ReleaseEvent::type).toList();
    }

    @Test
    @DisplayName("R-SR R-SO1 R-CO create → requests → comments (valid, unauthorised, quoted) → approve → deploy")
    void whole_release_through_issues_and_chat() {
        // given: the release manager creates the release from chat
        BotReply created = f.bot.handle("/release create", MANAGER);
        ReleaseManifest m = created.manifest().orElseThrow();
        assertThat(created.isDone()).isTrue();
        assertThat(m.id().value()).isEqualTo("rel-2024-01-15-001");
        assertThat(m.status()).isEqualTo(ReleaseStatus.PENDING_APPROVAL);
        assertThat(types(created.events())).containsExactly(EventType.RELEASE_CREATED, EventType.STATUS_CHANGED,
                EventType.SIGNOFF_PENDING, EventType.SIGNOFF_PENDING);
        assertThat(created.text()).contains("Sign-offs needed: api, portal", "opened #1, #2");
        assertThat(f.hosting.issues()).extracting(Issue::title).containsExactly(
                "[Sign-off Required] api - rel-2024-01-15-001", "[Sign-off Required] portal - rel-2024-01-15-001");
        Issue api = f.hosting.issues().get(0);
        Issue portal = f.hosting.issues().get(1);
        assertThat(api.labels()).containsExactly("release", "sign-off-required", "api");
        assertThat(api.body()).contains("Release: `rel-2024-01-15-001`", "Component: `api` (v1.2.3 → v1.3.0)",
                "- feat: Add placement bulk upload endpoint", "- [ ] Staging environment tested manually",
                "Comment `/approve` on this issue.", "Comment `/reject <reason>` on this issue.", "@alice");

        // when: the teams answer on the issues
        f.hosting.comment(api.number(), "@mallory", "/approve");
        f.hosting.comment(api.number(), "@alice", "> /approve\nDid mallory just approve my component?");
        f.hosting.comment(api.number(), "@alice", "Staging looks good.\n/approve");
        f.hosting.comment(portal.number(), "@carol", "/reject dashboard broken on mobile");
        CollectReport collected = f.requests.collect(m);
        m = collected.manifest();

        // then: only the team leads' commands count; the quote is discussion
        assertThat(collected.applied()).extracting(a -> a.comment().author()).containsExactly("@alice", "@carol");
        assertThat(collected.refused()).singleElement().satisfies(r -> {
            assertThat(r.comment().author()).isEqualTo("@mallory");
            assertThat(r.outcome()).isEqualTo(SignOffAnswer.Outcome.REFUSED);
            assertThat(r.refusal()).isEqualTo("@mallory may not sign off api: only its team lead (@alice) or a"
                    + " delegate named by the policy may (R-SO1)");
        });
        assertThat(signOff(m, "api")).isEqualTo(SignOffStatus.APPROVED);
        assertThat(signOff(m, "portal")).isEqualTo(SignOffStatus.REJECTED);
        assertThat(types(collected.events())).containsExactly(EventType.SIGNOFF_RECEIVED, EventType.SIGNOFF_REJECTED);

        // and the release manager cannot approve past the rejection, nor deploy
        BotReply early = f.bot.handle("/release approve", MANAGER, m);
        assertThat(early.isDone()).isTrue();
        assertThat(early.text()).contains("Recorded the release manager approval",
                "sign-off of portal rejected (@carol: dashboard broken on mobile)");
        m = early.manifest().orElseThrow();
        assertThat(m.status()).isEqualTo(ReleaseStatus.PENDING_APPROVAL);
        BotReply tooSoon = f.bot.handle("/release deploy", MANAGER, m);
        assertThat(tooSoon.outcome()).isEqualTo(BotReply.Outcome.REFUSED);
        assertThat(tooSoon.manifest()).contains(m);

        // when: carol withdraws, then approves; the old /reject is not read again
        m = f.desk.withdrawRejection(m, "portal", "@carol").orThrow();
        f.hosting.comment(portal.number(), "@carol", "Fixed in staging.\n/approve");
        collected = f.requests.collect(m);
        m = collected.manifest();
        assertThat(collected.applied()).singleElement()
                .satisfies(a -> assertThat(a.comment().body()).startsWith("Fixed in staging."));
        assertThat(m.readiness().isReady()).isTrue();

        // then: approve, dry run, apply
        BotReply approved = f.bot.handle("/release approve", MANAGER, m);
        m = approved.manifest().orElseThrow();
        assertThat(m.status()).isEqualTo(ReleaseStatus.APPROVED);
        assertThat(approved.text()).startsWith("✅ Release rel-2024-01-15-001 approved.");

        BotReply dryRun = f.bot.handle("/release deploy", MANAGER, m);
        assertThat(dryRun.isDone()).isTrue();
        assertThat(dryRun.manifest()).contains(m);
        assertThat(dryRun.text()).contains("Dry run for rel-2024-01-15-001: would deploy api v1.3.0, portal v3.1.0");
        assertThat(f.deployer.callTexts()).isEmpty();

        BotReply deployed = f.bot.handle("/release deploy --apply", MANAGER, m);
        m = deployed.manifest().orElseThrow();
        assertThat(m.status()).isEqualTo(ReleaseStatus.DEPLOYED);
        assertThat(f.deployer.callTexts()).containsExactly("deploy api 1.3.0", "verify api 1.3.0",
                "deploy portal 3.1.0", "verify portal 3.1.0");
        assertThat(deployed.text()).contains("successfully deployed", "✅ api v1.3.0 (healthy)");
        assertThat(f.bot.handle("/release status", "@anyone", m).text())
                .contains("## Current Release: rel-2024-01-15-001", "✅ Deployed");

        // and: rollback is for the on-call engineer or the release manager
        assertThat(f.bot.handle("/release rollback error rate", "@alice", m).outcome())
                .isEqualTo(BotReply.Outcome.REFUSED);
        BotReply rolledBack = f.bot.handle("/release rollback error rate above SLO", ON_CALL, m);
        assertThat(rolledBack.manifest().orElseThrow().status()).isEqualTo(ReleaseStatus.ROLLED_BACK);
        assertThat(rolledBack.manifest().orElseThrow().release().rollbackReason()).isEqualTo("error rate above SLO");
        assertThat(f.heard.events()).endsWith(rolledBack.events().toArray(ReleaseEvent[]::new));
    }

    @Test
    @DisplayName("R-SR requests are opened only when missing: a second run opens nothing")
    void requests_are_idempotent() {
        // given
        ReleaseManifest m = ChatOpsFixture.draft();
        RequestReport first = f.requests.request(m);

        // when
        RequestReport second = f.requests.request(m);

        // then
        assertThat(first.created()).hasSize(2);
        assertThat(first.existing()).isEmpty();
        assertThat(second.created()).isEmpty();
        assertThat(second.existing()).isEqualTo(first.created());
        assertThat(f.hosting.issues()).hasSize(2);
        assertThat(f.hosting.findIssuesByLabel("sign-off-required")).hasSize(2);
        assertThat(f.hosting.findIssuesByLabel("workers")).isEmpty();
    }

    @Test
    @DisplayName("R-SR a closed request still counts: it is not opened again")
    void closed_requests_are_not_reopened() {
        ReleaseManifest m = ChatOpsFixture.draft();
        Issue api = f.requests.request(m).created().get(0);
        f.hosting.closeIssue(api.number());

        RequestReport again = f.requests.request(m);

        assertThat(again.created()).isEmpty();
        assertThat(again.existing()).extracting(Issue::number).contains(api.number());
    }

    @Test
    @DisplayName("R-SR a hotfix skips team sign-offs, so no request is opened")
    void hotfix_needs_no_requests() {
        ReleaseManifest draft = ChatOpsFixture.draft();
        ReleaseManifest hotfix = draft.withRelease(new dev.releaserules.core.manifest.ReleaseHeader(draft.id(),
                dev.releaserules.core.manifest.ReleaseType.HOTFIX, "", MANAGER, ReleaseStatus.DRAFT, "", "", "",
                dev.releaserules.core.manifest.ExtraFields.empty()));

        assertThat(f.requests.request(hotfix).created()).isEmpty();
        assertThat(f.hosting.issues()).isEmpty();
    }

    @Test
    @DisplayName("R-SO1 collecting twice applies each comment once and changes nothing the second time")
    void collecting_is_idempotent() {
        // given
        ReleaseManifest m = ChatOpsFixture.draft();
        Issue api = f.requests.request(m).created().get(0);
        f.hosting.comment(api.number(), "@alice", "/approve");
        f.hosting.comment(api.number(), "@bob", "/approve");
        CollectReport first = f.requests.collect(m);

        // when
        CollectReport second = f.requests.collect(first.manifest());

        // then
        assertThat(first.applied()).hasSize(1);
        assertThat(first.refused()).hasSize(1);
        assertThat(second.applied()).isEmpty();
        assertThat(second.refused()).isEmpty();
        assertThat(second.events()).isEmpty();
        assertThat(second.manifest()).isEqualTo(first.manifest());
        assertThat(first.manifest().findComponent("api").orElseThrow().extra().findText(SignOffRequests.READ_FIELD))
                .contains("2");
    }

    @Test
    @DisplayName("R-SO1 an approval sent back to pending by new commits is not revived by the old /approve")
    void invalidated_approval_needs_a_new_comment() {
        // given
        ReleaseManifest m = ChatOpsFixture.draft();
        Issue api = f.requests.request(m).created().get(0);
        f.hosting.comment(api.number(), "@alice", "/approve");
        m = f.requests.collect(m).manifest();
        ManifestUpdate invalidated = f.desk.newCommits(m, "api",
                List.of(Commit.of("abc1234", "fix: late change")));
        m = invalidated.manifest();

        // when
        CollectReport again = f.requests.collect(m);

        // then
        assertThat(signOff(again.manifest(), "api")).isEqualTo(SignOffStatus.PENDING);
        assertThat(again.applied()).isEmpty();

        // and a new /approve counts
        f.hosting.comment(api.number(), "@alice", "/approve");
        assertThat(signOff(f.requests.collect(m).manifest(), "api")).isEqualTo(SignOffStatus.APPROVED);
    }

    @Test
    @DisplayName("R-SO1 a /reject without reason is refused with the usage; components without a request are listed")
    void reject_without_reason_and_missing_requests() {
        ReleaseManifest m = ChatOpsFixture.draft();
        Issue api = f.hosting.openIssue(f.requests.issueFor(m, m.findComponent("api").orElseThrow()));
        f.hosting.comment(api.number(), "@alice", "/reject");

        CollectReport report = f.requests.collect(m);

        assertThat(report.refused()).singleElement().satisfies(r -> assertThat(r.refusal()).contains("reason"));
        assertThat(report.unrequested()).containsExactly("portal");
        assertThat(signOff(report.manifest(), "api")).isEqualTo(SignOffStatus.PENDING);
    }

    @Test
    @DisplayName("R-CO a failing component stops the deployment; the reply says where and how to roll back")
    void failed_deployment_reply() {
        ChatOpsFixture failing = new ChatOpsFixture(
                RecordingDeployer.builder().failDeploy("api", "health check failed").build());
        ReleaseManifest m = ready(failing);

        BotReply reply = failing.bot.handle("/release deploy --apply", ON_CALL, m);

        assertThat(reply.manifest().orElseThrow().status()).isEqualTo(ReleaseStatus.DEPLOYING);
        assertThat(reply.text()).contains("❌ Deployment of rel-2024-01-15-001 failed", "❌ api v1.3.0 (health check"
                + " failed)", "⏸ portal v3.1.0", "/release rollback <reason>");
        assertThat(failing.deployer.callTexts()).containsExactly("deploy api 1.3.0");
    }

    /** The fixture's release, signed off and approved through the bot. */
    static ReleaseManifest ready(ChatOpsFixture f) {
        ReleaseManifest m = f.bot.handle("/release create", MANAGER).manifest().orElseThrow();
        m = f.bot.handle("/release signoff api", "@alice", m).manifest().orElseThrow();
        m = f.bot.handle("/release signoff portal", "@carol", m).manifest().orElseThrow();
        BotReply approved = f.bot.handle("/release approve", MANAGER, m);
        assertThat(approved.manifest().orElseThrow().status()).isEqualTo(ReleaseStatus.APPROVED);
        return approved.manifest().orElseThrow();
    }
}
