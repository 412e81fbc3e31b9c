package dev.releaserules.core.changelog;

import static dev.releaserules.core.changelog.TestCommits.breaking;
import static dev.releaserules.core.changelog.TestCommits.conventional;
import static dev.releaserules.core.changelog.TestCommits.id;
import static dev.releaserules.core.changelog.TestCommits.merge;
import static dev.releaserules.core.changelog.TestCommits.nonConventional;
import static dev.releaserules.core.changelog.TestCommits.revert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.version.Version;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChangelogGeneratorTest {
    private static final LocalDate DATE = LocalDate.of(2026, 1, 18);

    private static ReleaseNotes notes(ChangelogConfig config, List<Commit> commits) {
        return ChangelogGenerator.of(config).notes().version(Version.parse("2.2.0")).date(DATE).commits(commits).build();
    }

    @Test
    @DisplayName("R-C1 a merge commit titled like a pull request and its squashed twin make one entry listing both ids")
    void twins_make_one_entry() {
        // given
        List<Commit> commits = List.of(
                conventional("c3", "feat", "ui", "add dark mode (#42)"),
                conventional("c4", "Feat", "UI", "Add  dark mode"));

        // when
        ReleaseNotes notes = notes(ChangelogConfig.defaults(), commits);

        // then
        assertThat(notes.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.description()).isEqualTo("add dark mode (#42)");
            assertThat(entry.commits()).extracting(CommitRef::shortId).containsExactly("c3c3c3c", "c4c4c4c");
        });
        assertThat(notes.excluded()).isEmpty();
    }

    @Test
    @DisplayName("R-C1 a git revert and a conventional revert of the same change are one entry in Reverts")
    void reverts_are_one_unit() {
        // given
        List<Commit> commits = List.of(
                revert("r1", "feat(ui): add sounds", id("99")),
                conventional("r2", "revert", "", "feat(ui): add sounds"));

        // when
        ReleaseNotes notes = notes(ChangelogConfig.defaults(), commits);

        // then
        assertThat(notes.sections()).singleElement().satisfies(section -> {
            assertThat(section.title()).isEqualTo("Reverts");
            assertThat(section.entries()).singleElement()
                    .satisfies(e -> assertThat(e.commits()).hasSize(2));
        });
    }

    @Test
    @DisplayName("R-C1 hidden, unknown, merge and non-conventional commits are excluded with their reason, in range order")
    void excluded_commits_carry_reasons() {
        // given
        List<Commit> commits = List.of(
                conventional("01", "docs", "", "explain the flow"),
                merge("02", 7, "acme/topic"),
                conventional("03", "wip", "", "half done"),
                nonConventional("04", "Fixed stuff"),
                conventional("05", "feat", "", "add it"));

        // when
        ReleaseNotes notes = notes(ChangelogConfig.defaults(), commits);

        // then
        assertThat(notes.excluded()).extracting(x -> x.commit().shortId(), ExcludedCommit::reason).containsExactly(
                tuple("0101010", Exclusion.HIDDEN_TYPE),
                tuple("0202020", Exclusion.MERGE),
                tuple("0303030", Exclusion.UNKNOWN_TYPE),
                tuple("0404040", Exclusion.NON_CONVENTIONAL));
        assertThat(notes.entries()).extracting(Entry::description).containsExactly("add it");
    }

    @Test
    @DisplayName("R-C1 a breaking commit of a hidden or unknown type still appears, with its breaking note")
    void breaking_commits_of_hidden_types_appear() {
        // given
        List<Commit> commits = List.of(
                breaking("01", "chore", "deps", "require Java 17", ""),
                breaking("02", "wip", "", "drop the old API", "The old API is gone."));

        // when
        ReleaseNotes notes = notes(ChangelogConfig.defaults(), commits);

        // then
        assertThat(notes.sections()).extracting(Section::title).containsExactly("Miscellaneous Chores", "wip");
        assertThat(notes.breakingChanges()).extracting(BreakingChange::scope, BreakingChange::note)
                .containsExactly(tuple("deps", "require Java 17"), tuple("", "The old API is gone."));
        assertThat(notes.excluded()).isEmpty();
    }

    @Test
    void shown_types_and_custom_sections_follow_the_configuration() {
        // given
        ChangelogConfig config = ChangelogConfig.builder().show("docs").section("deps", "Dependencies").hide("perf")
                .build();
        List<Commit> commits = List.of(
                conventional("01", "deps", "", "bump jgit"),
                conventional("02", "docs", "", "explain the flow"),
                conventional("03", "perf", "", "faster"));

        // when
        ReleaseNotes notes = notes(config, commits);

        // then
        assertThat(notes.sections()).extracting(Section::title).containsExactly("Documentation", "Dependencies");
        assertThat(notes.excluded()).extracting(ExcludedCommit::reason).containsExactly(Exclusion.HIDDEN_TYPE);
    }

    @Test
    void entries_are_ordered_unscoped_first_then_by_scope() {
        // given
        List<Commit> commits = List.of(
                conventional("01", "fix", "zeta", "z"),
                conventional("02", "fix", "", "plain"),
                conventional("03", "fix", "Alpha", "a"));

        // when
        ReleaseNotes notes = notes(ChangelogConfig.defaults(), commits);

        // then
        assertThat(notes.entries()).extracting(Entry::scope).containsExactly("", "Alpha", "zeta");
    }

    @Test
    void links_come_from_the_templates_with_the_tags_given() {
        // given
        ChangelogConfig config = ChangelogConfig.builder()
                .commitUrl("https://git.example.com/acme/app/commit/{hash}")
                .compareUrl("https://git.example.com/acme/app/compare/{previous_tag}...{tag}")
                .build();

        // when
        ReleaseNotes notes = ChangelogGenerator.of(config).notes().version(Version.parse("2.2.0"))
                .previousVersion(Version.parse("2.1.1")).date(DATE).tag("api@v2.2.0").previousTag("api@v2.1.1")
                .commits(List.of(conventional("ab", "feat", "", "x"))).build();

        // then
        assertThat(notes.compareLink()).hasValue("https://git.example.com/acme/app/compare/api@v2.1.1...api@v2.2.0");
        assertThat(notes.entries().get(0).commits().get(0).link())
                .isEqualTo("https://git.example.com/acme/app/commit/" + id("ab"));
        assertThat(notes.previousVersion()).hasValue(Version.parse("2.1.1"));
    }

    @Test
    void refuses_a_commit_given_twice() {
        // given
        Commit commit = conventional("01", "feat", "", "x");

        // when / then
        assertThatThrownBy(() -> notes(ChangelogConfig.defaults(), List.of(commit, commit)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid commit id \"" + id("01") + "\": expected each commit of the range once");
    }

    @Test
    void a_builder_builds_again_and_needs_a_version() {
        // given
        ReleaseNotesBuilder builder = ChangelogGenerator.withDefaults().notes().version(Version.parse("1.0.0"))
                .date(DATE);

        // when / then: a pure computation, so building twice gives equal notes
        assertThat(builder.build()).isEqualTo(builder.build());
        assertThatThrownBy(() -> ChangelogGenerator.withDefaults().notes().date(DATE).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("set with version(...)");
    }

    @Test
    void refuses_templates_that_would_break_a_link() {
        assertThatThrownBy(() -> ChangelogConfig.builder().commitUrl("https://x.example/commit/{id}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Invalid commit URL template \"https://x.example/commit/{id}\" at position 25")
                .hasMessageContaining("{hash} or {short_hash}");
        assertThatThrownBy(() -> ChangelogConfig.builder().compareUrl("https://x.example/compare/{tag}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("{previous_tag} and {tag}");
        assertThatThrownBy(() -> ChangelogConfig.builder().commitUrl("https://x.example/(c)/{hash}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at position 18");
    }

    @Test
    @DisplayName("R-C1 with multi-header bodies, a conventional header inside a body is an entry of its own, same commit")
    void multi_header_bodies() {
        Commit commit = Commit.of("a".repeat(40), "feat(api): add search\n\nfix(deps): bump jackson to 2.23.0\n"
                + "  fix: indented prose is not a header\nand some text", "dev", java.time.Instant.EPOCH);
        ReleaseNotes plain = ChangelogGenerator.of(ChangelogConfig.defaults()).notes().version(Version.parse("1.1.0"))
                .date(DATE).commits(List.of(commit)).build();
        ReleaseNotes multi = ChangelogGenerator.of(ChangelogConfig.builder().multiHeaderBodies(true).build()).notes()
                .version(Version.parse("1.1.0")).date(DATE).commits(List.of(commit)).build();

        assertThat(plain.sections()).extracting(Section::type).containsExactly("feat");
        assertThat(multi.sections()).extracting(Section::type).containsExactly("feat", "fix");
        assertThat(multi.sections().get(1).entries()).singleElement()
                .satisfies(e -> assertThat(e.description()).isEqualTo("bump jackson to 2.23.0"));
        assertThat(ChangelogConfig.builder().multiHeaderBodies(true).build().toBuilder().build().multiHeaderBodies())
                .isTrue();
    }
}
