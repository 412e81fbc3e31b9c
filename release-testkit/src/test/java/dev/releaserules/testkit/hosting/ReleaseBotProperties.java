package dev.releaserules.testkit.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.chatops.BotReply;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.ReleaseStatus;
import dev.releaserules.testkit.jqwik.ReleaseArbitraries;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReleaseBotProperties {
    private static final ChatOpsFixture F = new ChatOpsFixture();
    /** The release in each status the bot may meet it in. */
    private static final List<ReleaseManifest> RELEASES = releases();

    private static List<ReleaseManifest> releases() {
        ReleaseManifest pending = F.bot.handle("/release create", ChatOpsFixture.MANAGER).manifest().orElseThrow();
        ReleaseManifest approved = ChatOpsStoryTest.ready(new ChatOpsFixture());
        ReleaseManifest deployed = new ChatOpsFixture().bot.handle("/release deploy --apply", ChatOpsFixture.MANAGER,
                approved).manifest().orElseThrow();
        assertThat(deployed.status()).isEqualTo(ReleaseStatus.DEPLOYED);
        return List.of(ChatOpsFixture.draft(), pending, approved, deployed);
    }

    @Provide
    Arbitrary<String> texts() {
        return ReleaseArbitraries.releaseBotTexts();
    }

    @Provide
    Arbitrary<String> outsiders() {
        return Arbitraries.oneOf(Arbitraries.of("@mallory", "@bob", "@release-bot", "john.doe", "@JOHN.DOE"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).map(s -> "@x" + s));
    }

    @Provide
    Arbitrary<String> anyone() {
        return Arbitraries.of(ChatOpsFixture.MANAGER, ChatOpsFixture.ON_CALL, "@alice", "@carol", "@mallory");
    }

    @Property(tries = 200)
    @Label("R-CO an unauthorised caller never changes the release and never gets an exception, whatever the text")
    void outsiders_change_nothing(@ForAll("texts") String text, @ForAll("outsiders") String caller) {
        for (ReleaseManifest release : RELEASES) {
            BotReply reply = F.bot.handle(text, caller, release);

            assertThat(reply.manifest()).contains(release);
            assertThat(reply.events()).isEmpty();
            assertThat(reply.text()).isNotBlank();
        }
    }

    @Property(tries = 200)
    @Label("R-CO any caller and any text gets a reply, never an exception; refusals and usage change nothing")
    void every_text_gets_a_reply(@ForAll("texts") String text, @ForAll("anyone") String caller) {
        for (ReleaseManifest release : RELEASES) {
            BotReply reply = new ChatOpsFixture().bot.handle(text, caller, release);

            assertThat(reply.text()).isNotBlank();
            if (!reply.isDone()) {
                assertThat(reply.manifest()).contains(release);
                assertThat(reply.events()).isEmpty();
            }
        }
    }
}
