package dev.releaserules.testkit.hosting;

import static dev.releaserules.testkit.hosting.ChatOpsFixture.MANAGER;
import static dev.releaserules.testkit.hosting.ChatOpsFixture.ON_CALL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.chatops.BotReply;
import dev.releaserules.core.chatops.ReleaseBot;
import dev.releaserules.core.chatops.ReleaseCommand;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.ReleaseStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReleaseBotTest {
    final ChatOpsFixture f = new ChatOpsFixture();

    @Test
    @DisplayName("R-CO unknown commands and bad arguments get the usage, never an exception")
    void bad_commands_get_usage() {
        ReleaseManifest m = ChatOpsFixture.draft();

        BotReply unknown = f.bot.handle("/release ship-it", MANAGER, m);
        BotReply badArgs = f.bot.handle("/release deploy --force", MANAGER, m);
        BotReply help = f.bot.handle("/release", "@anyone");

        assertThat(unknown.outcome()).isEqualTo(BotReply.Outcome.USAGE);
        assertThat(unknown.text()).isEqualTo("Unknown command \"ship-it\"\n\n" + ReleaseCommand.usage());
        assertThat(unknown.manifest()).contains(m);
        assertThat(badArgs.text()).startsWith("/release deploy takes no argument (a dry run), --dry-run or --apply");
        assertThat(help.text()).isEqualTo(ReleaseCommand.usage());
        assertThat(help.manifest()).isEmpty();
    }

    @Test
    @DisplayName("R-CO approve is for the release manager only")
    void only_the_release_manager_approves() {
        ReleaseManifest m = f.bot.handle("/release create", MANAGER).manifest().orElseThrow();

        BotReply reply = f.bot.handle("/release approve", "@alice", m);

        assertThat(reply.outcome()).isEqualTo(BotReply.Outcome.REFUSED);
        assertThat(reply.text()).isEqualTo(
                "@alice may not approve rel-2024-01-15-001: only the release manager (@john.doe) may (R-CO)");
        assertThat(reply.manifest()).contains(m);
        assertThat(reply.events()).isEmpty();
    }

    @Test
    @DisplayName("R-CO approve with nothing new to record and sign-offs missing is refused with what is missing")
    void approve_lists_what_is_missing() {
        ReleaseManifest m = f.bot.handle("/release create", MANAGER).manifest().orElseThrow();
        m = f.bot.handle("/release approve", MANAGER, m).manifest().orElseThrow();

        BotReply again = f.bot.handle("/release approve", MANAGER, m);

        assertThat(again.outcome()).isEqualTo(BotReply.Outcome.REFUSED);
        assertThat(again.text()).isEqualTo("Release rel-2024-01-15-001 cannot be approved yet (R-SO2); missing:\n"
                + "- sign-off of api pending (@alice)\n- sign-off of portal pending (@carol)\n"
                + "- checklist item \"All team sign-offs received\" pending");
    }

    @Test
    @DisplayName("R-CO deploy is for the release manager or on-call, and only on an approved release")
    void deploy_needs_role_and_approval() {
        ReleaseManifest pending = f.bot.handle("/release create", MANAGER).manifest().orElseThrow();
        ReleaseManifest approved = ChatOpsStoryTest.ready(new ChatOpsFixture());

        BotReply outsider = f.bot.handle("/release deploy --apply", "@alice", approved);
        BotReply notApproved = f.bot.handle("/release deploy --apply", ON_CALL, pending);
        BotReply onCall = f.bot.handle("/release deploy --apply", ON_CALL, approved);

        assertThat(outsider.text()).isEqualTo("@alice may not deploy rel-2024-01-15-001: only the release manager"
                + " or the on-call engineer may (R-CO)");
        assertThat(notApproved.outcome()).isEqualTo(BotReply.Outcome.REFUSED);
        assertThat(notApproved.manifest()).contains(pending);
        assertThat(onCall.manifest().orElseThrow().status()).isEqualTo(ReleaseStatus.DEPLOYED);
    }

    @Test
    @DisplayName("R-CO create is refused while a release is in progress and for anyone but the draft's manager")
    void create_rules() {
        ReleaseManifest m = f.bot.handle("/release create", MANAGER).manifest().orElseThrow();

        BotReply second = f.bot.handle("/release create", MANAGER, m);
        BotReply stranger = f.bot.handle("/release create", "@mallory");

        assertThat(second.text()).isEqualTo("Release rel-2024-01-15-001 is still pending_approval; a new release can"
                + " be created once it is deployed or rolled back (R-CO)");
        assertThat(stranger.outcome()).isEqualTo(BotReply.Outcome.REFUSED);
        assertThat(stranger.manifest()).isEmpty();
        assertThat(f.hosting.issues()).hasSize(2);
    }

    @Test
    @DisplayName("R-RT2 after a deployed release, /release create makes the next id of the next train's date")
    void create_after_deployed_release() {
        ReleaseManifest deployed = f.bot.handle("/release deploy --apply", MANAGER, ChatOpsStoryTest.ready(f))
                .manifest().orElseThrow();

        BotReply next = f.bot.handle("/release create", MANAGER, deployed);

        assertThat(next.manifest().orElseThrow().id().value()).as("the next train leaves on 2024-01-15")
                .isEqualTo("rel-2024-01-15-002");
    }

    @Test
    @DisplayName("R-CO status without a release says so; without drafts or deployer the bot refuses politely")
    void bare_bot() {
        ReleaseBot bare = ReleaseBot.builder().build();
        ReleaseManifest approved = ChatOpsStoryTest.ready(f);

        assertThat(bare.handle("/release status", "@anyone").text())
                .isEqualTo("There is no current release; start one with /release create.");
        assertThat(bare.handle("/release create", MANAGER).text()).contains("no release drafts configured");
        assertThat(bare.handle("/release deploy", MANAGER, approved).text()).contains("no deployer configured");
        assertThat(bare.handle("/release approve", MANAGER).outcome()).isEqualTo(BotReply.Outcome.REFUSED);
    }

    @Test
    @DisplayName("R-CO signoff from chat follows the same sign-off rules as comments (R-SO1)")
    void signoff_from_chat() {
        ReleaseManifest m = f.bot.handle("/release create", MANAGER).manifest().orElseThrow();

        BotReply mallory = f.bot.handle("/release signoff api", "@mallory", m);
        BotReply alice = f.bot.handle("/release signoff api", "@alice", m);
        BotReply nothing = f.bot.handle("/release signoff workers", "@alice", m);

        assertThat(mallory.text()).contains("@mallory may not sign off api");
        assertThat(alice.text()).isEqualTo("✅ @alice signed off api. Still waiting for: portal.");
        assertThat(nothing.outcome()).isEqualTo(BotReply.Outcome.REFUSED);
    }

    @Test
    @DisplayName("R-CO R-MF1 /release cancel <reason>: only the release manager, only before deploying, never without a reason")
    void cancel_a_release() {
        ReleaseManifest m = f.bot.handle("/release create", MANAGER).manifest().orElseThrow();

        BotReply stranger = f.bot.handle("/release cancel not today", "@mallory", m);
        BotReply noReason = f.bot.handle("/release cancel", MANAGER, m);
        BotReply cancelled = f.bot.handle("/release cancel the payments fix missed the freeze", MANAGER, m);

        assertThat(stranger.outcome()).isEqualTo(BotReply.Outcome.REFUSED);
        assertThat(stranger.text()).contains("only the release manager may");
        assertThat(noReason.text()).contains("/release cancel needs a reason");
        assertThat(cancelled.outcome()).isEqualTo(BotReply.Outcome.DONE);
        assertThat(cancelled.manifest().orElseThrow().status())
                .isEqualTo(dev.releaserules.core.manifest.ReleaseStatus.CANCELLED);
        assertThat(cancelled.events()).extracting(e -> e.type().wireName())
                .containsExactly("status_changed", "release_cancelled");
    }
}
