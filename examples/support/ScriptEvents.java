// Shared by the example scripts through //SOURCES support/ScriptEvents.java: where a step's events go.
//DEPS dev.releaserules:release-notify

import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.spi.DeliveryResult;
import dev.releaserules.core.spi.ReleaseListener;
import dev.releaserules.notify.Environment;
import dev.releaserules.notify.HttpTransport;
import dev.releaserules.notify.Notifications;

import java.nio.file.Path;

/** A step's events: delivered through a --notifications routing file, or printed as [event] lines. */
public final class ScriptEvents implements ReleaseListener, AutoCloseable {
    private final Notifications notifications;

    /**
     * Events for a routing file.
     *
     * @param routing the routing YAML, or null to print the events
     */
    public ScriptEvents(Path routing) {
        this.notifications = routing == null ? null
                : Notifications.load(routing, Environment.system(), HttpTransport.defaults());
    }

    @Override
    public void onEvent(ReleaseEvent event) {
        if (notifications == null) {
            System.out.println("[event] " + event.type().wireName() + " " + event.attributes());
            return;
        }
        // A notification that cannot be delivered is reported; it does not undo or fail the step.
        for (DeliveryResult result : notifications.publish(event)) {
            System.out.println("[notify] " + event.type().wireName() + (result.isOk() ? " delivered to " : " NOT delivered to ")
                    + result.channel() + (result.reason().isBlank() ? "" : ": " + result.reason()));
        }
    }

    @Override
    public void close() {
        if (notifications != null) {
            notifications.close();
        }
    }
}
