/**
 * Notifications of release events: channels, routing, templates, delivery and the outbox.
 *
 * <p>Routing is data (R-NT): each route sends one {@link dev.releaserules.core.event.EventType} to
 * one channel with a message template. Load it from YAML, where secrets are {@code ${env:NAME}}
 * references:
 *
 * <pre>{@code
 * channels:
 *   '#releases':
 *     type: slack
 *     webhook: ${env:SLACK_WEBHOOK_URL}
 * notifications:
 *   - event: rollback_initiated
 *     channel: '#releases'
 *     priority: urgent
 *     message: 'ROLLBACK initiated for {release_id} by {by}'
 * }</pre>
 *
 * <pre>{@code
 * try (Notifications notifications = Notifications.load(Path.of("notifications.yaml"),
 *         Environment.system(), HttpTransport.defaults());
 *      Outbox outbox = Outbox.inDirectory(Path.of(".release/outbox"), notifications)) {
 *     flow.listener(outbox);                     // events are recorded, then delivered
 *     outbox.settled().join().forEach(System.out::println);   // delivery results, apart from the release's
 * }
 * }</pre>
 *
 * <p>Secrets ({@link dev.releaserules.notify.Secret}) never appear in logs, messages, results or
 * {@code toString()}.
 */
@NullMarked
package dev.releaserules.notify;

import org.jspecify.annotations.NullMarked;
