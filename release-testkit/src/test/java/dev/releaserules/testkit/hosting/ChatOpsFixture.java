package dev.releaserules.testkit.hosting;

import dev.releaserules.core.chatops.ReleaseBot;
import dev.releaserules.core.chatops.SignOffRequests;
import dev.releaserules.core.manifest.Approval;
import dev.releaserules.core.manifest.ChecklistItem;
import dev.releaserules.core.manifest.Component;
import dev.releaserules.core.manifest.ManifestVersion;
import dev.releaserules.core.manifest.ReleaseDesk;
import dev.releaserules.core.manifest.ReleaseHeader;
import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.ReleaseTrains;
import dev.releaserules.core.manifest.ReleaseType;
import dev.releaserules.core.manifest.Roles;
import dev.releaserules.core.manifest.SignOffPolicy;
import dev.releaserules.testkit.fakes.RecordingDeployer;
import dev.releaserules.testkit.fakes.RecordingListener;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Seed 001's release, team and bot wired over an in-memory host, the testkit's recording deployer and
 * a recording listener.
 */
final class ChatOpsFixture {
    // The release is scheduled at 10:00 and the chat deploys then, inside its window (R-WN1); the calendar's next
    // train leaves the same Monday at 10:30, so /release create dates its ids 2024-01-15 (R-RT2).
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-15T10:00:00Z"), ZoneOffset.UTC);
    static final String MANAGER = "@john.doe";
    static final String ON_CALL = "@oncall";

    final InMemoryHosting hosting = new InMemoryHosting("@release-bot", CLOCK);
    final RecordingListener heard = new RecordingListener();
    final ReleaseDesk desk = ReleaseDesk.builder().clock(CLOCK).listener(heard)
            .trains(ReleaseTrains.builder().day(java.time.DayOfWeek.MONDAY).time(java.time.LocalTime.of(10, 30)).build())
            .policy(SignOffPolicy.builder().roleDelegate(Roles.ON_CALL, ON_CALL).build()).build();
    final SignOffRequests requests = SignOffRequests.builder().hosting(hosting).desk(desk).build();
    final RecordingDeployer deployer;
    final ReleaseBot bot;

    ChatOpsFixture() {
        this(RecordingDeployer.healthy());
    }

    ChatOpsFixture(RecordingDeployer deployer) {
        this.deployer = deployer;
        this.bot = ReleaseBot.builder().desk(desk).deployer(deployer).requests(requests)
                .drafts((id, requestedBy) -> draft(id)).build();
    }

    /** The seed's release as a fresh draft: api and portal changed, workers unchanged. */
    static ReleaseManifest draft(ReleaseId id) {
        return ReleaseManifest.of(ReleaseHeader.draft(id, ReleaseType.REGULAR, "2024-01-15T10:00:00Z", MANAGER),
                List.of(Component.of("api", ManifestVersion.parse("v1.2.3"), ManifestVersion.parse("v1.3.0"),
                                List.of("feat: Add placement bulk upload endpoint", "fix: Rate limiting edge case"),
                                "api-team", "@alice"),
                        Component.of("portal", ManifestVersion.parse("v3.0.1"), ManifestVersion.parse("v3.1.0"),
                                List.of("feat: New campaign dashboard"), "portal-team", "@carol"),
                        Component.of("workers", ManifestVersion.parse("v1.5.0"), ManifestVersion.parse("v1.5.0"),
                                List.of(), "workers-team", "")),
                List.of(ChecklistItem.pending(ReleaseManifest.ALL_SIGN_OFFS_ITEM, true)),
                List.of(Approval.pending(Roles.RELEASE_MANAGER, MANAGER)));
    }

    static ReleaseManifest draft() {
        return draft(ReleaseId.parse("rel-2024-01-15-001"));
    }
}
