package dev.releaserules.notify;

import java.time.Duration;

/**
 * Waits between delivery attempts. Injected so tests run retries without real waiting.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits for a duration.
     *
     * @param duration how long; zero or positive
     * @throws InterruptedException when the waiting thread is interrupted
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Really waits, with {@link Thread#sleep(long)}.
     *
     * @return the system sleeper
     */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
