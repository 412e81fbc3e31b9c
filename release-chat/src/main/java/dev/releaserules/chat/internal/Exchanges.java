package dev.releaserules.chat.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Sending a response on an exchange, once. */
public final class Exchanges {
    private Exchanges() {
    }

    /**
     * Sends a JSON response and closes the exchange.
     *
     * @param exchange the exchange
     * @param status the status
     * @param json the body
     */
    public static void sendJson(HttpExchange exchange, int status, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        try {
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            // The caller went away; there is nobody left to answer.
        } finally {
            exchange.close();
        }
    }
}
