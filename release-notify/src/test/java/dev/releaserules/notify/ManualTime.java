package dev.releaserules.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when the sleeper sleeps, so retry tests wait for nothing. */
final class ManualTime extends Clock implements Sleeper {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    HttpTransport transport(DeliveryPolicy policy) {
        return HttpTransport.builder().policy(policy).clock(this).sleeper(this).random(() -> 0.5).build();
    }

    HttpTransport transport() {
        return transport(DeliveryPolicy.builder().requestTimeout(Duration.ofSeconds(5)).build());
    }
}
