package dev.releaserules.chat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.releaserules.chat.internal.Exchanges;
import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.internal.Checks;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import org.jspecify.annotations.Nullable;

/**
 * The bot's endpoints on one JDK {@link HttpServer}: {@code POST /slack} (slash commands and
 * interactivity), {@code POST /telegram} (the webhook) and {@code GET /health}, each only when
 * configured (health always). Unknown paths answer 404.
 *
 * <p>To mount the handlers on a server of your own instead, register {@link SlackCommands},
 * {@link TelegramWebhook} and {@link #health()} with {@link HttpServer#createContext}.
 *
 * <pre>{@code
 * try (ChatServer server = ChatServer.builder().address(new InetSocketAddress(8080)).slack(slack).start()) {
 *     server.awaitStop();
 * }
 * }</pre>
 *
 * <p>Thread-safe. {@link #close()} stops the server and the handlers' workers.
 */
public final class ChatServer implements AutoCloseable {
    /** The Slack path. */
    public static final String SLACK_PATH = "/slack";
    /** The Telegram path. */
    public static final String TELEGRAM_PATH = "/telegram";
    /** The health path. */
    public static final String HEALTH_PATH = "/health";

    private final HttpServer server;
    private final ExecutorService threads;
    private final List<AutoCloseable> handlers;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private ChatServer(HttpServer server, ExecutorService threads, List<AutoCloseable> handlers) {
        this.server = server;
        this.threads = threads;
        this.handlers = handlers;
    }

    /**
     * A builder; by default the server listens on {@code 127.0.0.1:8080}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The health endpoint's handler: {@code GET} (or {@code HEAD}) answers 200
     * {@code {"status":"ok"}}, other methods 405.
     *
     * @return the handler
     */
    public static HttpHandler health() {
        return ChatServer::health;
    }

    private static void health(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        if (!exchange.getRequestURI().getPath().equals(HEALTH_PATH)) {
            Exchanges.sendJson(exchange, 404, "{\"status\":\"not found\"}");
        } else if (method.equals("GET") || method.equals("HEAD")) {
            Exchanges.sendJson(exchange, 200, "{\"status\":\"ok\"}");
        } else {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            Exchanges.sendJson(exchange, 405, "{\"status\":\"method not allowed\"}");
        }
    }

    private static HttpHandler exact(String path, HttpHandler handler) {
        return exchange -> {
            if (exchange.getRequestURI().getPath().equals(path)) {
                handler.handle(exchange);
            } else {
                Exchanges.sendJson(exchange, 404, "{\"ok\":false,\"description\":\"Not found\"}");
            }
        };
    }

    /**
     * The address the server listens on (the real port when 0 was asked for).
     *
     * @return the address
     */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /**
     * The URI of a path on this server, with the loopback or bound host.
     *
     * @param path such as {@code /health}
     * @return the URI
     */
    public URI uri(String path) {
        InetSocketAddress a = address();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + a.getPort() + path);
    }

    /**
     * Blocks until {@link #close()} is called (from another thread or a shutdown hook).
     *
     * @throws InterruptedException when interrupted while waiting
     */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /**
     * Stops the server at once (a request still being answered may be cut off; its command, if it
     * started, still completes) and stops the handlers' workers after the commands already queued.
     */
    @Override
    public void close() {
        // stop(0): on JDK 17 any positive delay is always waited out in full, even when idle.
        server.stop(0);
        threads.shutdown();
        for (AutoCloseable h : handlers) {
            try {
                h.close();
            } catch (Exception e) {
                // The handlers' close only shuts down executors; nothing to report.
            }
        }
        stopped.countDown();
    }

    @Override
    public String toString() {
        return "ChatServer[" + uri("") + "]";
    }

    /** Builds and starts a {@link ChatServer}. */
    public static final class Builder {
        private InetSocketAddress address = new InetSocketAddress("127.0.0.1", 8080);
        private @Nullable SlackCommands slack;
        private @Nullable TelegramWebhook telegram;
        private int threads = 8;

        private Builder() {
        }

        /**
         * Sets the address to listen on; port 0 picks a free one.
         *
         * @param value the address
         * @return this builder
         */
        public Builder address(InetSocketAddress value) {
            this.address = Checks.notNull(value, "address");
            return this;
        }

        /**
         * Serves Slack on {@code /slack}.
         *
         * @param value the handler; closed with the server
         * @return this builder
         */
        public Builder slack(SlackCommands value) {
            this.slack = Checks.notNull(value, "Slack handler");
            return this;
        }

        /**
         * Serves Telegram on {@code /telegram}.
         *
         * @param value the handler; closed with the server
         * @return this builder
         */
        public Builder telegram(TelegramWebhook value) {
            this.telegram = Checks.notNull(value, "Telegram handler");
            return this;
        }

        /**
         * Sets how many requests are served at once; 8 by default.
         *
         * @param value 1 to 64
         * @return this builder
         */
        public Builder threads(int value) {
            this.threads = Workers.checkCount(value);
            return this;
        }

        /**
         * Binds and starts the server.
         *
         * @return the running server
         * @throws ReleaseException when the address cannot be bound
         */
        public ChatServer start() {
            HttpServer server;
            try {
                server = HttpServer.create(address, 64);
            } catch (IOException e) {
                throw new ReleaseException("Cannot listen on " + address + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("address", address.toString(), "a bindable address");
            }
            List<AutoCloseable> handlers = new ArrayList<>();
            if (slack != null) {
                server.createContext(SLACK_PATH, exact(SLACK_PATH, slack));
                handlers.add(slack);
            }
            if (telegram != null) {
                server.createContext(TELEGRAM_PATH, exact(TELEGRAM_PATH, telegram));
                handlers.add(telegram);
            }
            server.createContext("/", ChatServer::health);
            ExecutorService pool = Workers.pool("release-chat-http", threads);
            server.setExecutor(pool);
            server.start();
            return new ChatServer(server, pool, handlers);
        }
    }
}
