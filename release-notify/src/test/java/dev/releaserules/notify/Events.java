package dev.releaserules.notify;

import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.manifest.ManifestEvent;
import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.manifest.ReleaseType;
import dev.releaserules.core.spi.Notification;
import dev.releaserules.core.version.Version;
import java.time.Duration;
import java.time.Instant;

/** Fixed events for tests. */
final class Events {
    static final Instant T = Instant.parse("2024-01-15T10:00:00Z");

    private Events() {
    }

    static ManifestEvent.ReleaseCreated releaseCreated() {
        return new ManifestEvent.ReleaseCreated(ReleaseId.parse("rel-2024-01-15-001"), ReleaseType.REGULAR, T.plusSeconds(3600), "@john.doe", 3, T);
    }

    static ReleaseEvent.ProductionSucceeded productionSucceeded() {
        return new ReleaseEvent.ProductionSucceeded(Version.parse("2.2.0"), "ecr/spooliq:2.2.0",
                Duration.ofSeconds(323), "https://github.com/acme/spooliq/releases/tag/v2.2.0", Duration.ofHours(6),
                Duration.ofHours(8), T);
    }

    static ManifestEvent.RollbackInitiated rollback(String reason) {
        return new ManifestEvent.RollbackInitiated(ReleaseId.parse("rel-2024-01-15-001"), "@alice", reason, T);
    }

    static Notification notification(String channel, String text) {
        return Notification.of(releaseCreated(), channel, text);
    }
}
