package dev.releaserules.core.spi;

import dev.releaserules.core.event.ReleaseEvent;

/**
 * Receives the events the rules emit. Register one with the flow or manifest engine; a notifier
 * outbox, a log or a test recorder are typical listeners.
 *
 * <p>A listener must not throw: delivery problems are the listener's to record, never a reason to
 * fail the release step that emitted the event. Exceptions a listener throws anyway are caught and
 * logged by the emitter.
 */
@FunctionalInterface
public interface ReleaseListener {

    /**
     * Called once per event, in the order the events happened.
     *
     * @param event the event; never null
     */
    void onEvent(ReleaseEvent event);
}
