package dev.releaserules.chat.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Remembers the keys of requests already accepted for a while (Slack signatures, Telegram update
 * ids) so that the same request delivered twice runs once. Bounded: the oldest keys are forgotten
 * first once {@code capacity} is reached. Thread-safe.
 */
public final class ReplayGuard {
    private record Seen(String key, Instant at) {
    }

    private final Clock clock;
    private final Duration keep;
    private final int capacity;
    private final Deque<Seen> order = new ArrayDeque<>();
    private final Set<String> keys = new HashSet<>();

    /**
     * Creates a guard.
     *
     * @param clock the clock
     * @param keep how long a key is remembered
     * @param capacity the most keys remembered
     */
    public ReplayGuard(Clock clock, Duration keep, int capacity) {
        this.clock = clock;
        this.keep = keep;
        this.capacity = capacity;
    }

    /**
     * Records a key.
     *
     * @param key the request's key
     * @return true when the key is new; false when it was seen within the keep time
     */
    public synchronized boolean firstTime(String key) {
        Instant now = clock.instant();
        while (!order.isEmpty() && (order.size() >= capacity || order.peekFirst().at().plus(keep).isBefore(now))) {
            keys.remove(order.removeFirst().key());
        }
        if (!keys.add(key)) {
            return false;
        }
        order.addLast(new Seen(key, now));
        return true;
    }
}
