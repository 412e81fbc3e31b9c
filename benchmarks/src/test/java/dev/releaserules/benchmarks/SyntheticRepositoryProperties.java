package dev.releaserules.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SyntheticRepositoryProperties {

    @Property(tries = 5)
    void holds_exactly_the_commits_and_tags_asked_for(
            @ForAll @IntRange(min = 100, max = 600) int commits,
            @ForAll @IntRange(min = 10, max = 200) int tagsWanted,
            @ForAll long seed) {
        // given
        int tags = Math.min(tagsWanted, commits / 5);
        Path directory = newDirectory();
        Path repository = directory.resolve("repo");
        try {
            // when
            HistoryGenerator.Summary summary =
                new SyntheticRepository(commits, tags, seed, repository).generate();

            // then
            assertThat(Git.lines(repository, "rev-list", "--all", "--count"))
                .containsExactly(String.valueOf(commits));
            assertThat(Git.lines(repository, "tag")).hasSize(tags);
            assertThat(summary.commits()).isEqualTo(commits);
            assertThat(summary.tags()).isEqualTo(tags);
        } finally {
            delete(directory);
        }
    }

    private static Path newDirectory() {
        try {
            return Files.createTempDirectory("synthetic-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
