/**
 * A recording HTTP server on loopback for testing webhook and API clients against a real socket.
 *
 * <pre>{@code
 * try (RecordingServer server = RecordingServer.start()) {
 *     server.enqueue(ScriptedResponse.status(500), ScriptedResponse.ok("{\"ok\":true}"));
 *     URI hook = server.uri("/hook");
 *     // ... send to hook ...
 *     assertThat(server.requests()).hasSize(2);
 * }
 * }</pre>
 */
@NullMarked
package dev.releaserules.testkit.http;

import org.jspecify.annotations.NullMarked;
