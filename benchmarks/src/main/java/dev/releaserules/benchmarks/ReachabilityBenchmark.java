package dev.releaserules.benchmarks;

import dev.releaserules.core.flow.ReleaseTags;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.ReleaseTag;
import dev.releaserules.core.version.TagFormat;
import dev.releaserules.core.version.Version;
import dev.releaserules.git.GitRepositories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reachability among release tags that mostly sit on maintenance branches (the generator's
 * {@code branches} shape), against {@code git tag --merged} as a whole process: the latest release
 * main contains, every release tag main contains, and the release before a version by precedence
 * (the boundary prepare and the release history use). Run it on a real clone with
 * {@code -p repo=/path/to/clone -p branch=main}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReachabilityBenchmark {

    /** A repository whose release tags mostly sit on maintenance branches, opened once per trial. */
    @State(Scope.Benchmark)
    public static class BranchesRepository {
        /** The repository's work tree, relative to the working directory of the benchmark JVM. */
        @Param("benchmarks/work/repo-20000-1000-branches-seed42")
        public String repo;

        /** How many commits to generate when {@link #repo} is absent (tags: one per 20 commits). */
        @Param("20000")
        public int commits;

        /** The branch whose history the tags must be in. */
        @Param("main")
        public String branch;

        SourceRepository repository;
        Path workTree;
        Version latest;

        /** Generates the repository when absent, then opens it. */
        @Setup(Level.Trial)
        public void open() {
            workTree = Path.of(repo).toAbsolutePath();
            if (!Files.isDirectory(workTree.resolve(".git"))) {
                new SyntheticRepository(commits, commits / 20, SyntheticRepository.DEFAULT_SEED, workTree,
                        SyntheticRepository.Shape.BRANCHES).generate();
            }
            repository = GitRepositories.open(workTree, GitRepositories.Options.forCommandLine());
            latest = ReleaseTags.latest(repository, TagFormat.defaults(), false).orElseThrow().version();
        }

        /** Closes the repository. */
        @TearDown(Level.Trial)
        public void close() {
            repository.close();
        }
    }

    /** {@link ReleaseTags#latestReachable}: the highest {@code v} release the branch contains. */
    @Benchmark
    public Optional<ReleaseTag> latestReachable(BranchesRepository state) {
        return ReleaseTags.latestReachable(state.repository, TagFormat.defaults(), false, state.branch);
    }

    /** {@link ReleaseTags#mergedInto}: every {@code v} release tag the branch contains ({@code git tag --merged}). */
    @Benchmark
    public List<ReleaseTag> mergedInto(BranchesRepository state) {
        return ReleaseTags.mergedInto(state.repository, TagFormat.defaults(), false, state.branch);
    }

    /**
     * The release before the latest by precedence, as prepare and the release history find a
     * range's start: every release tag, then the highest below the version.
     */
    @Benchmark
    public Optional<ReleaseTag> previousRelease(BranchesRepository state) {
        return ReleaseTags.all(state.repository, TagFormat.defaults(), false).stream()
                .filter(tag -> tag.version().compareTo(state.latest) < 0).findFirst();
    }

    /** {@code git tag --merged <branch>}, the whole process: the reference. */
    @Benchmark
    public long gitTagMerged(BranchesRepository state) {
        return GitProcess.run(state.workTree, "tag", "--merged", state.branch);
    }
}
