package dev.releaserules.notify.internal;

import dev.releaserules.core.spi.Notification;
import java.util.List;

/** Where an outbox keeps notifications between recording and delivery. Implementations are thread-safe. */
public interface OutboxStore {

    /**
     * Records a notification as pending, unless its idempotency key is already known.
     *
     * @param notification the notification
     * @return true when recorded; false when the key was already pending, delivered or failed
     */
    boolean record(Notification notification);

    /**
     * The pending notifications, oldest event first.
     *
     * @return the pending notifications
     */
    List<Notification> pending();

    /**
     * Marks a notification delivered; it is no longer pending and its key stays known.
     *
     * @param key the idempotency key
     */
    void delivered(String key);

    /**
     * Marks a notification failed for good; it is no longer pending and its key stays known.
     *
     * @param key the idempotency key
     */
    void failed(String key);
}
