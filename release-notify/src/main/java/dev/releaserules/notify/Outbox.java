package dev.releaserules.notify;

import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.DeliveryResult;
import dev.releaserules.core.spi.Notification;
import dev.releaserules.core.spi.ReleaseListener;
import dev.releaserules.notify.internal.DirectoryOutboxStore;
import dev.releaserules.notify.internal.MemoryOutboxStore;
import dev.releaserules.notify.internal.OutboxStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every event's notifications before delivering them, and delivers each at least once.
 *
 * <p>Register it as the {@link ReleaseListener} of a flow or manifest engine. {@link #onEvent}
 * renders the event through the {@link Notifications}, records one entry per channel (keyed by the
 * notification's idempotency key, so an event recorded twice is delivered once), starts delivery
 * in the background and returns at once. It never throws: a delivery failure never fails, delays
 * or hides the release step that emitted the event. The caller reads the delivery results apart,
 * through {@link #settled()} or {@link #results()}.
 *
 * <p>An entry stays pending until it is delivered or refused for good (a 4xx); entries whose
 * delivery failed for a passing reason (5xx, 429, timeout, refused connection) are sent again by
 * {@link #deliverPending()}. The {@linkplain #inDirectory(Path, Notifications) directory outbox}
 * survives a restart: a new outbox on the same directory delivers what is still pending.
 *
 * <p>Thread-safe.
 */
public final class Outbox implements ReleaseListener {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

    private final Notifications notifications;
    private final OutboxStore store;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final List<DeliveryResult> results = new ArrayList<>();
    private final List<CompletableFuture<DeliveryResult>> running = new ArrayList<>();

    private Outbox(Notifications notifications, OutboxStore store) {
        this.notifications = notifications;
        this.store = store;
    }

    /**
     * An outbox kept in memory; pending entries are lost when the process ends.
     *
     * @param notifications the routing and channels
     * @return the outbox
     */
    public static Outbox inMemory(Notifications notifications) {
        return new Outbox(Checks.notNull(notifications, "notifications"), new MemoryOutboxStore());
    }

    /**
     * An outbox kept in a directory (created when missing), one file per entry, written atomically.
     * Entries pending from an earlier process are delivered by {@link #deliverPending()}.
     *
     * @param directory the directory
     * @param notifications the routing and channels
     * @return the outbox
     * @throws dev.releaserules.core.ReleaseException when the directory cannot be created
     */
    public static Outbox inDirectory(Path directory, Notifications notifications) {
        Checks.notNull(directory, "directory");
        return new Outbox(Checks.notNull(notifications, "notifications"), new DirectoryOutboxStore(directory));
    }

    /**
     * Records the event's notifications and starts delivering them. Never throws; when an entry
     * cannot be recorded, it is logged and delivered anyway.
     *
     * @param event the event
     */
    @Override
    public void onEvent(ReleaseEvent event) {
        List<Notification> rendered;
        try {
            rendered = notifications.render(event);
        } catch (RuntimeException e) {
            LOG.warn("Cannot render an event for notification: {}", e.getClass().getName());
            return;
        }
        for (Notification notification : rendered) {
            boolean fresh;
            try {
                fresh = store.record(notification);
            } catch (RuntimeException e) {
                LOG.warn("Cannot record {} for {} in the outbox ({}); delivering without a record",
                        notification.type().wireName(), notification.channel(), e.getClass().getSimpleName());
                fresh = true;
            }
            if (fresh) {
                start(notification);
            }
        }
    }

    /**
     * Delivers every pending entry that is not being delivered already.
     *
     * @return the future results of the deliveries this call started
     */
    public CompletableFuture<List<DeliveryResult>> deliverPending() {
        List<CompletableFuture<DeliveryResult>> started = new ArrayList<>();
        for (Notification notification : store.pending()) {
            start(notification).ifPresent(started::add);
        }
        return allOf(started);
    }

    /**
     * Delivers every pending entry, blocking until each is delivered or given up.
     *
     * @return the results of the deliveries this call started
     */
    public List<DeliveryResult> deliverPendingAndWait() {
        return deliverPending().join();
    }

    /**
     * Waits for every delivery started so far.
     *
     * @return the future results of every delivery started so far, in start order
     */
    public CompletableFuture<List<DeliveryResult>> settled() {
        List<CompletableFuture<DeliveryResult>> snapshot;
        synchronized (running) {
            snapshot = List.copyOf(running);
        }
        return allOf(snapshot);
    }

    /**
     * The entries not yet delivered nor refused for good.
     *
     * @return the pending notifications, oldest event first
     */
    public List<Notification> pending() {
        return store.pending();
    }

    /**
     * The results of the deliveries finished so far, in finishing order.
     *
     * @return a snapshot of the results
     */
    public List<DeliveryResult> results() {
        synchronized (results) {
            return List.copyOf(results);
        }
    }

    private Optional<CompletableFuture<DeliveryResult>> start(Notification notification) {
        String key = notification.idempotencyKey();
        if (!inFlight.add(key)) {
            return Optional.empty();
        }
        CompletableFuture<DeliveryResult> future = notifications.deliverAsync(notification)
                .thenApply(result -> settle(notification, result))
                .whenComplete((result, error) -> inFlight.remove(key));
        synchronized (running) {
            running.add(future);
        }
        return Optional.of(future);
    }

    private DeliveryResult settle(Notification notification, DeliveryResult result) {
        try {
            if (result.isOk()) {
                store.delivered(notification.idempotencyKey());
            } else if (result.outcome() == DeliveryResult.Outcome.PERMANENT_FAILURE) {
                store.failed(notification.idempotencyKey());
            }
        } catch (RuntimeException e) {
            // The entry stays pending and is sent again: at least once, never lost.
            LOG.warn("Cannot settle {} for {} in the outbox: {}", notification.type().wireName(),
                    notification.channel(), e.getClass().getSimpleName());
        }
        synchronized (results) {
            results.add(result);
        }
        return result;
    }

    private static CompletableFuture<List<DeliveryResult>> allOf(List<CompletableFuture<DeliveryResult>> futures) {
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                .thenApply(done -> futures.stream().map(CompletableFuture::join).toList());
    }

    @Override
    public String toString() {
        return "Outbox[" + store + "]";
    }
}
