package dev.releaserules.github;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.chatops.SignOffRequests;
import dev.releaserules.core.manifest.Component;
import dev.releaserules.core.manifest.ReleaseDesk;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.testkit.hosting.InMemoryHosting;
import dev.releaserules.testkit.jqwik.ReleaseArbitraries;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Invariants of the sign-off issues: titles name their request back, and a comment counts once. */
class SignOffIssuesProperties {
    private final ReleaseDesk desk = ReleaseDesk.builder()
            .clock(Clock.fixed(Instant.parse("2024-01-15T09:00:00Z"), ZoneOffset.UTC)).build();
    private final SignOffIssues issues = SignOffIssues.of(new InMemoryHosting(), desk);

    @Provide
    Arbitrary<ReleaseManifest> manifests() {
        return ReleaseArbitraries.manifests();
    }

    @Provide
    Arbitrary<String> comments() {
        return Arbitraries.oneOf(ReleaseArbitraries.countingSignOffComments(), ReleaseArbitraries.decoySignOffComments(),
                ReleaseArbitraries.hostileMarkdown());
    }

    @Property(tries = 200)
    @Label("R-SR every request title names its release and component back, and only those")
    void titles_round_trip(@ForAll("manifests") ReleaseManifest manifest) {
        for (Component c : manifest.components()) {
            String title = SignOffRequests.title(c.name(), manifest.id());

            assertThat(SignOffIssues.parseTitle(title)).contains(new SignOffIssues.Request(manifest.id(), c.name()));
            assertThat(SignOffIssues.parseTitle(title + " ")).isEmpty();
        }
    }

    @Property(tries = 300)
    @Label("R-SO1 any comment by anyone on a sign-off issue is decided without an exception; ignored changes nothing, anything else records the comment, which then never counts again")
    void a_comment_counts_once(@ForAll("manifests") ReleaseManifest manifest, @ForAll("comments") String body,
            @ForAll boolean teamLead, @ForAll boolean bot) {
        List<Component> needing = SignOffRequests.needingSignOff(manifest);
        Component c = needing.isEmpty() ? manifest.components().get(0) : needing.get(0);
        String login = teamLead && c.teamLead().startsWith("@") ? c.teamLead().substring(1).toUpperCase(java.util.Locale.ROOT)
                : "someone-else";
        GitHubEvent event = new GitHubEvent.IssueCommentCreated(7, SignOffRequests.title(c.name(), manifest.id()),
                List.of(SignOffRequests.SIGN_OFF_LABEL), false, 4242, login, bot, body);

        SignOffReply first = issues.decide(event, manifest);
        SignOffReply again = issues.decide(event, first.manifest());
        Statistics.collect(first.outcome());

        if (first.isRecorded()) {
            assertThat(first.text()).isNotBlank();
            assertThat(first.manifest().findComponent(c.name()).orElseThrow().extra()
                    .findText(SignOffRequests.READ_FIELD)).contains("4242");
            assertThat(again.outcome()).isEqualTo(SignOffReply.Outcome.IGNORED);
        } else {
            assertThat(first.manifest()).isSameAs(manifest);
            assertThat(first.text()).isEmpty();
        }
        assertThat(again.manifest()).isSameAs(first.manifest());
        if (bot) {
            assertThat(first.outcome()).isEqualTo(SignOffReply.Outcome.IGNORED);
        }
    }
}
