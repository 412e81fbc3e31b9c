/**
 * Runs the {@code /release} chat commands (R-CO) from real chat platforms: Slack slash commands and
 * interactivity, and Telegram bot webhooks. Each request is verified as its platform specifies, its
 * user is mapped to a manifest {@code @handle}, and manifest changes are serialised across threads
 * and processes so that no command is lost. The handlers run on the JDK's own HTTP server
 * ({@code com.sun.net.httpserver}); replies go out through {@code java.net.http}.
 */
module dev.releaserules.chat {
    requires transitive dev.releaserules.core;
    requires transitive dev.releaserules.notify;
    requires transitive jdk.httpserver;
    requires java.net.http;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.slf4j;
    requires static org.jspecify;

    exports dev.releaserules.chat;
}
