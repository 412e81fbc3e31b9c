package dev.releaserules.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releaserules.core.spi.DeliveryResult;
import dev.releaserules.core.spi.Notifier;
import dev.releaserules.testkit.http.RecordingServer;
import dev.releaserules.testkit.http.ScriptedResponse;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExtraChannelsTest {
    private final ManualTime time = new ManualTime();

    @Test
    @DisplayName("R-N1 Discord gets the text as content with mentions disabled, cut to 2000 characters")
    void discord_disables_mentions_and_truncates() throws IOException {
        try (RecordingServer server = RecordingServer.start()) {
            // given
            server.enqueue(ScriptedResponse.status(429).withHeader("Retry-After", "0.25"), ScriptedResponse.status(204));
            Notifier discord = Channels.discord(Secret.of(server.uri("/api/webhooks/1/DISCORD-SECRET").toString()),
                    time.transport());

            // when
            DeliveryResult result = discord.deliver(Events.notification("dev", "@everyone " + "y".repeat(3000)));

            // then
            assertThat(result.isOk()).isTrue();
            assertThat(time.sleeps()).containsExactly(Duration.ofMillis(250));
            JsonNode body = new ObjectMapper().readTree(server.requests().get(1).body());
            assertThat(body.path("content").asText()).hasSize(2000).startsWith("@everyone");
            assertThat(body.path("allowed_mentions").path("parse").isArray()).isTrue();
            assertThat(body.path("allowed_mentions").path("parse")).isEmpty();
            Secrets.assertAbsent("DISCORD-SECRET", discord.toString(), result.toString());
        }
    }

    @Test
    @DisplayName("R-N1 the console channel logs the rendered text and reports it delivered")
    void console_logs_and_delivers() {
        // given
        Notifier console = Channels.console();

        // when
        DeliveryResult result;
        String logged;
        try (LogCapture log = new LogCapture()) {
            result = console.deliver(Events.notification("dry-run", "🚀 hello"));
            logged = log.text();
        }

        // then
        assertThat(result.isOk()).isTrue();
        assertThat(result.kind()).isEqualTo("console");
        assertThat(logged).contains("[dry-run] release_created (NORMAL): 🚀 hello");
    }
}
