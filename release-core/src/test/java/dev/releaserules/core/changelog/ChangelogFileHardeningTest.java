package dev.releaserules.core.changelog;

import static dev.releaserules.core.changelog.TestCommits.conventional;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.version.Version;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R-C1 with changelogs that are hostile in shape: pipes, devices, links, hidden headings, CR line breaks. */
class ChangelogFileHardeningTest {
    private static final ChangelogFile CHANGELOG = ChangelogFile.builder().build();
    private static final String NEW = "## 2.3.0 (2026-01-18)\n\n### Features\n\n* dark mode (abababa)\n";

    @TempDir
    Path dir;

    private static ReleaseNotes release() {
        return ChangelogGenerator.withDefaults().notes().version(Version.parse("2.3.0"))
                .date(LocalDate.of(2026, 1, 18)).commits(List.of(conventional("ab", "feat", "", "dark mode"))).build();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DisplayName("R-C1 a named pipe as CHANGELOG.md is refused at once, not waited on")
    void refuses_a_named_pipe() throws Exception {
        // given
        Path pipe = dir.resolve("CHANGELOG.md");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertThat(mkfifo.waitFor(5, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();

        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> CHANGELOG.update(pipe, release()));

        // then
        assertThat(e.getMessage()).contains(pipe.toString(), "a regular file");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DisplayName("R-C1 a symbolic link from CHANGELOG.md to /dev/zero is refused without reading it")
    void refuses_a_link_to_an_endless_device() throws Exception {
        // given
        Path link = Files.createSymbolicLink(dir.resolve("CHANGELOG.md"), Path.of("/dev/zero"));

        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> CHANGELOG.update(link, release()));

        // then
        assertThat(e.getMessage()).contains("a regular file");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    @DisplayName("R-C1 a Latin-1 CHANGELOG.md is refused naming the file and the byte offset, and left as it was")
    void refuses_latin_1_naming_the_offset() throws Exception {
        // given: "Caf\u00e9" in Latin-1, the \u00e9 is byte 12
        Path file = dir.resolve("CHANGELOG.md");
        byte[] latin1 = "# Changelog\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, latin1);

        // when
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> CHANGELOG.update(file, release()));

        // then
        assertThat(e.getMessage()).contains(file.toString(), "the byte at offset 15 is not UTF-8");
        assertThat(Files.readAllBytes(file)).isEqualTo(latin1);
    }

    @Test
    @DisplayName("R-C1 an empty CHANGELOG.md is read as empty (strict UTF-8 decoding of no bytes)")
    void an_empty_file_gets_the_title_and_the_release() throws Exception {
        Path file = Files.write(dir.resolve("CHANGELOG.md"), new byte[0]);

        CHANGELOG.update(file, release());

        assertThat(Files.readString(file)).isEqualTo("# Changelog\n\n" + NEW);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @DisplayName("R-C1 a symbolic-link CHANGELOG.md stays a link; the file it points to gets the release")
    void a_linked_changelog_stays_a_link() throws Exception {
        // given
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Path real = Files.writeString(docs.resolve("CHANGELOG.md"), "# Changelog\n");
        Path link = Files.createSymbolicLink(dir.resolve("CHANGELOG.md"), Path.of("docs/CHANGELOG.md"));

        // when
        CHANGELOG.update(link, release());

        // then
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("# Changelog\n\n" + NEW);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "```\n## 2.3.0\n```\n",
        "~~~~\n## 2.3.0 (2026-01-01)\n~~~~\n",
        "<!--\n## 2.3.0\n-->\n",
        "> ## 2.3.0\n",
        "    ## 2.3.0\n",
    })
    @DisplayName("R-C1 a release heading inside code, an HTML comment or a quote neither blocks nor places the release")
    void hidden_headings_do_not_count(String hidden) {
        // given
        String existing = "# Changelog\n\n" + hidden + "\n## 2.2.0 (2026-01-01)\n\n* old\n";

        // when
        String updated = CHANGELOG.update(existing, release());

        // then
        assertThat(updated).isEqualTo("# Changelog\n\n" + hidden + "\n" + NEW + "\n## 2.2.0 (2026-01-01)\n\n* old\n");
        assertThat(ChangelogFile.versions(existing)).containsExactly("2.2.0");
    }

    @Test
    @DisplayName("R-C1 with CR-only line breaks the new release goes on top, written with CR")
    void cr_only_line_breaks_prepend_on_top() {
        // given
        String existing = "# Changelog\r\r## 2.2.0 (2026-01-01)\r\r* old\r";

        // when
        String updated = CHANGELOG.update(existing, release());

        // then
        assertThat(updated).isEqualTo("# Changelog\r\r" + NEW.replace("\n", "\r") + "\r## 2.2.0 (2026-01-01)\r\r* old\r");
        assertThat(ChangelogFile.versions(existing)).containsExactly("2.2.0");
    }
}
