package dev.releaserules.notify.internal;

import dev.releaserules.core.spi.DeliveryResult;
import dev.releaserules.core.spi.Notification;
import dev.releaserules.core.spi.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes notifications to the log (logger {@code dev.releaserules.notify.console}), for dry runs and demos. */
public final class ConsoleNotifier implements Notifier {
    private static final Logger LOG = LoggerFactory.getLogger("dev.releaserules.notify.console");

    @Override
    public String kind() {
        return "console";
    }

    @Override
    public DeliveryResult deliver(Notification notification) {
        LOG.info("[{}] {} ({}): {}", notification.channel(), notification.type().wireName(),
                notification.priority(), notification.text());
        return DeliveryResult.delivered(notification, kind(), 1, 0);
    }

    @Override
    public String toString() {
        return "ConsoleNotifier";
    }
}
