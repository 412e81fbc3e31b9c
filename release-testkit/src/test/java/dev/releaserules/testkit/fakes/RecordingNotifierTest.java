package dev.releaserules.testkit.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.event.Priority;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.manifest.ManifestEvent;
import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.spi.DeliveryResult.Outcome;
import dev.releaserules.core.spi.DeliveryResult;
import dev.releaserules.core.spi.Notification;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordingNotifierTest {
    static final ReleaseEvent ROLLBACK = new ManifestEvent.RollbackInitiated(ReleaseId.parse("rel-2024-01-15-001"), "@oncall",
            "error rate above SLO", Instant.parse("2024-01-15T12:00:00Z"));

    @Test
    void records_and_delivers_every_notification() {
        // given
        RecordingNotifier notifier = RecordingNotifier.delivering();
        Notification notification = Notification.of(ROLLBACK, "#releases", "Rollback of rel-2024-01-15-001");

        // when
        DeliveryResult result = notifier.deliver(notification);

        // then
        assertThat(notifier.kind()).isEqualTo("recording");
        assertThat(result.isOk()).isTrue();
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.idempotencyKey()).isEqualTo(notification.idempotencyKey());
        assertThat(notifier.notifications()).containsExactly(notification);
        assertThat(notifier.texts()).containsExactly("Rollback of rel-2024-01-15-001");
        assertThat(notifier.results()).containsExactly(result);
    }

    @Test
    @DisplayName("R-N1 a scripted channel failure is a failed result, recorded, and never thrown")
    void a_scripted_channel_fails() {
        // given
        RecordingNotifier notifier = RecordingNotifier.builder().kind("slack")
                .fail("#incidents", Outcome.RETRYABLE_FAILURE, "HTTP 503").build();

        // when
        DeliveryResult failed = notifier.deliver(Notification.of(ROLLBACK, "#incidents", "urgent", Priority.URGENT));
        DeliveryResult delivered = notifier.deliverAsync(Notification.of(ROLLBACK, "#releases", "fyi")).join();

        // then
        assertThat(failed.outcome()).isEqualTo(Outcome.RETRYABLE_FAILURE);
        assertThat(failed.reason()).isEqualTo("HTTP 503");
        assertThat(failed.kind()).isEqualTo("slack");
        assertThat(delivered.isOk()).isTrue();
        assertThat(notifier.notifications()).extracting(Notification::channel).containsExactly("#incidents", "#releases");
        assertThat(notifier.texts()).as("only delivered texts").containsExactly("fyi");
    }

    @Test
    void a_failure_script_needs_a_failure_outcome_and_a_reason() {
        assertThatThrownBy(() -> RecordingNotifier.builder().fail("#releases", Outcome.DELIVERED, "no"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("a failure outcome");
        assertThatThrownBy(() -> RecordingNotifier.builder().fail("#releases", Outcome.PERMANENT_FAILURE, ""))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> RecordingNotifier.builder().kind(" "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("kind");
    }

    @Test
    void clear_forgets_what_was_recorded() {
        // given
        RecordingNotifier notifier = RecordingNotifier.delivering();
        notifier.deliver(Notification.of(ROLLBACK, "#releases", "x"));

        // when
        notifier.clear();

        // then
        assertThat(notifier.notifications()).isEmpty();
        assertThat(notifier.results()).isEmpty();
        assertThat(notifier.texts()).isEmpty();
    }
}
