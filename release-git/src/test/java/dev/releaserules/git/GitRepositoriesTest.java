package dev.releaserules.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.spi.RepositoryException;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.testkit.git.TempGitRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRepositoriesTest {

    @Test
    void opens_a_work_tree_and_its_bare_origin() {
        // given
        try (TempGitRepository repo = TempGitRepository.create()) {
            repo.commit("feat: first", Map.of("a.txt", "a\n")).push("refs/heads/main");

            // when
            try (SourceRepository work = GitRepositories.open(repo.workTree());
                    SourceRepository bare = GitRepositories.open(repo.origin());
                    SourceRepository gitDir = GitRepositories.open(repo.gitDir())) {

                // then
                assertThat(work.requireCommit("main")).isEqualTo(repo.head());
                assertThat(bare.requireCommit("main")).isEqualTo(repo.head());
                assertThat(gitDir.currentBranch()).contains("main");
                assertThat(bare.currentBranch()).isEmpty();
                assertThat(bare.isClean()).isTrue();
            }
        }
    }

    @Test
    void refuses_a_directory_that_is_not_a_repository(@TempDir Path plain) {
        // when / then
        assertThatThrownBy(() -> GitRepositories.open(plain))
                .isInstanceOfSatisfying(RepositoryException.class,
                        e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.NOT_A_REPOSITORY))
                .hasMessage("Not a git repository: \"" + plain.toAbsolutePath() + "\""
                        + " (expected a work tree with .git inside or a git directory)");
    }

    @Test
    void refuses_a_path_that_does_not_exist(@TempDir Path parent) {
        // given
        Path missing = parent.resolve("missing");

        // when / then
        assertThatThrownBy(() -> GitRepositories.open(missing))
                .isInstanceOfSatisfying(RepositoryException.class,
                        e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.NOT_A_REPOSITORY))
                .hasMessageContaining(missing.toString());
    }

    @Test
    void does_not_search_parent_directories(@TempDir Path ignored) throws Exception {
        // given
        try (TempGitRepository repo = TempGitRepository.create()) {
            Path sub = Files.createDirectories(repo.workTree().resolve("sub"));

            // when / then
            assertThatThrownBy(() -> GitRepositories.open(sub))
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.NOT_A_REPOSITORY));
        }
    }

    @Test
    void refuses_a_shallow_clone_unless_allowed() {
        // given
        try (TempGitRepository repo = TempGitRepository.create()) {
            repo.commit("feat: one", Map.of("a.txt", "1\n")).commit("feat: two", Map.of("a.txt", "2\n"))
                    .push("refs/heads/main");
            try (TempGitRepository shallow = repo.shallowClone(1)) {

                // when / then
                assertThatThrownBy(() -> GitRepositories.open(shallow.workTree()))
                        .isInstanceOfSatisfying(RepositoryException.class,
                                e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.SHALLOW_CLONE))
                        .hasMessageStartingWith("Repository \"" + shallow.gitDir())
                        .hasMessageEndingWith("is a shallow clone: its history and tags are incomplete,"
                                + " so versions would be wrong; fetch the full history (git fetch --unshallow)");
                assertThatThrownBy(() -> GitRepositories.wrap(shallow.repository()))
                        .isInstanceOfSatisfying(RepositoryException.class,
                                e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.SHALLOW_CLONE));
                try (SourceRepository allowed = GitRepositories.open(shallow.workTree(),
                        GitRepositories.Options.builder().allowShallow(true).build())) {
                    assertThat(allowed.isShallow()).isTrue();
                    assertThat(allowed.readFile("main", "a.txt")).contains("2\n");
                }
            }
        }
    }

    @Test
    void wrap_leaves_the_callers_repository_open() {
        // given
        try (TempGitRepository repo = TempGitRepository.create()) {
            repo.commit("feat: first", Map.of("a.txt", "a\n"));

            // when
            try (SourceRepository wrapped = GitRepositories.wrap(repo.repository())) {
                assertThat(wrapped.isShallow()).isFalse();
            }

            // then
            try (SourceRepository again = GitRepositories.wrap(repo.repository())) {
                assertThat(again.readFile("main", "a.txt")).contains("a\n");
            }
        }
    }

    @Test
    void options_default_to_refusing_shallow_clones() {
        assertThat(GitRepositories.Options.defaults().allowShallow()).isFalse();
        assertThat(GitRepositories.Options.builder().build()).isEqualTo(GitRepositories.Options.defaults());
        assertThat(GitRepositories.Options.defaults().tuneJvmWide()).as("a library changes nothing JVM-wide unless asked")
                .isFalse();
        assertThat(GitRepositories.Options.forCommandLine()).isEqualTo(
                GitRepositories.Options.builder().tuneJvmWide(true).build());
    }
}
