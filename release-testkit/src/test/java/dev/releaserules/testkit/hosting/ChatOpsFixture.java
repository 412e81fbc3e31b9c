package dev.releaserules.testkit.hosting;

import dev.releaserules.core.chatops.ReleaseBot;
import dev.releaserules.core.chatops.SignOffRequests;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.manifest.Approval;
import dev.releaserules.core.manifest.ChecklistItem;
import dev.releaserules.core.manifest.Component;
import dev.releaserules.core.manifest.ManifestVersion;
import dev.releaserules.core.manifest.ReleaseDesk;
import dev.releaserules.core.manifest.ReleaseHeader;
import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.ReleaseType;
import dev.releaserules.core.manifest.Roles;
import dev.releaserules.core.manifest.SignOffPolicy;
import dev.releaserules.core.spi.Deployer;
import dev.releaserules.core.version.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Seed 001's release, team and bot wired over an in-memory host and a recording deployer. */
final class ChatOpsFixture {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-15T09:00:00Z"), ZoneOffset.UTC);
    static final String MANAGER = "@john.doe";
    static final String ON_CALL = "@oncall";

    final InMemoryHosting hosting = new InMemoryHosting("@release-bot", CLOCK);
    final List<ReleaseEvent> heard = new ArrayList<>();
    final ReleaseDesk desk = ReleaseDesk.builder().clock(CLOCK).listener(heard::add)
            .policy(SignOffPolicy.builder().roleDelegate(Roles.ON_CALL, ON_CALL).build()).build();
    final SignOffRequests requests = SignOffRequests.builder().hosting(hosting).desk(desk).build();
    final RecordingDeployer deployer;
    final ReleaseBot bot;

    ChatOpsFixture() {
        this(new RecordingDeployer(Map.of()));
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

    /** A real deployment port for tests: records every call and fails the components it is told to. */
    static final class RecordingDeployer implements Deployer {
        final List<String> calls = new ArrayList<>();
        private final Map<String, String> failures;

        RecordingDeployer(Map<String, String> failures) {
            this.failures = failures;
        }

        @Override
        public Result deploy(String component, Version version) {
            calls.add("deploy " + component + " " + version);
            String reason = failures.get(component);
            return reason == null ? Result.succeeded("") : Result.failed(reason);
        }

        @Override
        public Result verify(String component, Version version) {
            calls.add("verify " + component + " " + version);
            return Result.succeeded("healthy");
        }
    }
}
