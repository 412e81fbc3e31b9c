package dev.releaserules.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A loopback GitHub: every request is checked against GitHub's OpenAPI description (or, for
 * {@code /graphql}, its GraphQL schema) and the headers GitHub asks for; a request the description
 * does not have, or that breaks it, fails the test (it is answered 400 and recorded as a
 * violation). Valid requests are answered with the description's own example answer, optionally
 * adjusted per operation, or with a scripted reply (faults, pages).
 */
final class ContractServer implements AutoCloseable {
    static final String TOKEN = "ghs_contractTestToken0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger CHECKED = new AtomicInteger();
    private static final Set<String> OPERATIONS = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger GRAPHQL = new AtomicInteger();
    /** Webhook example payloads read by the event tests, for the totals. */
    static final AtomicInteger PAYLOADS = new AtomicInteger();

    /** A scripted answer. */
    interface Reply {
        void send(HttpExchange exchange, Received request) throws IOException;
    }

    /** A request as received and checked. */
    record Received(String operation, String method, String path, Map<String, List<String>> query, JsonNode body,
            Map<String, String> headers) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "contract-server");
        t.setDaemon(true);
        return t;
    });
    private final OpenApiContract openapi = new OpenApiContract(Specs.openapi());
    private final String prefix;
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Deque<Reply>> scripts = new HashMap<>();
    private final Map<String, UnaryOperator<JsonNode>> tweaks = new ConcurrentHashMap<>();
    private GraphQlContract graphql;

    ContractServer() {
        this("");
    }

    /** A server whose API lives below a prefix, as GitHub Enterprise Server's {@code /api/v3}. */
    ContractServer(String prefix) {
        this.prefix = prefix;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + prefix);
    }

    GitHubHosting hosting(UnaryOperator<GitHubConfig.Builder> tune) {
        return GitHubHosting.create(tune.apply(GitHubConfig.builder().repository("octocat/Hello-World")
                .token(TOKEN).apiBase(base())).build());
    }

    GitHubHosting hosting() {
        return hosting(b -> b);
    }

    /** Adjusts the example answer of an operation (the adjusted answer is checked against the answer schema). */
    ContractServer answer(String operationId, UnaryOperator<JsonNode> tweak) {
        tweaks.put(operationId, tweak);
        return this;
    }

    /** Queues scripted replies for an operation, used before its example answer. */
    synchronized ContractServer script(String operationId, Reply... replies) {
        Deque<Reply> queue = scripts.computeIfAbsent(operationId, k -> new ArrayDeque<>());
        Collections.addAll(queue, replies);
        return this;
    }

    List<String> violations() {
        return List.copyOf(violations);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<String> operations() {
        return received.stream().map(Received::operation).toList();
    }

    static int checkedRequests() {
        return CHECKED.get();
    }

    static int graphqlRequests() {
        return GRAPHQL.get();
    }

    static Set<String> coveredOperations() {
        return new TreeSet<>(OPERATIONS);
    }

    /** Writes the totals so far, for the closing note of the build. */
    static void report() {
        try {
            Path out = Path.of("target", "github-contract.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, "requests checked against the OpenAPI description: " + CHECKED.get()
                    + "\nGraphQL requests checked against the schema: " + GRAPHQL.get()
                    + "\nwebhook example payloads read: " + PAYLOADS.get()
                    + "\noperations: " + String.join(", ", coveredOperations()) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String rawPath = uri.getRawPath();
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT),
                    v.isEmpty() ? "" : v.get(0)));
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            JsonNode body = bytes.length == 0 ? null : JSON.readTree(bytes);
            Map<String, List<String>> query = query(uri.getRawQuery());
            List<String> problems = new ArrayList<>();
            if (!"2022-11-28".equals(headers.get("x-github-api-version"))) {
                problems.add("X-GitHub-Api-Version 2022-11-28 missing");
            }
            if (headers.getOrDefault("user-agent", "").isBlank()) {
                problems.add("User-Agent missing");
            }
            if (!("Bearer " + TOKEN).equals(headers.get("authorization"))) {
                problems.add("Authorization: Bearer <token> missing");
            }
            if (!"application/vnd.github+json".equals(headers.get("accept"))) {
                problems.add("Accept: application/vnd.github+json missing");
            }
            if (!rawPath.startsWith(prefix)) {
                problems.add("path outside the API base: " + rawPath);
            }
            String path = rawPath.substring(Math.min(prefix.length(), rawPath.length()));
            String method = exchange.getRequestMethod();
            String operationId;
            OpenApiContract.Operation op = null;
            if (path.equals("/graphql") || (prefix.endsWith("/v3") && rawPath.equals(
                    prefix.substring(0, prefix.length() - 3) + "graphql"))) {
                operationId = "graphql";
                if (graphql == null) {
                    graphql = new GraphQlContract(Specs.graphql());
                }
                if (!method.equals("POST") || body == null || !body.path("query").isTextual()) {
                    problems.add("GraphQL needs a POST with a query");
                } else {
                    problems.addAll(graphql.check(body.path("query").asText(), body.path("variables")));
                }
                GRAPHQL.incrementAndGet();
            } else {
                if (rawPath.startsWith(prefix + "/graphql") || !rawPath.startsWith(prefix)) {
                    problems.add("unexpected request " + method + " " + rawPath);
                }
                var match = openapi.match(method, path);
                if (match.isEmpty()) {
                    violations.add("not in GitHub's API description: " + method + " " + rawPath);
                    send(exchange, 400, Map.of(), "{\"message\":\"contract: no such operation\"}");
                    return;
                }
                op = match.get();
                operationId = op.id();
                problems.addAll(openapi.check(op, query, body));
                CHECKED.incrementAndGet();
            }
            OPERATIONS.add(operationId);
            Received request = new Received(operationId, method, path, query, body, headers);
            received.add(request);
            if (!problems.isEmpty()) {
                violations.add(operationId + " " + method + " " + rawPath + ": " + String.join("; ", problems));
                send(exchange, 400, Map.of(), JSON.createObjectNode().put("message", "contract: "
                        + String.join("; ", problems)).toString());
                return;
            }
            Reply reply;
            synchronized (this) {
                Deque<Reply> queue = scripts.get(operationId);
                reply = queue == null ? null : queue.poll();
            }
            if (reply != null) {
                reply.send(exchange, request);
                return;
            }
            if (op == null) {
                send(exchange, 200, Map.of(), "{\"data\":{}}");
                return;
            }
            OpenApiContract.Example example = openapi.example(op);
            JsonNode answer = example.body() == null ? null : example.body().deepCopy();
            UnaryOperator<JsonNode> tweak = tweaks.get(operationId);
            if (tweak != null && answer != null) {
                // Only what the adjustment broke counts: a few of GitHub's own examples miss a field.
                List<String> before = new ArrayList<>();
                openapi.checkValue(openapi.answerSchema(op, example.status()), answer, "answer", before, false);
                answer = tweak.apply(answer);
                List<String> answerProblems = new ArrayList<>();
                openapi.checkValue(openapi.answerSchema(op, example.status()), answer, "answer", answerProblems, false);
                answerProblems.removeAll(before);
                if (!answerProblems.isEmpty()) {
                    violations.add("adjusted answer of " + operationId + " breaks the spec: " + answerProblems);
                }
            }
            send(exchange, example.status(), Map.of(), answer == null ? "" : answer.toString());
        } catch (RuntimeException e) {
            violations.add("server failure: " + e);
            throw e;
        }
    }

    static void send(HttpExchange exchange, int status, Map<String, String> headers, String body) throws IOException {
        headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (!body.isEmpty()) {
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    static Reply status(int status, Map<String, String> headers, String body) {
        return (exchange, request) -> send(exchange, status, headers, body);
    }

    /** Headers and the first bytes of a body, then nothing for a long time. */
    static Reply stall(long millis) {
        return (exchange, request) -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 1000);
            OutputStream out = exchange.getResponseBody();
            out.write("{\"number\": ".getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
