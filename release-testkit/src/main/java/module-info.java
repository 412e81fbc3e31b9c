/**
 * Test support for code that uses Release Rules: real parts that run inside a test, such as a
 * recording HTTP server on loopback ({@code dev.releaserules.testkit.http}).
 */
module dev.releaserules.testkit {
    requires transitive dev.releaserules.core;
    requires jdk.httpserver;

    exports dev.releaserules.testkit.http;
}
