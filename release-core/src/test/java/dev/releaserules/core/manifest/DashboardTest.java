package dev.releaserules.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DashboardTest {
    final ReleaseDesk desk = ReleaseDesk.builder()
            .clock(Clock.fixed(Instant.parse("2024-01-15T09:30:00Z"), ZoneOffset.UTC)).build();

    static String golden(String name) {
        try (var in = DashboardTest.class.getResourceAsStream("/manifest/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Set -Dgolden.update=<dir> to rewrite the golden files after a deliberate change. */
    static void maybeUpdate(String name, String text) {
        String dir = System.getProperty("golden.update");
        if (dir != null) {
            try {
                Files.writeString(Path.of(dir, name), text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    @DisplayName("R-DB the seed's manifest renders as the seed's dashboard, deployment disabled")
    void seed_dashboard() {
        String text = Dashboard.render(Seeds.seed(), ZoneOffset.UTC);
        maybeUpdate("dashboard-seed.md", text);

        assertThat(text).isEqualTo(golden("dashboard-seed.md"));
        assertThat(text).contains("| api ", "v1.2.3 → v1.3.0", "🟡 2/3", "[Start Deployment] (disabled until all approved)");
    }

    @Test
    @DisplayName("R-DB an approved release enables deployment and shows every sign-off in")
    void approved_dashboard() {
        ReleaseManifest m = Seeds.seed();
        m = desk.comment(m, "api", "@alice", "/approve").orThrow();
        m = desk.complete(m, "On-call team notified", "@john.doe").orThrow();
        m = desk.approve(m, "Tech Lead", "@tech-lead").orThrow();
        m = desk.transition(m, ReleaseStatus.APPROVED, "@john.doe").orThrow();

        String text = Dashboard.render(m, ZoneOffset.UTC);
        maybeUpdate("dashboard-approved.md", text);

        assertThat(text).isEqualTo(golden("dashboard-approved.md"));
        assertThat(text).contains("✅ 3/3", "- [Start Deployment]\n").doesNotContain("Blocked By");
    }
}
