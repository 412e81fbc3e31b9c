package dev.releaserules.notify.internal;

import dev.releaserules.core.spi.DeliveryResult;
import dev.releaserules.core.spi.Notification;
import dev.releaserules.core.spi.Notifier;
import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Writes notifications as lines to a stream (standard output by default), for dry runs and demos.
 *
 * <p>Not through SLF4J: without a binding the lines would vanish while the channel reported them
 * delivered. A stream that reports an error makes the delivery a failure.
 */
public final class ConsoleNotifier implements Notifier {
    private final Supplier<PrintStream> out;

    /**
     * A notifier writing to the stream the supplier gives at each delivery.
     *
     * @param out the stream, read at each delivery so that a redirected {@code System.out} is followed
     */
    public ConsoleNotifier(Supplier<PrintStream> out) {
        this.out = out;
    }

    @Override
    public String kind() {
        return "console";
    }

    @Override
    public DeliveryResult deliver(Notification notification) {
        PrintStream stream = out.get();
        String line = "[" + notification.channel() + "] " + notification.type().wireName() + " ("
                + notification.priority() + "): " + notification.text();
        // One call per notification, so lines from concurrent deliveries do not interleave.
        stream.println(line);
        stream.flush();
        if (stream.checkError()) {
            return DeliveryResult.failed(notification, kind(), DeliveryResult.Outcome.PERMANENT_FAILURE, 1, 0,
                    "the console stream reported a write error");
        }
        return DeliveryResult.delivered(notification, kind(), 1, 0);
    }

    @Override
    public String toString() {
        return "ConsoleNotifier";
    }
}
