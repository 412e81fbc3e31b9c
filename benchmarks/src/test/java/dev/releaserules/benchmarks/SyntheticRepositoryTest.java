package dev.releaserules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticRepositoryTest {

    @TempDir
    Path temp;

    @Test
    void same_options_give_the_same_commit_and_tag_ids() {
        // given
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");

        // when
        new SyntheticRepository(600, 40, 7, first).generate();
        new SyntheticRepository(600, 40, 7, second).generate();

        // then
        assertThat(refs(first)).isEqualTo(refs(second)).hasSizeGreaterThan(40);
    }

    @Test
    void another_seed_gives_another_history() {
        // given
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");

        // when
        new SyntheticRepository(300, 20, 1, first).generate();
        new SyntheticRepository(300, 20, 2, second).generate();

        // then
        assertThat(Git.lines(first, "rev-parse", "main"))
            .isNotEqualTo(Git.lines(second, "rev-parse", "main"));
    }

    @Test
    void holds_every_kind_of_tag_the_benchmarks_need() {
        // given
        Path repository = temp.resolve("repo");

        // when
        new SyntheticRepository(2_000, 100, 42, repository).generate();

        // then
        List<String> tags = Git.lines(repository, "tag");
        assertThat(tags)
            .contains("v.7.1.0", "temporary-tag", "latest")
            .anyMatch(tag -> tag.matches("v\\d+\\.\\d+\\.\\d+"))
            .anyMatch(tag -> tag.matches("\\d+\\.\\d+\\.\\d+"))
            .anyMatch(tag -> tag.matches("v?\\d+\\.\\d+\\.\\d+-rc\\.\\d+"))
            .anyMatch(tag -> tag.matches("[a-z]+@v\\d+\\.\\d+\\.\\d+"));
        assertThat(Git.lines(repository, "for-each-ref", "refs/tags", "--format=%(objecttype)"))
            .contains("tag", "commit");
    }

    @Test
    void release_branch_tags_are_not_reachable_from_main() {
        // given
        Path repository = temp.resolve("repo");

        // when
        new SyntheticRepository(2_000, 100, 42, repository).generate();

        // then
        List<String> unreachable = Git.lines(repository, "tag", "--no-merged", "main");
        assertThat(unreachable).isNotEmpty().allMatch(tag -> tag.matches("v?\\d+\\.\\d+\\.[1-9]\\d*"));
        assertThat(Git.lines(repository, "branch", "--list", "release/*")).isNotEmpty();
    }

    @Test
    void the_branches_shape_puts_most_release_tags_out_of_mains_reach() {
        // given
        Path repository = temp.resolve("repo");

        // when
        SyntheticRepository.fromArguments("--commits", "2000", "--tags", "100", "--shape", "branches",
            "--out", repository.toString()).generate();

        // then
        List<String> releases = Git.lines(repository, "tag", "--list", "v*").stream()
            .filter(tag -> tag.matches("v\\d+\\.\\d+\\.\\d+")).toList();
        List<String> onMain = Git.lines(repository, "tag", "--merged", "main", "--list", "v*").stream()
            .filter(releases::contains).toList();
        assertThat(onMain).isNotEmpty();
        assertThat(releases.size() - onMain.size()).isGreaterThan(2 * onMain.size());
    }

    @Test
    void main_has_merges_and_mostly_conventional_messages() {
        // given
        Path repository = temp.resolve("repo");

        // when
        new SyntheticRepository(2_000, 100, 42, repository).generate();

        // then
        assertThat(Git.lines(repository, "rev-list", "--merges", "main")).hasSizeGreaterThan(20);
        List<String> subjects = Git.lines(repository, "log", "--no-merges", "--format=%s", "main");
        long conventional = subjects.stream()
            .filter(subject -> subject.matches("[a-z]+(\\([a-z]+\\))?!?: .+"))
            .count();
        assertThat((double) conventional / subjects.size()).isBetween(0.95, 0.99);
    }

    @Test
    void reads_the_command_line_with_defaults() {
        // when
        SyntheticRepository repository = SyntheticRepository.fromArguments("--out", "x");

        // then
        assertThat(repository.commits()).isEqualTo(100_000);
        assertThat(repository.tags()).isEqualTo(2_000);
        assertThat(repository.seed()).isEqualTo(42L);
    }

    @Test
    void rejects_options_it_cannot_honour() {
        assertThatThrownBy(() -> SyntheticRepository.fromArguments("--commits", "10", "--out", "x"))
            .hasMessage("Invalid commits \"10\": expected at least 100");
        assertThatThrownBy(() -> SyntheticRepository.fromArguments("--commits", "1k", "--out", "x"))
            .hasMessage("Invalid --commits \"1k\": expected a whole number");
        assertThatThrownBy(() -> SyntheticRepository.fromArguments("--commits", "100"))
            .hasMessage("Invalid out \"\": expected --out DIR");
        assertThatThrownBy(() -> SyntheticRepository.fromArguments("--shape", "tree", "--out", "x"))
            .hasMessage("Invalid --shape \"tree\": expected mainline or branches");
        assertThatThrownBy(() -> new SyntheticRepository(1_000, 201, 1, Path.of("x")))
            .hasMessage("Invalid tags \"201\": expected from 10 to commits / 5 (200)");
    }

    @Test
    void refuses_a_directory_that_is_not_empty() {
        // given
        new SyntheticRepository(100, 10, 1, temp).generate();

        // when / then
        assertThatThrownBy(() -> new SyntheticRepository(100, 10, 1, temp).generate())
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("expected an absent or empty directory");
    }

    private static List<String> refs(Path repository) {
        return Git.lines(repository, "for-each-ref", "--format=%(objectname) %(refname)");
    }
}
