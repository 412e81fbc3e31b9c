package dev.releaserules.core.changelog;

import static dev.releaserules.core.changelog.TestCommits.commit;
import static dev.releaserules.core.changelog.TestCommits.conventional;
import static dev.releaserules.core.changelog.TestCommits.id;
import static dev.releaserules.core.changelog.TestCommits.revert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.commit.CommitMessage;
import dev.releaserules.core.version.Version;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChangelogKnobsTest {
    private static final String URL = "https://github.com/acme/app";

    private static ReleaseNotes notes(ChangelogConfig config, List<Commit> commits) {
        return ChangelogGenerator.of(config).notes().version(Version.parse("1.1.0")).previousVersion(Version.parse("1.0.0"))
                .date(LocalDate.of(2026, 1, 18)).tag("v1.1.0").previousTag("v1.0.0").commits(commits).build();
    }

    private static String render(ChangelogConfig config, List<Commit> commits) {
        return ChangelogRenderer.of(config).render(notes(config, commits));
    }

    private static Commit parsed(String pair, String message) {
        return commit(pair, CommitMessage.parse(message));
    }

    @Test
    @DisplayName("R-C1 issue link template: (#N) and a bare #N in a description become links")
    void issue_links() {
        ChangelogConfig config = ChangelogConfig.builder().issueUrl(URL + "/issues/{number}").build();

        String markdown = render(config, List.of(conventional("a1", "fix", "", "keep #99 working (#2862)")));

        assertThat(markdown).contains("* keep [#99](" + URL + "/issues/99) working ([#2862](" + URL
                + "/issues/2862)) (a1a1a1a)");
    }

    @Test
    @DisplayName("R-C1 footer references: Fixes #12 and Closes: #13 follow the entry, a number already linked is not repeated")
    void footer_references() {
        ChangelogConfig config = ChangelogConfig.builder().issueUrl(URL + "/issues/{number}").footerReferences(true)
                .build();

        String markdown = render(config, List.of(parsed("b2", "fix: cart total (#7)\n\nFixes #12\nCloses: #13\nRefs: #7"
                + "\nReviewed-by: Ada")));

        assertThat(markdown).contains("* cart total ([#7](" + URL + "/issues/7)) (b2b2b2b), closes [#12](" + URL
                + "/issues/12) [#13](" + URL + "/issues/13)\n");
        assertThat(render(ChangelogConfig.builder().footerReferences(true).build(),
                List.of(parsed("b2", "fix: cart\n\nFixes #12")))).contains("* cart (b2b2b2b), closes #12\n");
        assertThat(render(ChangelogConfig.defaults(), List.of(parsed("b2", "fix: cart\n\nFixes #12"))))
                .contains("* cart (b2b2b2b)\n");
    }

    @Test
    @DisplayName("R-C1 spacing, section order and entry order are data")
    void spacing_and_orders() {
        List<Commit> commits = List.of(conventional("c1", "fix", "", "zeta"), conventional("c2", "feat", "", "beta"),
                conventional("c3", "fix", "", "alpha"));
        ChangelogConfig config = ChangelogConfig.builder().spacing(new ChangelogSpacing(2, 1))
                .sectionOrder(List.of("fix")).entryOrder(EntryOrder.COMMIT_ORDER).build();

        assertThat(render(config, commits)).isEqualTo("""
                ## 1.1.0 (2026-01-18)


                ### Bug Fixes

                * zeta (c1c1c1c)
                * alpha (c3c3c3c)


                ### Features

                * beta (c2c2c2c)
                """);
        assertThat(config.types().subList(0, 2)).containsExactly("fix", "feat");
        assertThatThrownBy(() -> ChangelogConfig.builder().sectionOrder(List.of("wip")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("wip").hasMessageContaining("feat");
        assertThatThrownBy(() -> new ChangelogSpacing(0, 1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1 to 3");
    }

    @Test
    @DisplayName("R-C1 release-please: one entry per header, headers in footers too, git reverts and hidden types left out")
    void release_please_reading() {
        ChangelogConfig config = ChangelogPreset.RELEASE_PLEASE.config(URL);
        List<Commit> commits = List.of(
                parsed("d1", "feat: add search (#5)\n\nchore: tidy\nfix(deps): bump x to v2"),
                conventional("d2", "fix", "", "add search (#5)"),
                revert("d3", "feat: old", id("e1")),
                parsed("d4", "chore: release 2.0.0 (#9)\n\nRelease-As: 2.0.0"));

        ReleaseNotes notes = notes(config, commits);

        assertThat(notes.entries()).extracting(Entry::description)
                .containsExactly("add search (#5)", "bump x to v2", "add search (#5)", "release 2.0.0 (#9)");
        assertThat(notes.findSection("fix").orElseThrow().entries()).hasSize(2);
        assertThat(notes.excluded()).extracting(e -> e.commit().id()).containsExactly(id("d3"));
    }

    @Test
    @DisplayName("R-C1 release-please text: capitalised, < escaped outside code spans only, @user linked, notes folded and linked")
    void release_please_text() {
        ChangelogConfig config = ChangelogPreset.RELEASE_PLEASE.config(URL + ".git");
        List<Commit> commits = List.of(
                parsed("f1", "fix(api)!: drop <v1> for @octocat and @types/node (#40)\n\nBREAKING CHANGE: the v1\n"
                        + "endpoints are gone (#41)\n\nmore text"));

        String markdown = render(config, commits);

        assertThat(markdown).contains("### \u26a0 BREAKING CHANGES\n\n* **api:** the v1 endpoints are gone ([#41]("
                + URL + "/issues/41))\n\n### Bug Fixes\n\n");
        assertThat(markdown).contains("* **api:** Drop &lt;v1> for [@octocat](https://github.com/octocat) and "
                + "@types/node ([#40](" + URL + "/issues/40)) ([f1f1f1f](" + URL + "/commit/" + id("f1") + "))\n");
        assertThat(render(config, List.of(parsed("f2", "fix: normalize `GoogleAuth<T>` for >=8.10.0 (#1940)"))))
                .contains("* Normalize `GoogleAuth<T>` for >=8.10.0 ([#1940](" + URL + "/issues/1940)) ([f2f2f2f](");
    }

    @Test
    @DisplayName("R-C1 release-please order: by scope, then by the rendered text as a locale compares it")
    void release_please_order() {
        ChangelogConfig config = ChangelogPreset.RELEASE_PLEASE.config();
        List<Commit> commits = List.of(conventional("a1", "feat", "", "Support `timeout`"),
                conventional("a2", "feat", "", "support AIP"), conventional("a3", "feat", "", "`fetch` API"),
                conventional("a4", "feat", "", "Do not treat"), conventional("a5", "feat", "", "Dual-Support"));

        assertThat(notes(config, commits).entries()).extracting(Entry::description)
                .containsExactly("`fetch` API", "Do not treat", "Dual-Support", "Support `timeout`", "support AIP");
        assertThat(ReleasePleaseText.localeCompare("a", "B")).isNegative();
        assertThat(ReleasePleaseText.localeCompare("a", "A")).isNegative();
        assertThat(ReleasePleaseText.localeCompare("v27", "v28")).isNegative();
        assertThat(ReleasePleaseText.localeCompare("@google-cloud", "@googleapis")).isNegative();
    }

    @Test
    @DisplayName("R-C1 presets by name; a bad name, repository URL or template is refused naming it")
    void presets_and_refusals() {
        assertThat(ChangelogPreset.parse("release-please")).isEqualTo(ChangelogPreset.RELEASE_PLEASE);
        assertThat(ChangelogPreset.parse("Keep_A_Changelog").config().layout()).isEqualTo(ChangelogLayout.KEEP_A_CHANGELOG);
        assertThat(ChangelogPreset.CONVENTIONAL.displayName()).isEqualTo("conventional");
        assertThatThrownBy(() -> ChangelogPreset.parse("cliff")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cliff").hasMessageContaining("release-please, conventional, keep-a-changelog");
        assertThatThrownBy(() -> ChangelogPreset.RELEASE_PLEASE.config("ftp://x y"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("repository URL");
        assertThatThrownBy(() -> ChangelogConfig.builder().issueUrl(URL + "/issues/{id}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("{id}").hasMessageContaining("{number}");
        assertThatThrownBy(() -> ChangelogConfig.builder().userUrl("https://x/{User}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("{user}");
        ChangelogConfig keep = ChangelogPreset.KEEP_A_CHANGELOG.builder(URL).issueUrl(URL + "/pull/{number}").build();
        assertThat(render(keep, List.of(conventional("a1", "feat", "", "x (#3)"))))
                .contains("- x ([#3](" + URL + "/pull/3)) ([a1a1a1a](" + URL + "/commit/" + id("a1") + "))");
    }
}
