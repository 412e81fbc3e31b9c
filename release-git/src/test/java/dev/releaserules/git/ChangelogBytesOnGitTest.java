package dev.releaserules.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.flow.ReleaseFlow;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.testkit.git.TempGitRepository;
import dev.releaserules.testkit.git.TestIdentities;
import dev.releaserules.testkit.hosting.InMemoryHosting;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R-C1 prepare never changes the bytes of a CHANGELOG.md it cannot read exactly, nor replaces a linked one. */
class ChangelogBytesOnGitTest {

    private static void commitBytes(TempGitRepository repo, String path, byte[] bytes) throws Exception {
        Files.write(repo.workTree().resolve(path), bytes);
        Git.wrap(repo.repository()).add().addFilepattern(path).call();
        repo.commit("docs: " + path);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ISO-8859-1", "UTF-16"})
    @DisplayName("R-C1 prepare refuses a CHANGELOG.md that is not UTF-8, naming the file and the byte offset, and changes nothing")
    void prepare_refuses_a_changelog_that_is_not_utf8(String charset) throws Exception {
        try (TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build();
             SourceRepository source = GitRepositories.open(repo.workTree())) {
            // given
            repo.commit("chore: start", Map.of("version.txt", "2.2.0\n")).tag("v2.2.0")
                    .branch("develop").checkout("develop");
            commitBytes(repo, "CHANGELOG.md", "# Changelog\n\n## 2.2.0\n\n* Caf\u00e9\n".getBytes(java.nio.charset.Charset.forName(charset)));
            repo.commit("feat(api): feature X", Map.of("api.txt", "x\n"))
                    .push("refs/heads/main", "refs/heads/develop", "refs/tags/v2.2.0");
            Map<String, String> before = repo.originRefs();
            ReleaseFlow flow = ReleaseFlow.builder().repository(source).hosting(new InMemoryHosting()).clock(repo.clock())
                    .identity(TestIdentities.RELEASE_BOT).build();

            // when
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> flow.prepare().call());

            // then
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("CHANGELOG.md", "is not UTF-8", "the byte at offset ");
            assertThat(repo.originRefs()).isEqualTo(before);
            assertThat(repo.refs()).doesNotContainKeys("refs/heads/release/v2.3.0", "refs/tags/v2.3.0");
        }
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @DisplayName("R-C1 prepare refuses a CHANGELOG.md that is a symbolic link instead of replacing it with a file")
    void prepare_refuses_a_linked_changelog() throws Exception {
        try (TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build();
             SourceRepository source = GitRepositories.open(repo.workTree())) {
            // given
            repo.commit("chore: start", Map.of("version.txt", "2.2.0\n", "docs/CHANGES.md", "# Changelog\n"))
                    .tag("v2.2.0").branch("develop").checkout("develop");
            Files.createSymbolicLink(repo.workTree().resolve("CHANGELOG.md"), Path.of("docs/CHANGES.md"));
            Git.wrap(repo.repository()).add().addFilepattern("CHANGELOG.md").call();
            repo.commit("docs: link the changelog")
                    .commit("feat(api): feature X", Map.of("api.txt", "x\n"))
                    .push("refs/heads/main", "refs/heads/develop", "refs/tags/v2.2.0");
            Map<String, String> before = repo.originRefs();
            ReleaseFlow flow = ReleaseFlow.builder().repository(source).hosting(new InMemoryHosting()).clock(repo.clock())
                    .identity(TestIdentities.RELEASE_BOT).build();

            // when
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> flow.prepare().call());

            // then
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("CHANGELOG.md", "not a symbolic link");
            assertThat(repo.originRefs()).isEqualTo(before);
            assertThat(new String(Files.readAllBytes(repo.workTree().resolve("docs/CHANGES.md")), StandardCharsets.UTF_8))
                    .isEqualTo("# Changelog\n");
        }
    }
}
