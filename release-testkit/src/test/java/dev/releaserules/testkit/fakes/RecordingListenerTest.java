package dev.releaserules.testkit.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.event.EventType;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.manifest.ManifestEvent;
import dev.releaserules.core.manifest.ReleaseDesk;
import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.manifest.ReleaseManifest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordingListenerTest {

    @Test
    @DisplayName("R-N1 the listener hears the desk's events in the order they happened")
    void hears_every_event_in_order() {
        // given
        RecordingListener heard = new RecordingListener();
        ReleaseDesk desk = ReleaseDesk.builder().clock(Releases.CLOCK).listener(heard).build();

        // when
        ReleaseManifest approved = Releases.approved(desk);

        // then
        assertThat(heard.types()).containsExactly(EventType.STATUS_CHANGED, EventType.SIGNOFF_PENDING,
                EventType.SIGNOFF_PENDING, EventType.SIGNOFF_RECEIVED, EventType.SIGNOFF_RECEIVED,
                EventType.ALL_SIGNOFFS_RECEIVED, EventType.APPROVAL_RECEIVED, EventType.STATUS_CHANGED);
        assertThat(heard.events(ManifestEvent.SignOffReceived.class)).extracting(ManifestEvent.SignOffReceived::component)
                .containsExactly("api", "portal");
        assertThat(heard.events(ManifestEvent.StatusChanged.class)).last()
                .satisfies(changed -> assertThat(changed.to()).isEqualTo(approved.status()));
        assertThat(heard.events()).hasSameSizeAs(heard.types());
    }

    @Test
    void clear_forgets_what_was_heard() {
        // given
        RecordingListener heard = new RecordingListener();
        heard.onEvent(new ManifestEvent.AllSignOffsReceived(ReleaseId.parse("rel-2024-01-15-001"), Releases.CLOCK.instant()));

        // when
        heard.clear();

        // then
        assertThat(heard.events()).isEmpty();
        assertThat(heard.toString()).isEqualTo("RecordingListener[0 events]");
    }
}
