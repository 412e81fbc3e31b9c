package dev.releaserules.benchmarks;

import dev.releaserules.core.commit.CommitMessage;
import dev.releaserules.core.commit.ConventionalCommit;
import java.util.Random;
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
 * {@link CommitMessage#parse}: one typical message (subject, body, footers), and a million messages
 * drawn in turn from 10,000 distinct ones written by the synthetic repository's message generator.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CommitParsingBenchmark {
    static final int MILLION = 1_000_000;
    private static final String ONE = """
            feat(billing)!: support currency rounding for large accounts (#4711)

            The previous behaviour surprised users who relied on the documented default.
            Callers that need the old behaviour can set the flag explicitly.

            BREAKING CHANGE: amounts are rounded half-even
            Refs: #4711
            Reviewed-by: Grace Hopper <grace@example.com>
            Co-authored-by: Mei Lin <mei@example.com>
            """;

    private String[] messages;

    /** Writes the 10,000 messages with a fixed seed. */
    @Setup(Level.Trial)
    public void writeMessages() {
        Random random = new Random(SyntheticRepository.DEFAULT_SEED);
        CommitMessages writer = new CommitMessages(new Identity[] {
            new Identity("Grace Hopper", "grace@example.com", "-0500"),
            new Identity("Mei Lin", "mei@example.com", "+0800")});
        String[] scopes = {"", "api", "billing", "auth", "gateway"};
        messages = new String[10_000];
        for (int i = 0; i < messages.length; i++) {
            messages[i] = random.nextInt(100) < 3 ? writer.freeText(random)
                    : writer.conventional(random, scopes[random.nextInt(scopes.length)]);
        }
    }

    /** One message. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public CommitMessage parseOne() {
        return CommitMessage.parse(ONE);
    }

    /** A million messages; the score is the time for all of them. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int parseMillion() {
        int conventional = 0;
        for (int i = 0; i < MILLION; i++) {
            if (CommitMessage.parse(messages[i % messages.length]) instanceof ConventionalCommit) {
                conventional++;
            }
        }
        return conventional;
    }
}
