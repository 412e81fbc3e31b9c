/**
 * The GitHub adapter of Release Rules: the hosting port on GitHub's REST API (pull requests,
 * labels, {@code workflow_dispatch}, issues and comments), GitHub events in (the Actions event file
 * and signed webhooks) and auto-merge on the host (R-M1). HTTP goes through the JDK's
 * {@code java.net.http} client only; JSON through Jackson.
 */
module dev.releaserules.github {
    requires transitive dev.releaserules.core;
    requires java.net.http;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires static org.jspecify;

    exports dev.releaserules.github;
}
