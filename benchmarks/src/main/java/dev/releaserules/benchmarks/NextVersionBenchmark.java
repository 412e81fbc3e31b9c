package dev.releaserules.benchmarks;

import dev.releaserules.core.commit.BumpRules;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.flow.ReleaseTags;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.version.Increment;
import dev.releaserules.core.version.NextVersion;
import dev.releaserules.core.version.ReleaseStep;
import dev.releaserules.core.version.ReleaseTag;
import dev.releaserules.core.version.TagFormat;
import dev.releaserules.core.version.Version;
import dev.releaserules.core.version.VersionChoice;
import dev.releaserules.core.version.VersionRequest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The next version: the bump the commits since the latest release recommend, and the version prepare
 * would choose from it; once from commits already in memory, once from the repository (latest tag,
 * its range, the recommendation).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NextVersionBenchmark {
    private final BumpRules rules = BumpRules.defaults();
    private Version current;
    private List<Commit> commits;

    /** Reads the commits of the latest release range once. */
    @Setup(Level.Trial)
    public void readRange(BenchmarkRepository state) {
        current = state.previous.version();
        commits = state.repository.log(CommitRange.between("refs/tags/" + state.previous.name(),
                "refs/tags/" + state.latest.name()));
    }

    /** {@link BumpRules#recommend} and {@link NextVersion#choose} over the range's commits in memory. */
    @Benchmark
    public VersionChoice fromCommits() {
        Increment increment = rules.recommend(current, commits).increment().orElse(Increment.PATCH);
        return NextVersion.choose(ReleaseStep.PREPARE, current, VersionRequest.increment(increment));
    }

    /** The same from the repository: the latest {@code v} release tag, the commits since, the bump. */
    @Benchmark
    public Version fromRepository(BenchmarkRepository state) {
        ReleaseTag latest = ReleaseTags.latest(state.repository, TagFormat.defaults(), false).orElseThrow();
        List<Commit> since = state.repository.log(CommitRange.between("refs/tags/" + latest.name(), "main"));
        return rules.recommend(latest.version(), since).nextVersion();
    }
}
