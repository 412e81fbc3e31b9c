package dev.releaserules.benchmarks;

import dev.releaserules.core.version.ReleaseTag;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The paths changed between two tags, without rename detection (what component detection needs),
 * against {@code git diff --name-only --no-renames} over the same tags as a whole process.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ChangedPathsBenchmark {

    /** {@code latest}: the latest release range; {@code wide}: the oldest {@code v} tag to the latest. */
    @Param({"latest", "wide"})
    public String range;

    private ReleaseTag from(BenchmarkRepository state) {
        return range.equals("wide") ? state.oldest : state.previous;
    }

    /** {@code SourceRepository.changedPaths} between the two tags. */
    @Benchmark
    public List<String> changedPaths(BenchmarkRepository state) {
        return state.repository.changedPaths("refs/tags/" + from(state).name(), "refs/tags/" + state.latest.name());
    }

    /** Reference: {@code git diff --name-only --no-renames FROM LATEST}, the whole process. */
    @Benchmark
    public long gitDiffNameOnly(BenchmarkRepository state) {
        return GitProcess.run(state.workTree, "diff", "--name-only", "--no-renames", from(state).name(),
                state.latest.name());
    }
}
