package dev.releaserules.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.releaserules.core.event.EventType;
import dev.releaserules.core.spi.DeliveryResult;
import dev.releaserules.core.spi.DeliveryResult.Outcome;
import dev.releaserules.core.spi.Notifier;
import dev.releaserules.testkit.http.RecordingServer;
import dev.releaserules.testkit.http.ScriptedResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {
    @TempDir
    Path dir;

    private final RecordingServer server = RecordingServer.start();
    private final ManualTime time = new ManualTime();

    @AfterEach
    void stop() {
        server.close();
    }

    private Notifications notifications(DeliveryPolicy policy) {
        Notifier slack = Channels.slack(Secret.of(server.uri("/slack").toString()), time.transport(policy));
        return Notifications.builder()
                .channel("#releases", slack)
                .channel("log", Channels.console())
                .route(Route.withDefaultMessage(EventType.ROLLBACK_INITIATED, "#releases"))
                .route(Route.withDefaultMessage(EventType.ROLLBACK_INITIATED, "log"))
                .build();
    }

    @Test
    @DisplayName("R-N1 a failing channel never fails the emitting step nor stops the other channels")
    void failure_is_reported_apart_and_other_channels_deliver() {
        // given
        server.respondByDefault(ScriptedResponse.status(500));
        try (Notifications notifications = notifications(DeliveryPolicy.builder().maxAttempts(2).build())) {
            Outbox outbox = Outbox.inMemory(notifications);

            // when
            assertThatCode(() -> outbox.onEvent(Events.rollback("bad deploy"))).doesNotThrowAnyException();
            List<DeliveryResult> results = outbox.settled().join();

            // then
            assertThat(results).extracting(DeliveryResult::channel, DeliveryResult::outcome).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("#releases", Outcome.RETRYABLE_FAILURE),
                    org.assertj.core.groups.Tuple.tuple("log", Outcome.DELIVERED));
            assertThat(outbox.pending()).extracting(n -> n.channel()).containsExactly("#releases");
        }
    }

    @Test
    @DisplayName("R-N1 the same event recorded twice is delivered once per channel (idempotency key)")
    void same_event_is_delivered_once() {
        // given
        try (Notifications notifications = notifications(DeliveryPolicy.defaults())) {
            Outbox outbox = Outbox.inMemory(notifications);

            // when
            outbox.onEvent(Events.rollback("bad deploy"));
            outbox.settled().join();
            outbox.onEvent(Events.rollback("bad deploy"));
            outbox.settled().join();

            // then
            assertThat(server.requests()).hasSize(1);
            assertThat(outbox.results()).hasSize(2).allSatisfy(r -> assertThat(r.isOk()).isTrue());
            assertThat(outbox.pending()).isEmpty();
        }
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    @org.junit.jupiter.api.Timeout(value = 10, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    @DisplayName("R-N1 a named pipe or a link to /dev/zero among the outbox files is skipped, not read forever")
    void file_outbox_skips_pipes_and_devices() throws Exception {
        // given
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("a.pending.json").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Files.createSymbolicLink(dir.resolve("b.pending.json"), Path.of("/dev/zero"));

        // when
        try (Notifications notifications = notifications(DeliveryPolicy.defaults())) {
            // then
            assertThat(Outbox.inDirectory(dir, notifications).pending()).isEmpty();
        }
    }

    @Test
    @DisplayName("R-N1 a file outbox delivers after a restart what an earlier process left pending")
    void file_outbox_redelivers_after_restart() throws IOException {
        // given: the first process records the event, but Slack is down
        server.respondByDefault(ScriptedResponse.status(503));
        try (Notifications first = notifications(DeliveryPolicy.builder().maxAttempts(1).build())) {
            Outbox outbox = Outbox.inDirectory(dir, first);
            outbox.onEvent(Events.rollback("bad deploy"));
            assertThat(outbox.settled().join()).filteredOn(r -> !r.isOk()).hasSize(1);
        }
        assertThat(pendingFiles()).hasSize(1);

        // when: a new process opens the same directory and Slack is back
        server.respondByDefault(ScriptedResponse.ok("ok"));
        try (Notifications second = notifications(DeliveryPolicy.defaults())) {
            Outbox restarted = Outbox.inDirectory(dir, second);
            assertThat(restarted.pending()).singleElement().satisfies(n -> {
                assertThat(n.channel()).isEqualTo("#releases");
                assertThat(n.text()).isEqualTo("⚠️ ROLLBACK initiated for rel-2024-01-15-001 by @alice: bad deploy");
            });
            List<DeliveryResult> results = restarted.deliverPendingAndWait();

            // then
            assertThat(results).singleElement().satisfies(r -> assertThat(r.isOk()).isTrue());
            assertThat(restarted.pending()).isEmpty();
            assertThat(pendingFiles()).isEmpty();
            assertThat(server.requests()).hasSize(2);
            assertThat(server.requests().get(1).bodyText()).contains("ROLLBACK initiated");
            // and a second restart has nothing left to send
            assertThat(Outbox.inDirectory(dir, second).deliverPendingAndWait()).isEmpty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    @DisplayName("R-N1 a notification refused for good (4xx) leaves the pending set and is not resent")
    void permanent_failures_are_not_resent() {
        // given
        server.respondByDefault(ScriptedResponse.status(400).withBody("invalid_payload"));
        try (Notifications notifications = notifications(DeliveryPolicy.defaults())) {
            Outbox outbox = Outbox.inDirectory(dir, notifications);

            // when
            outbox.onEvent(Events.rollback("bad deploy"));
            outbox.settled().join();
            List<DeliveryResult> again = outbox.deliverPendingAndWait();

            // then
            assertThat(again).isEmpty();
            assertThat(server.requests()).hasSize(1);
            assertThat(outbox.results()).anySatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE));
        }
    }

    @Test
    @DisplayName("R-N1 a notifier that throws is turned into a failed result; the listener still does not throw")
    void a_throwing_notifier_becomes_a_result() {
        // given
        Notifier broken = new Notifier() {
            @Override
            public String kind() {
                return "broken";
            }

            @Override
            public DeliveryResult deliver(dev.releaserules.core.spi.Notification notification) {
                throw new IllegalStateException("https://hooks.example/SECRET-IN-MESSAGE");
            }
        };
        try (Notifications notifications = Notifications.builder().channel("x", broken)
                .route(Route.withDefaultMessage(EventType.ROLLBACK_INITIATED, "x")).build()) {
            Outbox outbox = Outbox.inMemory(notifications);

            // when
            outbox.onEvent(Events.rollback("r"));
            DeliveryResult result = outbox.settled().join().get(0);

            // then
            assertThat(result.outcome()).isEqualTo(Outcome.RETRYABLE_FAILURE);
            assertThat(result.reason()).isEqualTo("the notifier threw java.lang.IllegalStateException");
            Secrets.assertAbsent("SECRET-IN-MESSAGE", result.toString());
        }
    }

    @Test
    void publish_async_completes_with_a_result_per_channel() {
        // given
        server.enqueue(ScriptedResponse.ok("ok").withDelay(Duration.ofMillis(50)));
        try (Notifications notifications = notifications(DeliveryPolicy.defaults())) {
            // when
            List<DeliveryResult> results = notifications.publishAsync(Events.rollback("r")).join();

            // then
            assertThat(results).extracting(DeliveryResult::channel).containsExactly("#releases", "log");
            assertThat(results).allSatisfy(r -> assertThat(r.isOk()).isTrue());
        }
    }

    private List<Path> pendingFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pending.json")).toList();
        }
    }
}
