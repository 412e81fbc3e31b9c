package dev.releaserules.core.spi;

import java.util.concurrent.CompletableFuture;

/**
 * Delivers rendered notifications over one channel: a Slack webhook, a Telegram chat, a generic
 * webhook, a log. Implement it to add a channel (Teams, Discord, Mattermost, email...).
 *
 * <p>Contract: {@link #deliver(Notification)} never throws for a delivery problem; it returns a
 * failed {@link DeliveryResult} whose reason names the problem without any secret (webhook URLs and
 * tokens are never part of results, messages or logs). An implementation does its own retries and
 * time limits; a result is final for that attempt at delivery. Implementations are thread-safe.
 */
public interface Notifier {

    /**
     * The kind of channel, for results and logs, such as {@code slack} or {@code telegram}.
     *
     * @return a short lower-case name; never a secret
     */
    String kind();

    /**
     * Delivers one notification, blocking until it is delivered or given up.
     *
     * @param notification what to send; its text is plain (unescaped) text
     * @return the outcome; never null
     */
    DeliveryResult deliver(Notification notification);

    /**
     * Delivers one notification without blocking the caller. The default runs
     * {@link #deliver(Notification)} on the common pool; channels with their own asynchronous
     * transport may override it.
     *
     * @param notification what to send
     * @return a future that completes with the outcome and never completes exceptionally for a
     *     delivery problem
     */
    default CompletableFuture<DeliveryResult> deliverAsync(Notification notification) {
        return CompletableFuture.supplyAsync(() -> deliver(notification));
    }
}
