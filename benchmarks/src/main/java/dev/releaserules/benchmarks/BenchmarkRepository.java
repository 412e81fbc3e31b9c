package dev.releaserules.benchmarks;

import dev.releaserules.core.flow.ReleaseHistory;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.ReleaseTag;
import dev.releaserules.core.version.TagFormat;
import dev.releaserules.git.GitRepositories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The synthetic repository the repository-backed benchmarks read, opened once per trial through
 * {@link GitRepositories#open}. When {@link #repo} does not exist yet it is generated with
 * {@link SyntheticRepository} ({@link #commits} commits, one tag per 50 commits, seed 42).
 */
@State(Scope.Benchmark)
public class BenchmarkRepository {

    /** The repository's work tree, relative to the working directory of the benchmark JVM. */
    @Param("benchmarks/work/repo-100000-2000-seed42")
    public String repo;

    /** How many commits to generate when {@link #repo} is absent. */
    @Param("100000")
    public int commits;

    SourceRepository repository;
    ReleaseHistory history;
    /** Release tags of both formats ({@code v1.2.3} and {@code 1.2.3}), highest first. */
    List<ReleaseTag> releaseTags;
    ReleaseTag latest;
    ReleaseTag previous;
    /** The lowest {@code v}-prefixed release tag: with {@link #latest}, a range over most of the history. */
    ReleaseTag oldest;
    Path workTree;

    /** Generates the repository when absent, then opens it and reads its release tags. */
    @Setup(Level.Trial)
    public void open() {
        workTree = Path.of(repo).toAbsolutePath();
        if (!Files.isDirectory(workTree.resolve(".git"))) {
            new SyntheticRepository(commits, Math.max(10, commits / SyntheticRepository.COMMITS_PER_TAG),
                    SyntheticRepository.DEFAULT_SEED, workTree).generate();
        }
        repository = GitRepositories.open(workTree, GitRepositories.Options.forCommandLine());
        history = ReleaseHistory.builder().repository(repository)
                .tagFormats(List.of(TagFormat.defaults(), TagFormat.withPrefix(""))).build();
        releaseTags = history.releases();
        latest = releaseTags.get(0);
        previous = releaseTags.get(1);
        oldest = releaseTags.stream().filter(t -> t.name().startsWith("v")).reduce((a, b) -> b).orElseThrow();
    }

    /** Closes the repository. */
    @TearDown(Level.Trial)
    public void close() {
        repository.close();
    }
}
