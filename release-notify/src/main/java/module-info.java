/**
 * Delivers release events to people: Slack incoming webhooks, the Telegram Bot API, generic
 * webhooks (n8n and similar), Discord webhooks and a log channel, with routing and templates as
 * data, retries with backoff, and an outbox that survives restarts. HTTP goes through the JDK's
 * {@code java.net.http} client only.
 */
module dev.releaserules.notify {
    requires transitive dev.releaserules.core;
    requires transitive java.net.http;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.slf4j;
    requires static org.jspecify;

    exports dev.releaserules.notify;
    // The chat transports escape and cut Slack and Telegram texts the same way the notifiers do.
    exports dev.releaserules.notify.internal to dev.releaserules.chat;
}
