package dev.releaserules.testkit.fakes;

import dev.releaserules.core.manifest.Approval;
import dev.releaserules.core.manifest.Component;
import dev.releaserules.core.manifest.ManifestVersion;
import dev.releaserules.core.manifest.ReleaseDesk;
import dev.releaserules.core.manifest.ReleaseHeader;
import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.ReleaseStatus;
import dev.releaserules.core.manifest.ReleaseType;
import dev.releaserules.core.manifest.Roles;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A small approved release of two components, api then portal, for driving the fakes through core. */
final class Releases {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-15T10:00:00Z"), ZoneOffset.UTC);
    static final String MANAGER = "@john.doe";

    private Releases() {
    }

    static ReleaseManifest approved(ReleaseDesk desk) {
        ReleaseManifest m = ReleaseManifest.of(
                ReleaseHeader.draft(ReleaseId.parse("rel-2024-01-15-001"), ReleaseType.REGULAR, "2024-01-15T10:00:00Z",
                        MANAGER),
                List.of(Component.of("api", ManifestVersion.parse("v1.2.3"), ManifestVersion.parse("v1.3.0"),
                                List.of("feat: bulk upload"), "api-team", "@alice"),
                        Component.of("portal", ManifestVersion.parse("v3.0.1"), ManifestVersion.parse("v3.1.0"),
                                List.of("feat: dashboard"), "portal-team", "@carol")),
                List.of(),
                List.of(Approval.pending(Roles.RELEASE_MANAGER, MANAGER)));
        m = desk.transition(m, ReleaseStatus.PENDING_APPROVAL, MANAGER).orThrow();
        m = desk.comment(m, "api", "@alice", "/approve").orThrow();
        m = desk.comment(m, "portal", "@carol", "/approve").orThrow();
        m = desk.approve(m, Roles.RELEASE_MANAGER, MANAGER).orThrow();
        if (m.status() != ReleaseStatus.APPROVED) {
            m = desk.transition(m, ReleaseStatus.APPROVED, MANAGER).orThrow();
        }
        return m;
    }
}
