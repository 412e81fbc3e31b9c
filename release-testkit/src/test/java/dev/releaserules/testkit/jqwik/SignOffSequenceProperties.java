package dev.releaserules.testkit.jqwik;

import static dev.releaserules.testkit.assertions.ReleaseAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.manifest.ApprovalStatus;
import dev.releaserules.core.manifest.ManifestUpdate;
import dev.releaserules.core.manifest.ReleaseDesk;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.ReleaseStatus;
import dev.releaserules.core.manifest.SignOffPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;

/** Generated sign-off sequences run through the real desk, and the rules they must never break. */
class SignOffSequenceProperties {
    private static final Set<ReleaseStatus> GUARDED = EnumSet.of(ReleaseStatus.APPROVED, ReleaseStatus.DEPLOYING);

    private final ReleaseDesk desk = ReleaseDesk.builder()
            .clock(Clock.fixed(Instant.parse("2024-01-15T09:00:00Z"), ZoneOffset.UTC))
            .policy(SignOffPolicy.defaults())
            .build();

    @Provide
    Arbitrary<Tuple2<ReleaseManifest, List<SignOffStep>>> stories() {
        return ReleaseArbitraries.manifests(ReleaseStatus.DRAFT)
                .flatMap(m -> ReleaseArbitraries.signOffSequences(m).map(steps -> Tuple.of(m, steps)));
    }

    @Property(tries = 200)
    @Label("R-SO2 sign-off sequences never reach approved or deploying while anything is missing")
    void never_deploying_without_approvals(@ForAll("stories") Tuple2<ReleaseManifest, List<SignOffStep>> story) {
        ReleaseManifest m = story.get1();
        for (SignOffStep step : story.get2()) {
            ManifestUpdate update = step.applyTo(desk, m);
            ReleaseManifest next = update.manifest();
            if (next.status() != m.status() && GUARDED.contains(next.status())) {
                assertThat(m).as("before %s", step).isReady();
            }
            if (next.status() == ReleaseStatus.DEPLOYING) {
                assertThat(next.approvals()).allMatch(a -> a.status() == ApprovalStatus.APPROVED);
                assertThat(next.outstandingSignOffs()).isEmpty();
            }
            if (!update.isAccepted()) {
                assertThat(next).isSameAs(m);
            }
            m = next;
        }
        Statistics.label("furthest status").collect(m.status());
        // The guard is only tested if enough runs get as far as it.
        Statistics.label("furthest status").coverage(c -> c.check(ReleaseStatus.DEPLOYING).percentage(p -> p > 10));
    }

    @Property(tries = 100)
    @Label("R-SO1 an outsider's steps are always refused and change nothing")
    void outsiders_change_nothing(@ForAll("stories") Tuple2<ReleaseManifest, List<SignOffStep>> story) {
        ReleaseManifest m = story.get1();
        for (SignOffStep step : story.get2()) {
            SignOffStep byOutsider = asOutsider(step);
            if (byOutsider == null) {
                continue;
            }

            ManifestUpdate update = byOutsider.applyTo(desk, m);

            assertThat(update).isRefused();
            assertThat(update.manifest()).isSameAs(m);
        }
    }

    /** The same step taken by someone the manifest does not name; moves are left out (anyone may ask). */
    private static SignOffStep asOutsider(SignOffStep step) {
        String outsider = ManifestGenerators.OUTSIDER;
        if (step instanceof SignOffStep.Comment c) {
            return new SignOffStep.Comment(c.component(), outsider, c.text());
        }
        if (step instanceof SignOffStep.Withdraw w) {
            return new SignOffStep.Withdraw(w.component(), outsider);
        }
        if (step instanceof SignOffStep.Approve a) {
            return new SignOffStep.Approve(a.role(), outsider);
        }
        return null;
    }
}
