package dev.releaserules.testkit.fakes;

import dev.releaserules.core.event.EventType;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.manifest.ManifestEvent;
import dev.releaserules.core.spi.ReleaseListener;
import dev.releaserules.testkit.internal.Args;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ReleaseListener} that records every event it hears, in order.
 *
 * <pre>{@code
 * RecordingListener heard = new RecordingListener();
 * ReleaseDesk desk = ReleaseDesk.builder().clock(clock).listener(heard).build();
 * // ... sign off, approve, deploy ...
 * assertThat(heard.types()).contains(EventType.ALL_SIGNOFFS_RECEIVED);
 * assertThat(heard.events(ManifestEvent.DeploymentFailed.class)).singleElement()
 *         .extracting(ManifestEvent.DeploymentFailed::component).isEqualTo("api");
 * }</pre>
 *
 * <p>Never throws from {@link #onEvent}, as the port asks. Thread-safe.
 */
public final class RecordingListener implements ReleaseListener {
    private final List<ReleaseEvent> events = new ArrayList<>();

    /** Creates a listener that has heard nothing. */
    public RecordingListener() {
    }

    @Override
    public synchronized void onEvent(ReleaseEvent event) {
        // The port promises a non-null event; a null is still not worth failing the emitter for.
        if (event != null) {
            events.add(event);
        }
    }

    /**
     * Every event heard so far, in order.
     *
     * @return an immutable snapshot
     */
    public synchronized List<ReleaseEvent> events() {
        return List.copyOf(events);
    }

    /**
     * The events of one kind heard so far, in order.
     *
     * @param <T> the event record type
     * @param type the event record class, such as {@code ManifestEvent.DeploymentFailed.class}
     * @return an immutable snapshot
     */
    public synchronized <T extends ReleaseEvent> List<T> events(Class<T> type) {
        Args.notNull(type, "type");
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * The types of the events heard so far, in order.
     *
     * @return an immutable snapshot
     */
    public synchronized List<EventType> types() {
        return events.stream().map(ReleaseEvent::type).toList();
    }

    /** Forgets the events heard so far. */
    public synchronized void clear() {
        events.clear();
    }

    @Override
    public synchronized String toString() {
        return "RecordingListener[" + events.size() + " events]";
    }
}
