package dev.releaserules.benchmarks;

import dev.releaserules.core.flow.ReleaseTags;
import dev.releaserules.core.version.ReleaseTag;
import dev.releaserules.core.version.TagFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** The latest release tag among all tags of the repository (2,000 in the default repository). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TagsBenchmark {

    /** {@link ReleaseTags#latest}: the tags read from the repository, then the highest {@code v} version. */
    @Benchmark
    public ReleaseTag latestReleaseTag(BenchmarkRepository state) {
        return ReleaseTags.latest(state.repository, TagFormat.defaults(), false).orElseThrow();
    }

    /** {@link ReleaseTags#all}: every {@code v} release tag, sorted by precedence. */
    @Benchmark
    public List<ReleaseTag> allReleaseTags(BenchmarkRepository state) {
        return ReleaseTags.all(state.repository, TagFormat.defaults(), false);
    }
}
