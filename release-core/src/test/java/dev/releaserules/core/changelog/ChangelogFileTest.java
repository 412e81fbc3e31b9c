package dev.releaserules.core.changelog;

import static dev.releaserules.core.changelog.TestCommits.conventional;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.changelog.ChangelogFile.IfPresent;
import dev.releaserules.core.version.Version;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangelogFileTest {
    private static final ChangelogFile CHANGELOG = ChangelogFile.builder().build();
    private static final String OLD = "## 2.1.1 (2026-01-02)\n\n### Bug Fixes\n\n* old fix (1111111)\n";

    private static ReleaseNotes release(String version, String description) {
        return ChangelogGenerator.withDefaults().notes().version(Version.parse(version))
                .date(LocalDate.of(2026, 1, 18)).commits(List.of(conventional("ab", "feat", "", description))).build();
    }

    private static final String NEW = "## 2.2.0 (2026-01-18)\n\n### Features\n\n* dark mode (abababa)\n";

    @Test
    @DisplayName("R-C1 a new changelog starts with the title, then the release")
    void creates_with_the_title() {
        assertThat(CHANGELOG.update("", release("2.2.0", "dark mode"))).isEqualTo("# Changelog\n\n" + NEW);
    }

    @Test
    @DisplayName("R-C1 a changelog that ends inside an unterminated HTML block is refused: the new heading would be swallowed")
    void refuses_content_that_would_swallow_the_heading() {
        assertThatThrownBy(() -> CHANGELOG.update("# Changelog\n\n<? draft notes", release("2.2.0", "dark mode")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("<? draft notes")
                .hasMessageContaining("unterminated HTML block");
        assertThat(CHANGELOG.update("# Changelog\n\n<!-- notes -->\n", release("2.2.0", "dark mode")))
                .endsWith(NEW);
    }

    @Test
    @DisplayName("R-C1 without a title a new changelog is the release alone")
    void creates_without_a_title() {
        ChangelogFile untitled = ChangelogFile.builder().title("").build();

        assertThat(untitled.update("", release("2.2.0", "dark mode"))).isEqualTo(NEW);
    }

    @Test
    @DisplayName("R-C1 the release goes under the existing title and above the older releases")
    void prepends_under_the_title() {
        // given
        String existing = "# Changelog\n\n" + OLD;

        // when
        String updated = CHANGELOG.update(existing, release("2.2.0", "dark mode"));

        // then
        assertThat(updated).isEqualTo("# Changelog\n\n" + NEW + "\n" + OLD);
    }

    @Test
    @DisplayName("R-C1 existing content without a title gets none; it is kept byte for byte")
    void never_adds_a_title_to_existing_content() {
        assertThat(CHANGELOG.update(OLD, release("2.2.0", "dark mode"))).isEqualTo(NEW + "\n" + OLD);
    }

    @Test
    @DisplayName("R-C1 Keep a Changelog preamble and [Unreleased] stay on top")
    void keeps_the_preamble_on_top() {
        // given
        String existing = "# Changelog\nAll notable changes.\n\n## [Unreleased]\n## [2.1.1] - 2026-01-02\n- x";

        // when
        String updated = CHANGELOG.update(existing, release("2.2.0", "dark mode"));

        // then
        assertThat(updated).isEqualTo("# Changelog\nAll notable changes.\n\n## [Unreleased]\n\n" + NEW
                + "\n## [2.1.1] - 2026-01-02\n- x");
    }

    @Test
    @DisplayName("R-C1 CRLF line breaks and a missing final line break are kept; the release uses CRLF too")
    void keeps_crlf_and_a_missing_final_newline() {
        // given
        String existing = "# Changelog\r\n\r\n## 2.1.1 (2026-01-02)\r\n\r\n* old";

        // when
        String updated = CHANGELOG.update(existing, release("2.2.0", "dark mode"));

        // then
        assertThat(updated).isEqualTo("# Changelog\r\n\r\n" + NEW.replace("\n", "\r\n")
                + "\r\n## 2.1.1 (2026-01-02)\r\n\r\n* old");
    }

    @Test
    @DisplayName("R-C1 content without release headings is preamble: the release follows it")
    void appends_after_a_preamble_without_releases() {
        assertThat(CHANGELOG.update("# Changelog", release("2.2.0", "dark mode")))
                .isEqualTo("# Changelog\n\n" + NEW);
    }

    @Test
    @DisplayName("R-C1 a version already in the changelog is refused, naming the version")
    void refuses_a_version_already_present() {
        // given
        String existing = "# Changelog\n\n" + NEW + "\n" + OLD;

        // when / then
        assertThatThrownBy(() -> CHANGELOG.update(existing, release("2.2.0", "dark mode")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("R-C1: the changelog already has a section for version 2.2.0 (line 3); a version is "
                        + "added once: ask for replacement (IfPresent.REPLACE) to rewrite that section")
                .extracting(e -> ((RuleViolationException) e).rule().id()).isEqualTo("R-C1");
    }

    @Test
    @DisplayName("R-C1 headings of other forms count: [v2.1.1], # [2.1.1](link), ## 2.1.1 with no date")
    void recognises_release_headings_in_the_wild() {
        assertThat(ChangelogFile.versions("# [2.0.0](x) (d)\n## [v2.1.1] - d\n## 2.1.2\n### Features\n## 2.1.3-rc.1 x\n"))
                .containsExactly("2.0.0", "2.1.1", "2.1.2", "2.1.3-rc.1");
        assertThat(ChangelogFile.hasVersion("## 2.1.3-rc.1\n", Version.parse("2.1.3"))).isFalse();
    }

    @Test
    @DisplayName("R-C1 replacement, when asked for, rewrites only that version's section")
    void replaces_only_that_section() {
        // given
        String older = "## 2.0.0 (2026-01-01)\r\n\r\n* first\r\n";
        String existing = "# Changelog\n\n" + NEW + "\n" + OLD + older;

        // when
        String updated = CHANGELOG.update(existing, release("2.1.1", "rewritten"), IfPresent.REPLACE);

        // then
        assertThat(updated).isEqualTo("# Changelog\n\n" + NEW + "\n"
                + "## 2.1.1 (2026-01-18)\n\n### Features\n\n* rewritten (abababa)\n\n" + older);
    }

    @Test
    @DisplayName("R-C1 replacement of a version not yet present adds it like any release")
    void replacement_of_an_absent_version_prepends() {
        assertThat(CHANGELOG.update(OLD, release("2.2.0", "dark mode"), IfPresent.REPLACE))
                .isEqualTo(NEW + "\n" + OLD);
    }

    @Test
    @DisplayName("R-C1 a missing CHANGELOG.md is created with the title and the release")
    void creates_a_missing_file(@TempDir Path dir) throws IOException {
        // given
        Path file = dir.resolve("CHANGELOG.md");

        // when
        CHANGELOG.update(file, release("2.2.0", "dark mode"));

        // then
        assertThat(file).content(StandardCharsets.UTF_8).isEqualTo("# Changelog\n\n" + NEW);
    }

    @Test
    @DisplayName("R-C1 the file is written through a temp file and an atomic move: no temp file is left")
    void atomic_write_leaves_no_temp_files(@TempDir Path dir) throws IOException {
        // given
        Path file = dir.resolve("CHANGELOG.md");
        byte[] old = ("# Changelog\r\n\r\n" + OLD.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
        Files.write(file, old);

        // when
        CHANGELOG.update(file, release("2.2.0", "dark mode"));

        // then
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        String updated = Files.readString(file);
        assertThat(updated).startsWith("# Changelog\r\n\r\n## 2.2.0").endsWith(new String(old, StandardCharsets.UTF_8)
                .substring("# Changelog\r\n\r\n".length()));
    }

    @Test
    @DisplayName("R-C1 a refused update leaves the file untouched and no temp file behind")
    void refused_update_leaves_the_file_untouched(@TempDir Path dir) throws IOException {
        // given
        Path file = dir.resolve("CHANGELOG.md");
        Files.writeString(file, OLD);

        // when / then
        assertThatThrownBy(() -> CHANGELOG.update(file, release("2.1.1", "again")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("version 2.1.1 (line 1)");
        assertThat(file).hasContent(OLD);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void refuses_a_file_that_is_not_utf8(@TempDir Path dir) throws IOException {
        // given
        Path file = dir.resolve("CHANGELOG.md");
        Files.write(file, new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28, '\n'});

        // when / then
        assertThatThrownBy(() -> CHANGELOG.update(file, release("2.2.0", "x")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("expected a UTF-8 text file");
    }
}
