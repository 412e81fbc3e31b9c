package dev.releaserules.core.commit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.Rule;
import dev.releaserules.core.version.Increment;
import dev.releaserules.core.version.Version;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReleaseAsProperties {
    private static final BumpRulesProperties COMMITS = new BumpRulesProperties();

    @Property(tries = 60)
    @Label("R-V2 with a Release-As footer the recommended version equals the footer's version whatever the commit types")
    void the_footer_sets_the_version(@ForAll("versions") Version current, @ForAll("commitLists") List<Commit> commits,
            @ForAll @IntRange(min = 0, max = 2) int part, @ForAll @IntRange(min = 1, max = 5) int step,
            @ForAll @IntRange(min = 0, max = 20) int position, @ForAll("types") String type) {
        // given
        Version asked = part == 0 ? Version.of(current.major() + step, 0, 0)
                : part == 1 ? Version.of(current.major(), current.minor() + step, 0)
                : Version.of(current.major(), current.minor(), current.patch() + step);
        Commit footer = Commit.of("f00d0000" + step, type + ": release " + asked + "\n\nRelease-As: " + asked);
        List<Commit> all = new ArrayList<>(commits);
        all.add(Math.min(position, all.size()), footer);

        // when
        BumpRecommendation recommendation = BumpRules.releasePlease().recommend(current, all);

        // then
        assertThat(recommendation.nextVersion()).isEqualTo(asked);
        assertThat(recommendation.releaseAs()).map(ReleaseAs::commit).contains(footer);
        assertThat(recommendation.increment()).contains(Increment.values()[2 - part]);
        assertThat(recommendation.explain()).startsWith(current + " → " + asked + " (Release-As in " + footer.shortId() + "): ");
        assertThat(BumpRules.defaults().recommend(current, all).releaseAs()).isEmpty();
    }

    @Test
    @DisplayName("R-V2 a Release-As footer not above the current release is refused, naming the commit and both versions")
    void a_footer_not_above_the_current_release_is_refused() {
        Commit stale = Commit.of("abc1234def", "chore: release 1.2.0\n\nRelease-As: 1.2.0");

        assertThatThrownBy(() -> BumpRules.releasePlease().recommend(Version.parse("1.2.0"), List.of(stale)))
                .isInstanceOfSatisfying(ReleaseAsException.class, e -> {
                    assertThat(e.rule()).isEqualTo(Rule.R_V2);
                    assertThat(e.commitId()).isEqualTo("abc1234def");
                    assertThat(e.requested()).isEqualTo(Version.parse("1.2.0"));
                    assertThat(e.current()).isEqualTo(Version.parse("1.2.0"));
                })
                .hasMessage("R-V2: the Release-As footer of commit " + stale.shortId()
                        + " asks for 1.2.0, which is not greater than the current release 1.2.0");
    }

    @Test
    @DisplayName("R-V2 a Release-As footer that holds no version is refused by name; the newest footer wins")
    void a_malformed_footer_is_refused_and_the_first_footer_wins() {
        Commit bad = Commit.of("bad0000", "chore: release\n\nRelease-As: two");
        Commit newer = Commit.of("aaa0000", "fix: x\n\nRelease-As: 4.0.0");
        Commit older = Commit.of("bbb0000", "feat: y\n\nRelease-As: 3.0.0");

        assertThatThrownBy(() -> BumpRules.releasePlease().recommend(Version.parse("1.0.0"), List.of(bad)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Release-As footer of commit bad0000").hasMessageContaining("two");
        assertThat(BumpRules.releasePlease().recommend(Version.parse("1.0.0"), List.of(newer, older)).nextVersion())
                .isEqualTo(Version.parse("4.0.0"));
    }

    @Provide
    Arbitrary<Version> versions() {
        return COMMITS.versions();
    }

    @Provide
    Arbitrary<List<Commit>> commitLists() {
        return COMMITS.commitLists();
    }

    @Provide
    Arbitrary<String> types() {
        return Arbitraries.of("chore", "feat", "fix", "docs", "feat!", "refactor(core)", "build");
    }
}
