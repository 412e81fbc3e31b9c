package dev.releaserules.core.manifest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand, so a deployment can take time. */
final class MutableClock extends Clock {
    private Instant now;

    MutableClock(String start) {
        this.now = Instant.parse(start);
    }

    void set(String at) {
        now = Instant.parse(at);
    }

    void advance(Duration by) {
        now = now.plus(by);
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
    public Instant instant() {
        return now;
    }
}
