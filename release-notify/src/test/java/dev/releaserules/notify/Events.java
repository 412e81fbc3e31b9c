package dev.releaserules.notify;

import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.spi.Notification;
import dev.releaserules.core.version.Version;
import java.time.Duration;
import java.time.Instant;

/** Fixed events for tests. */
final class Events {
    static final Instant T = Instant.parse("2024-01-15T10:00:00Z");

    private Events() {
    }

    static ReleaseEvent.ReleaseCreated releaseCreated() {
        return new ReleaseEvent.ReleaseCreated("rel-2024-01-15-001", "regular", T.plusSeconds(3600), "@john.doe", 3, T);
    }

    static ReleaseEvent.ProductionSucceeded productionSucceeded() {
        return new ReleaseEvent.ProductionSucceeded(Version.parse("2.2.0"), "ecr/spooliq:2.2.0",
                Duration.ofSeconds(323), "https://github.com/acme/spooliq/releases/tag/v2.2.0", T);
    }

    static ReleaseEvent.RollbackInitiated rollback(String reason) {
        return new ReleaseEvent.RollbackInitiated("rel-2024-01-15-001", "@alice", reason, T);
    }

    static Notification notification(String channel, String text) {
        return Notification.of(releaseCreated(), channel, text);
    }
}
