package dev.releaserules.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChatServerTest {

    @Test
    @DisplayName("Health: GET /health is 200 ok, POST 405, other paths 404, and no endpoint that was not configured")
    void health_endpoint() throws Exception {
        try (ChatServer server = ChatServer.builder().address(new InetSocketAddress("127.0.0.1", 0)).start()) {
            HttpResponse<String> health = SlackRequests.CLIENT.send(HttpRequest.newBuilder(server.uri("/health"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> post = SlackRequests.post(server.uri("/health"), "application/json", "{}");
            HttpResponse<String> slack = SlackRequests.post(server.uri("/slack"), "application/json", "{}");
            HttpResponse<String> other = SlackRequests.CLIENT.send(HttpRequest.newBuilder(server.uri("/healthz"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
            assertThat(post.statusCode()).isEqualTo(405);
            assertThat(slack.statusCode()).isEqualTo(404);
            assertThat(other.statusCode()).isEqualTo(404);
        }
    }
}
