package dev.releaserules.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.releaserules.core.spi.DeliveryResult;
import dev.releaserules.core.spi.Notifier;
import dev.releaserules.testkit.http.RecordingServer;
import dev.releaserules.testkit.http.ScriptedResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
    @DisplayName("R-N1 the console channel writes the rendered text to its stream, not to a logger, and reports it delivered")
    void console_writes_to_its_stream_and_delivers() {
        // given
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Notifier console = Channels.console(new PrintStream(bytes, true, StandardCharsets.UTF_8));

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
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("[dry-run] release_created (NORMAL): 🚀 hello" + System.lineSeparator());
        assertThat(logged).doesNotContain("hello");
    }

    @Test
    @DisplayName("R-N1 the default console channel prints to the System.out of the moment of delivery")
    void default_console_prints_to_standard_output() {
        // given
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Notifier console = Channels.console();
        DeliveryResult result;
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));

            // when
            result = console.deliver(Events.notification("log", "shipped"));
        } finally {
            System.setOut(original);
        }

        // then
        assertThat(result.isOk()).isTrue();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("[log] release_created (NORMAL): shipped");
    }

    @Test
    @DisplayName("R-N1 a console stream that fails to write makes the delivery a failure, not 'delivered'")
    void a_failing_console_stream_is_a_failed_delivery() {
        // given
        PrintStream broken = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        }, true, StandardCharsets.UTF_8);

        // when
        DeliveryResult result = Channels.console(broken).deliver(Events.notification("log", "shipped"));

        // then
        assertThat(result.isOk()).isFalse();
        assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.PERMANENT_FAILURE);
    }
}
