package dev.releaserules.core.commit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.version.Increment;
import dev.releaserules.core.version.Version;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BumpRulesTest {
    private static final Version CURRENT = Version.parse("2.1.1");

    private static Commit commit(String id, String message) {
        return Commit.of(id, message);
    }

    @Test
    @DisplayName("bump: a breaking change calls for a major increment")
    void breaking_change_bumps_major() {
        // given
        List<Commit> commits = List.of(commit("a1b2c3d4e5", "feat(api)!: drop v1 endpoints"),
                commit("b1b2c3d4e5", "fix: typo"));

        // when
        BumpRecommendation recommendation = BumpRules.defaults().recommend(CURRENT, commits);

        // then
        assertThat(recommendation.increment()).contains(Increment.MAJOR);
        assertThat(recommendation.nextVersion()).hasToString("3.0.0");
    }

    @Test
    @DisplayName("bump: a BREAKING CHANGE footer on a docs commit still calls for a major increment")
    void breaking_footer_on_a_no_bump_type_bumps_major() {
        // given
        String raw = "docs: rewrite\n\nBREAKING CHANGE: the guide moved";
        Commit docs = new Commit("a1b2c3d", new ConventionalCommit(raw, "docs", "", false, "rewrite", "",
                List.of(new Footer(Footer.BREAKING_CHANGE, "the guide moved"))), "", Instant.EPOCH);

        // when
        BumpRecommendation recommendation = BumpRules.defaults().recommend(CURRENT, List.of(docs));

        // then

        assertThat(recommendation.increment()).contains(Increment.MAJOR);
    }

    @Test
    @DisplayName("bump: feat calls for a minor increment")
    void feat_bumps_minor() {
        BumpRecommendation recommendation = BumpRules.defaults().recommend(CURRENT,
                List.of(commit("a1b2c3d", "feat: add export"), commit("b1b2c3d", "fix: typo")));

        assertThat(recommendation.increment()).contains(Increment.MINOR);
        assertThat(recommendation.nextVersion()).hasToString("2.2.0");
    }

    @Test
    @DisplayName("bump: fix and perf call for a patch increment, whatever their case")
    void fix_and_perf_bump_patch() {
        BumpRules rules = BumpRules.defaults();

        assertThat(rules.recommend(CURRENT, List.of(commit("a1b2c3d", "fix: typo"))).increment())
                .contains(Increment.PATCH);
        assertThat(rules.recommend(CURRENT, List.of(commit("a1b2c3d", "PERF: faster"))).nextVersion())
                .hasToString("2.1.2");
    }

    @Test
    @DisplayName("bump: docs, chore and unknown types call for no increment")
    void docs_bumps_nothing() {
        BumpRecommendation recommendation = BumpRules.defaults().recommend(CURRENT,
                List.of(commit("a1b2c3d", "docs: readme"), commit("b1b2c3d", "chore: deps")));

        assertThat(recommendation.increment()).isEmpty();
        assertThat(recommendation.reasons()).isEmpty();
        assertThat(recommendation.nextVersion()).isEqualTo(CURRENT);
        assertThat(recommendation.explain()).isEqualTo("2.1.1 → 2.1.1 (no bump): no commit calls for a release");
    }

    @Test
    void merge_revert_and_non_conventional_commits_never_bump() {
        BumpRecommendation recommendation = BumpRules.defaults().recommend(CURRENT, List.of(
                commit("a1b2c3d", "Merge pull request #12 from owner/feat-x"),
                commit("b1b2c3d", "Revert \"feat: add export\"\n\nThis reverts commit 0123456789abcdef."),
                commit("c1b2c3d", "added stuff")));

        assertThat(recommendation.increment()).isEmpty();
    }

    @Test
    void conventional_revert_bumps_only_when_configured() {
        List<Commit> commits = List.of(commit("a1b2c3d", "revert: undo export"));

        assertThat(BumpRules.defaults().recommend(CURRENT, commits).increment()).isEmpty();
        assertThat(BumpRules.custom().type("revert", Increment.PATCH).build().recommend(CURRENT, commits).increment())
                .contains(Increment.PATCH);
    }

    @Test
    @DisplayName("bump: a custom map replaces and removes types, ignoring case")
    void custom_map() {
        // given
        BumpRules rules = BumpRules.custom().type("Refactor", Increment.PATCH).noBump("PERF")
                .type("feat", Increment.PATCH).build();

        // then
        assertThat(rules.findIncrement("REFACTOR")).contains(Increment.PATCH);
        assertThat(rules.findIncrement("perf")).isEmpty();
        assertThat(rules.recommend(CURRENT, List.of(commit("a1b2c3d", "feat: x"))).nextVersion()).hasToString("2.1.2");
        assertThat(BumpRules.defaults().findIncrement("perf")).contains(Increment.PATCH);
        assertThat(BumpRules.from(rules).build()).isEqualTo(rules);
    }

    @Test
    @DisplayName("bump: with the 0.x option a breaking change bumps the minor while the major is 0")
    void zero_major_option() {
        BumpRules rules = BumpRules.custom().breakingBumpsMinorWhileMajorIsZero(true).build();
        List<Commit> commits = List.of(commit("a1b2c3d", "feat!: new api"));

        assertThat(rules.recommend(Version.parse("0.4.1"), commits).nextVersion()).hasToString("0.5.0");
        assertThat(rules.recommend(Version.parse("1.4.1"), commits).nextVersion()).hasToString("2.0.0");
        assertThat(BumpRules.defaults().recommend(Version.parse("0.4.1"), commits).nextVersion()).hasToString("1.0.0");
        assertThat(rules.recommend(Version.parse("0.4.1"), commits).explain())
                .isEqualTo("0.4.1 → 0.5.0 (minor): 1 breaking change (a1b2c3d feat!: new api); "
                        + "breaking changes bump the minor while the major is 0");
    }

    @Test
    @DisplayName("bump: explain() names the increment and the commits that drove it")
    void explain_names_the_driving_commits() {
        // given
        List<Commit> commits = List.of(
                commit("b2b2b2b2b2", "feat: add export"),
                commit("a1b2c3d4e5f6", "feat(api)!: drop v1 endpoints"),
                commit("c3c3c3c3c3", "fix: typo"),
                commit("d4d4d4d4d4", "docs: readme"),
                commit("e5e5e5e5e5", "feat(ui): dark mode"));

        // when
        String explanation = BumpRules.defaults().recommend(CURRENT, commits).explain();

        // then
        assertThat(explanation).isEqualTo(
                "2.1.1 → 3.0.0 (major): 1 breaking change (a1b2c3d feat(api)!: drop v1 endpoints), 2 features, 1 fix");
    }

    @Test
    void explain_lists_every_driver_of_a_minor() {
        String explanation = BumpRules.defaults().recommend(CURRENT, List.of(
                commit("b2b2b2b2b2", "feat: add export"), commit("c3c3c3c3c3", "fix: a"),
                commit("c4c4c4c4c4", "fix: b"), commit("e5e5e5e5e5", "feat(ui): dark mode"))).explain();

        assertThat(explanation).isEqualTo(
                "2.1.1 → 2.2.0 (minor): 2 features (b2b2b2b feat: add export; e5e5e5e feat(ui): dark mode), 2 fixes");
    }

    @Test
    void rejects_a_type_that_is_not_a_word() {
        assertThatThrownBy(() -> BumpRules.custom().type("my type", Increment.PATCH))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"my type\"");
        assertThatThrownBy(() -> BumpRules.custom().type("feat", null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> BumpRules.defaults().recommend(CURRENT, null))
                .isInstanceOf(InvalidInputException.class);
    }
}
