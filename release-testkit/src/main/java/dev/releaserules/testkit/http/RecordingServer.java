package dev.releaserules.testkit.http;

import dev.releaserules.testkit.internal.Args;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.releaserules.core.ReleaseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on {@code 127.0.0.1} with an ephemeral port that records every request and
 * answers with scripted responses, for testing webhook and API clients without mocks.
 *
 * <p>Responses queued with {@link #enqueue(ScriptedResponse...)} are used once each, in order; when
 * the queue is empty the {@linkplain #respondByDefault(ScriptedResponse) default response} (200
 * with body {@code ok}) is used. Requests are recorded before the answer is sent, so a test may
 * read them as soon as the client has its answer (or its timeout).
 *
 * <p>Thread-safe. Close it to stop the server; closing twice is harmless.
 */
public final class RecordingServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final Deque<ScriptedResponse> script = new ArrayDeque<>();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private ScriptedResponse fallback = ScriptedResponse.ok("ok");

    private RecordingServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts a server on {@code 127.0.0.1} with a port the system chooses.
     *
     * @return the running server
     * @throws ReleaseException when no socket can be bound
     */
    public static RecordingServer start() {
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new ReleaseException("Cannot bind a loopback port for the recording server", e);
        }
        ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "recording-server");
            thread.setDaemon(true);
            return thread;
        });
        RecordingServer recording = new RecordingServer(http, executor);
        http.createContext("/", recording::handle);
        http.setExecutor(executor);
        http.start();
        return recording;
    }

    /**
     * The port the server listens on.
     *
     * @return the port
     */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * The server's base address, such as {@code http://127.0.0.1:41234}.
     *
     * @return the base URI, without a trailing slash
     */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /**
     * An address on this server.
     *
     * @param path an absolute path, such as {@code /hooks/slack}
     * @return the URI
     */
    public URI uri(String path) {
        Args.notNull(path, "path");
        if (!path.startsWith("/")) {
            throw new dev.releaserules.core.InvalidInputException("path", path, "an absolute path starting with /");
        }
        return URI.create(baseUri() + path);
    }

    /**
     * Queues answers for the next requests, in order.
     *
     * @param responses the answers
     * @return this server
     */
    public RecordingServer enqueue(ScriptedResponse... responses) {
        synchronized (this) {
            for (ScriptedResponse response : responses) {
                script.addLast(Args.notNull(response, "response"));
            }
        }
        return this;
    }

    /**
     * Sets the answer used when no queued answer is left.
     *
     * @param response the answer
     * @return this server
     */
    public RecordingServer respondByDefault(ScriptedResponse response) {
        synchronized (this) {
            fallback = Args.notNull(response, "response");
        }
        return this;
    }

    /**
     * The requests received so far, in arrival order.
     *
     * @return an immutable snapshot
     */
    public List<RecordedRequest> requests() {
        synchronized (this) {
            return List.copyOf(requests);
        }
    }

    /**
     * Waits until at least {@code count} requests have arrived.
     *
     * @param count how many requests to wait for
     * @param timeout how long to wait at most
     * @return the requests received so far (at least {@code count})
     * @throws ReleaseException when fewer requests arrived within the timeout
     */
    public List<RecordedRequest> awaitRequests(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (requests.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new ReleaseException("Expected " + count + " requests within " + timeout + ", got "
                            + requests.size());
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ReleaseException("Interrupted while waiting for requests", e);
                }
            }
            return List.copyOf(requests);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        ScriptedResponse response;
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
            RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(),
                    exchange.getRequestURI().toString(), headers, body);
            synchronized (this) {
                requests.add(request);
                response = script.isEmpty() ? fallback : script.removeFirst();
                notifyAll();
            }
        }
        try {
            pause(response.delay());
            if (response.closeWithoutAnswer()) {
                exchange.close();
                return;
            }
            byte[] out = response.body().getBytes(StandardCharsets.UTF_8);
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(response.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream body = exchange.getResponseBody()) {
                    if (response.bodyStall().isZero()) {
                        body.write(out);
                    } else {
                        body.write(out, 0, out.length / 2);
                        body.flush();
                        pause(response.bodyStall());
                        body.write(out, out.length / 2, out.length - out.length / 2);
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // The client gave up first (a timeout test); nothing is left to answer.
        } finally {
            exchange.close();
        }
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the server at once, abandoning answers still being delayed. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "RecordingServer[" + baseUri() + "]";
    }
}
