package dev.releaserules.chat;

import dev.releaserules.core.chatops.ReleaseBot;
import dev.releaserules.core.manifest.Approval;
import dev.releaserules.core.manifest.ChecklistItem;
import dev.releaserules.core.manifest.Component;
import dev.releaserules.core.manifest.ManifestVersion;
import dev.releaserules.core.manifest.ReleaseDesk;
import dev.releaserules.core.manifest.ReleaseHeader;
import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.ReleaseStatus;
import dev.releaserules.core.manifest.ReleaseType;
import dev.releaserules.core.manifest.Roles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A release pending approval in a manifest directory, and the bot every test (and the second process) uses. */
final class Fixtures {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-15T09:00:00Z"), ZoneOffset.UTC);
    static final ReleaseId ID = ReleaseId.parse("rel-2024-01-15-001");
    static final String MANAGER = "@john.doe";

    private Fixtures() {
    }

    static ReleaseBot bot() {
        return ReleaseBot.builder().desk(ReleaseDesk.builder().clock(CLOCK).build()).build();
    }

    /** A release with api (@alice) and portal (@carol) to sign off, pending approval, written to the directory. */
    static ManifestDirectory twoComponents(Path dir) {
        return write(dir, List.of(component("api", "@alice"), component("portal", "@carol")));
    }

    /** A release with {@code count} components c01.. signed by @lead01.., pending approval, written to the directory. */
    static ManifestDirectory components(Path dir, int count) {
        List<Component> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            list.add(component(name(i), lead(i)));
        }
        return write(dir, list);
    }

    static String name(int i) {
        return String.format("c%02d", i);
    }

    static String lead(int i) {
        return String.format("@lead%02d", i);
    }

    private static Component component(String name, String lead) {
        return Component.of(name, ManifestVersion.parse("v1.0.0"), ManifestVersion.parse("v1.1.0"),
                List.of("feat: something in " + name), name + "-team", lead);
    }

    /** The two-component release as a fresh draft, for {@code /release create}. */
    static ReleaseManifest draft() {
        return draft(List.of(component("api", "@alice"), component("portal", "@carol")));
    }

    private static ReleaseManifest draft(List<Component> components) {
        return ReleaseManifest.of(ReleaseHeader.draft(ID, ReleaseType.REGULAR, "2024-01-15T10:00:00Z", MANAGER),
                components, List.of(ChecklistItem.pending(ReleaseManifest.ALL_SIGN_OFFS_ITEM, true)),
                List.of(Approval.pending(Roles.RELEASE_MANAGER, MANAGER)));
    }

    private static ManifestDirectory write(Path dir, List<Component> components) {
        ReleaseManifest m = draft(components).moveTo(ReleaseStatus.PENDING_APPROVAL);
        ManifestDirectory directory = ManifestDirectory.open(dir);
        m.write(directory.fileOf(ID));
        return directory;
    }
}
