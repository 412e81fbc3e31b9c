package dev.releaserules.benchmarks;

import dev.releaserules.core.flow.ReleaseHistory;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The changelog of the latest release and of every release ({@link ReleaseHistory}: tags, one
 * {@code log} per release range, notes, Markdown), against {@code git log} over the same commits as a
 * whole {@code git} process (start-up included: the reference the targets name).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ChangelogBenchmark {

    /** The latest release: tags, one range, notes and Markdown. */
    @Benchmark
    public long latestRelease(BenchmarkRepository state) {
        CharCount out = new CharCount();
        state.history.writeLatest(out);
        return out.count();
    }

    /** Every release section, newest first. */
    @Benchmark
    public long wholeHistory(BenchmarkRepository state) {
        CharCount out = new CharCount();
        state.history.writeAll(out);
        return out.count();
    }

    /** Reference: {@code git log --format=%H%x00%s%x00%b main}, the whole process. */
    @Benchmark
    public long gitLogWholeHistory(BenchmarkRepository state) {
        return GitProcess.run(state.workTree, "log", "--format=%H%x00%s%x00%b", "main");
    }

    /** Reference: the same {@code git log} over the latest release range. */
    @Benchmark
    public long gitLogLatestRelease(BenchmarkRepository state) {
        return GitProcess.run(state.workTree, "log", "--format=%H%x00%s%x00%b",
                state.previous.name() + ".." + state.latest.name());
    }

    /** Counts what is appended, so that the Markdown is made but not kept. */
    static final class CharCount implements Appendable {
        private long count;

        @Override
        public Appendable append(CharSequence text) {
            count += text.length();
            return this;
        }

        @Override
        public Appendable append(CharSequence text, int start, int end) {
            count += end - start;
            return this;
        }

        @Override
        public Appendable append(char c) {
            count++;
            return this;
        }

        long count() {
            return count;
        }
    }
}
