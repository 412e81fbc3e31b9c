package dev.releaserules.core.changelog;

import static dev.releaserules.core.changelog.TestCommits.breaking;
import static dev.releaserules.core.changelog.TestCommits.conventional;
import static dev.releaserules.core.changelog.TestCommits.id;
import static dev.releaserules.core.changelog.TestCommits.merge;
import static dev.releaserules.core.changelog.TestCommits.nonConventional;
import static dev.releaserules.core.changelog.TestCommits.revert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.version.Version;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChangelogRendererTest {
    private static final String COMMIT = "https://git.example.com/acme/app/commit/";
    private static final String COMPARE = "https://git.example.com/acme/app/compare/v2.1.1...v2.2.0";

    /** A realistic range from v2.1.1 to v2.2.0, newest first. */
    private static final List<Commit> RANGE = List.of(
            breaking("a1", "feat", "api", "remove the v1 endpoints", "The /v1 endpoints are gone; use /v2."),
            merge("b2", 42, "acme/dark-mode"),
            conventional("c3", "feat", "ui", "add dark mode (#42)"),
            conventional("c4", "feat", "ui", "add dark mode"),
            conventional("d5", "fix", "cli", "exit with 2 on a bad flag"),
            conventional("e6", "perf", "core", "cache parsed tags"),
            conventional("f7", "docs", "", "update the README"),
            breaking("a8", "chore", "deps", "require Java 17", ""),
            revert("b9", "feat(ui): add sounds", id("77")),
            nonConventional("c0", "WIP"),
            conventional("d1", "fix", "", "typo in the help text"));

    private static ReleaseNotes notes(ChangelogConfig config) {
        return ChangelogGenerator.of(config).notes()
                .version(Version.parse("2.2.0")).previousVersion(Version.parse("2.1.1"))
                .date(LocalDate.of(2026, 1, 18)).tag("v2.2.0").previousTag("v2.1.1")
                .commits(RANGE).build();
    }

    private static ChangelogConfig.Builder linked() {
        return ChangelogConfig.builder()
                .commitUrl("https://git.example.com/acme/app/commit/{hash}")
                .compareUrl("https://git.example.com/acme/app/compare/{previous_tag}...{tag}");
    }

    private static String link(String pair) {
        return "[" + id(pair).substring(0, 7) + "](" + COMMIT + id(pair) + ")";
    }

    @Test
    @DisplayName("R-C1 conventional-changelog layout: breaking changes first, scopes in bold, links, hidden types left out")
    void renders_the_conventional_changelog_layout() {
        // given
        ReleaseNotes notes = notes(linked().build());

        // when
        String markdown = ChangelogRenderer.of(linked().build()).render(notes);

        // then
        assertThat(markdown).isEqualTo("## [2.2.0](" + COMPARE + ") (2026-01-18)\n"
                + "\n"
                + "### ⚠ BREAKING CHANGES\n"
                + "\n"
                + "* **api:** The /v1 endpoints are gone; use /v2.\n"
                + "* **deps:** require Java 17\n"
                + "\n"
                + "### Features\n"
                + "\n"
                + "* **api:** remove the v1 endpoints (" + link("a1") + ")\n"
                + "* **ui:** add dark mode (#42) (" + link("c3") + ", " + link("c4") + ")\n"
                + "\n"
                + "### Bug Fixes\n"
                + "\n"
                + "* typo in the help text (" + link("d1") + ")\n"
                + "* **cli:** exit with 2 on a bad flag (" + link("d5") + ")\n"
                + "\n"
                + "### Performance Improvements\n"
                + "\n"
                + "* **core:** cache parsed tags (" + link("e6") + ")\n"
                + "\n"
                + "### Reverts\n"
                + "\n"
                + "* feat(ui): add sounds (" + link("b9") + ")\n"
                + "\n"
                + "### Miscellaneous Chores\n"
                + "\n"
                + "* **deps:** require Java 17 (" + link("a8") + ")\n");
        assertThat(notes.excluded()).extracting(x -> x.commit().shortId(), ExcludedCommit::reason).containsExactly(
                tuple("b2b2b2b", Exclusion.MERGE),
                tuple("f7f7f7f", Exclusion.HIDDEN_TYPE),
                tuple("c0c0c0c", Exclusion.NON_CONVENTIONAL));
    }

    @Test
    @DisplayName("R-C1 Keep a Changelog layout: Added, Changed (breaking first), Removed, Fixed, compare link as reference")
    void renders_the_keep_a_changelog_layout() {
        // given
        ChangelogConfig config = linked().layout(ChangelogLayout.KEEP_A_CHANGELOG).build();
        ReleaseNotes notes = notes(config);

        // when
        String markdown = ChangelogRenderer.of(config).render(notes);

        // then
        assertThat(markdown).isEqualTo("## [2.2.0] - 2026-01-18\n"
                + "\n"
                + "### Added\n"
                + "\n"
                + "- **api:** remove the v1 endpoints (" + link("a1") + ")\n"
                + "- **ui:** add dark mode (#42) (" + link("c3") + ", " + link("c4") + ")\n"
                + "\n"
                + "### Changed\n"
                + "\n"
                + "- **BREAKING (api):** The /v1 endpoints are gone; use /v2.\n"
                + "- **BREAKING (deps):** require Java 17\n"
                + "- **core:** cache parsed tags (" + link("e6") + ")\n"
                + "- **deps:** require Java 17 (" + link("a8") + ")\n"
                + "\n"
                + "### Removed\n"
                + "\n"
                + "- feat(ui): add sounds (" + link("b9") + ")\n"
                + "\n"
                + "### Fixed\n"
                + "\n"
                + "- typo in the help text (" + link("d1") + ")\n"
                + "- **cli:** exit with 2 on a bad flag (" + link("d5") + ")\n"
                + "\n"
                + "[2.2.0]: " + COMPARE + "\n");
    }

    @Test
    void without_links_the_heading_and_ids_are_plain() {
        // given
        ReleaseNotes notes = ChangelogGenerator.withDefaults().notes().version(Version.parse("1.0.0"))
                .date(LocalDate.of(2026, 1, 2))
                .commits(List.of(conventional("ab", "feat", "", "first"), conventional("cd", "feat", "", "first")))
                .build();

        // when
        String markdown = ChangelogRenderer.of(ChangelogLayout.CONVENTIONAL_CHANGELOG).render(notes);

        // then
        assertThat(markdown).isEqualTo("## 1.0.0 (2026-01-02)\n\n### Features\n\n* first (abababa, cdcdcdc)\n");
    }

    @Test
    @DisplayName("R-C1 user text cannot break the layout: line breaks, raw HTML, headings and bold scopes are escaped")
    void escapes_only_what_breaks_the_layout() {
        // given
        ReleaseNotes notes = ReleaseNotes.builder().version(Version.parse("3.0.0")).date(LocalDate.of(2026, 2, 1))
                .sections(List.of(new Section("feat", "Features", List.of(new Entry("feat", "a*b_[c]",
                        "support `List<String>` and <!-- comments\n## 9.9.9", List.of(new CommitRef(id("ab"), "")),
                        List.of("first line\n# not a heading\n\n<b>bold</b>"))))))
                .build();

        // when
        String markdown = ChangelogRenderer.of(ChangelogLayout.CONVENTIONAL_CHANGELOG).render(notes);

        // then
        assertThat(markdown).isEqualTo("## 3.0.0 (2026-02-01)\n"
                + "\n"
                + "### ⚠ BREAKING CHANGES\n"
                + "\n"
                + "* **a\\*b\\_\\[c\\]:** first line\n"
                + "  \\# not a heading\n"
                + "\n"
                + "  &lt;b>bold&lt;/b>\n"
                + "\n"
                + "### Features\n"
                + "\n"
                + "* **a\\*b\\_\\[c\\]:** support `List<String>` and &lt;!-- comments ## 9.9.9 (abababa)\n");
    }
}
