package dev.releaserules.testkit.git;

import dev.releaserules.testkit.internal.Args;
import dev.releaserules.core.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that stands still until told to move: {@link #tick()} advances it by a fixed step,
 * {@link #advance(Duration)} by any amount. {@link TempGitRepository} ticks it once per commit, merge
 * and tag, so commit times, and with them commit ids, are the same on every run.
 *
 * <pre>{@code
 * TickingClock clock = TickingClock.startingAt(Instant.parse("2024-01-15T10:00:00Z"), Duration.ofMinutes(1));
 * clock.instant();   // 2024-01-15T10:00:00Z
 * clock.tick();      // 2024-01-15T10:01:00Z
 * }</pre>
 *
 * <p>Thread-safe. Copies made with {@link #withZone(ZoneId)} share the same time.
 */
public final class TickingClock extends Clock {

    /** Where {@link #standard()} starts: Monday 2024-01-15 10:00 UTC. */
    public static final Instant STANDARD_START = Instant.parse("2024-01-15T10:00:00Z");

    /** The step of {@link #standard()}: one minute. */
    public static final Duration STANDARD_STEP = Duration.ofMinutes(1);

    private final AtomicReference<Instant> now;
    private final Duration step;
    private final ZoneId zone;

    private TickingClock(AtomicReference<Instant> now, Duration step, ZoneId zone) {
        this.now = now;
        this.step = step;
        this.zone = zone;
    }

    /**
     * A clock at a start instant that ticks by a step.
     *
     * @param start the first instant
     * @param step how far {@link #tick()} moves, positive
     * @return the clock, in UTC
     */
    public static TickingClock startingAt(Instant start, Duration step) {
        Args.notNull(start, "start");
        Args.notNull(step, "step");
        if (step.isNegative() || step.isZero()) {
            throw new InvalidInputException("clock step", step.toString(), "a positive duration");
        }
        return new TickingClock(new AtomicReference<>(start), step, ZoneOffset.UTC);
    }

    /**
     * The clock {@link TempGitRepository} uses unless told otherwise: {@link #STANDARD_START}, ticking
     * by {@link #STANDARD_STEP}.
     *
     * @return a new clock
     */
    public static TickingClock standard() {
        return startingAt(STANDARD_START, STANDARD_STEP);
    }

    /**
     * Moves the clock one step forward.
     *
     * @return the new instant
     */
    public Instant tick() {
        return now.updateAndGet(instant -> instant.plus(step));
    }

    /**
     * Moves the clock forward by an amount.
     *
     * @param amount how far, not negative
     * @return the new instant
     */
    public Instant advance(Duration amount) {
        Args.notNull(amount, "amount");
        if (amount.isNegative()) {
            throw new InvalidInputException("clock advance", amount.toString(), "a duration that is not negative");
        }
        return now.updateAndGet(instant -> instant.plus(amount));
    }

    /**
     * How far {@link #tick()} moves.
     *
     * @return the step
     */
    public Duration step() {
        return step;
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        Args.notNull(newZone, "zone");
        return new TickingClock(now, step, newZone);
    }

    @Override
    public String toString() {
        return "TickingClock[" + now.get() + ", step " + step + ", " + zone + "]";
    }
}
