package dev.releaserules.notify;

import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.DeliveryResult;
import dev.releaserules.core.spi.Notification;
import dev.releaserules.core.spi.Notifier;
import dev.releaserules.notify.internal.ChannelNames;
import dev.releaserules.notify.internal.Messages;
import dev.releaserules.notify.internal.RoutingFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * Routes release events to channels and delivers them: the routing (R-NT) plus one
 * {@link Notifier} per channel.
 *
 * <p>Fan-out: an event goes to every route of its type; each channel gets its own delivery and its
 * own {@link DeliveryResult}, and one failing channel never stops the others. Nothing here throws
 * for a delivery problem, including a notifier that throws.
 *
 * <pre>{@code
 * try (Notifications notifications = Notifications.builder()
 *         .channel("#releases", Channels.slack(Secret.of(url), HttpTransport.defaults()))
 *         .route(Route.withDefaultMessage(EventType.PRODUCTION_SUCCEEDED, "#releases"))
 *         .build()) {
 *     List<DeliveryResult> results = notifications.publish(event);
 * }
 * }</pre>
 *
 * <p>Thread-safe. Deliveries run on the executor given to the builder, or on a pool of daemon
 * threads owned by this object and stopped by {@link #close()}.
 */
public final class Notifications implements AutoCloseable {
    private final List<Route> routes;
    private final Map<String, Notifier> channels;
    private final Executor executor;
    private final @Nullable ExecutorService ownedExecutor;

    private Notifications(List<Route> routes, Map<String, Notifier> channels, @Nullable Executor executor) {
        this.routes = List.copyOf(routes);
        this.channels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(channels));
        if (executor != null) {
            this.executor = executor;
            this.ownedExecutor = null;
        } else {
            this.ownedExecutor = Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "release-notify");
                thread.setDaemon(true);
                return thread;
            });
            this.executor = ownedExecutor;
        }
    }

    /**
     * A builder with no channels and no routes.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads routing and channels from a YAML file with a {@code channels:} map and a
     * {@code notifications:} list (see the package documentation). Secrets are {@code ${env:NAME}}
     * references resolved through {@code environment}.
     *
     * @param file the YAML file
     * @param environment where {@code ${env:NAME}} references are looked up
     * @param transport the HTTP transport of the HTTP channels
     * @return the notifications, ready to deliver
     * @throws NotificationConfigException listing every problem, each naming the file, the entry and,
     *     for templates, the placeholder: an unknown event, placeholder, channel type or key, a route
     *     to a channel without configuration, an unset variable
     */
    public static Notifications load(Path file, Environment environment, HttpTransport transport) {
        return load(file, environment, transport, builder());
    }

    /**
     * Loads routing and channels from a YAML file into a builder that may already hold channels
     * (custom {@link Notifier}s the file's routes may name) and an executor.
     *
     * @param file the YAML file
     * @param environment where {@code ${env:NAME}} references are looked up
     * @param transport the HTTP transport of the HTTP channels
     * @param builder a builder with extra channels, or {@link #builder()}
     * @return the notifications
     * @throws NotificationConfigException listing every problem found
     */
    public static Notifications load(Path file, Environment environment, HttpTransport transport, Builder builder) {
        Checks.notNull(file, "file");
        Checks.notNull(environment, "environment");
        Checks.notNull(transport, "transport");
        Checks.notNull(builder, "builder");
        RoutingFile.Loaded loaded = RoutingFile.read(file, environment, transport, builder.channels.keySet());
        List<ConfigProblem> problems = new ArrayList<>(loaded.problems());
        loaded.channels().forEach(builder::channel);
        builder.source = file.toString();
        if (!problems.isEmpty()) {
            throw new NotificationConfigException(problems);
        }
        builder.routes(loaded.routes());
        return builder.build();
    }

    /**
     * The routes, in configuration order.
     *
     * @return the routes
     */
    public List<Route> routes() {
        return routes;
    }

    /**
     * The configured channel names; names may hold placeholders, such as {@code #team-{team}}.
     *
     * @return the channel names, in configuration order
     */
    public Set<String> channelNames() {
        return channels.keySet();
    }

    /**
     * Renders an event for every route of its type.
     *
     * @param event the event
     * @return one notification per matching route, in route order; empty when no route matches
     */
    public List<Notification> render(ReleaseEvent event) {
        Checks.notNull(event, "event");
        Map<String, String> attributes = event.attributes();
        List<Notification> out = new ArrayList<>();
        for (Route route : routes) {
            if (route.event() == event.type()) {
                String channel = route.channel().render(attributes);
                if (channel.isBlank()) {
                    channel = route.channel().source();
                }
                out.add(Notification.of(event, channel, route.message().render(attributes),
                        route.priority().orElse(event.priority()))
                        .withSummary(route.summary().map(s -> s.render(attributes)).orElse("")));
            }
        }
        return out;
    }

    /**
     * Finds the notifier of a channel: the channel configured under exactly this name, else the
     * first configured name with placeholders that matches it ({@code #team-{team}} matches
     * {@code #team-api}).
     *
     * @param channel a rendered channel name
     * @return the notifier, or empty when no channel matches
     */
    public Optional<Notifier> findNotifier(String channel) {
        Checks.notNull(channel, "channel");
        Notifier exact = channels.get(channel);
        if (exact != null) {
            return Optional.of(exact);
        }
        return channels.entrySet().stream()
                .filter(entry -> ChannelNames.isPattern(entry.getKey()) && ChannelNames.matches(entry.getKey(), channel))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /**
     * Delivers one notification on the executor. The future never completes exceptionally: a
     * missing channel or a notifier that throws gives a failed result.
     *
     * @param notification the notification
     * @return the future result
     */
    public CompletableFuture<DeliveryResult> deliverAsync(Notification notification) {
        Checks.notNull(notification, "notification");
        return CompletableFuture.supplyAsync(() -> deliver(notification), executor);
    }

    /**
     * Delivers one notification, blocking.
     *
     * @param notification the notification
     * @return the result; never throws for a delivery problem
     */
    public DeliveryResult deliver(Notification notification) {
        Checks.notNull(notification, "notification");
        Optional<Notifier> notifier = findNotifier(notification.channel());
        if (notifier.isEmpty()) {
            return DeliveryResult.failed(notification, "none", DeliveryResult.Outcome.PERMANENT_FAILURE, 0, 0,
                    Messages.noChannel(notification.channel()));
        }
        try {
            return notifier.get().deliver(notification);
        } catch (RuntimeException e) {
            // A user's notifier broke its contract; its message might hold a secret, so only the type is kept.
            return DeliveryResult.failed(notification, safeKind(notifier.get()),
                    DeliveryResult.Outcome.RETRYABLE_FAILURE, 1, 0, Messages.notifierThrew(e.getClass().getName()));
        }
    }

    private static String safeKind(Notifier notifier) {
        try {
            String kind = notifier.kind();
            return kind == null || kind.isBlank() ? "unknown" : kind;
        } catch (RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * Renders an event and delivers it to every matching channel in parallel.
     *
     * @param event the event
     * @return the future results, one per matching route, in route order
     */
    public CompletableFuture<List<DeliveryResult>> publishAsync(ReleaseEvent event) {
        return deliverAllAsync(render(event));
    }

    /**
     * Renders an event and delivers it to every matching channel, blocking until all are done.
     *
     * @param event the event
     * @return the results, one per matching route, in route order
     */
    public List<DeliveryResult> publish(ReleaseEvent event) {
        return publishAsync(event).join();
    }

    /**
     * Delivers notifications in parallel.
     *
     * @param notifications the notifications
     * @return the future results, in the same order
     */
    public CompletableFuture<List<DeliveryResult>> deliverAllAsync(Collection<Notification> notifications) {
        List<CompletableFuture<DeliveryResult>> futures = new ArrayList<>();
        for (Notification notification : Checks.listCopy(notifications, "notifications")) {
            futures.add(deliverAsync(notification));
        }
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                .thenApply(done -> futures.stream().map(CompletableFuture::join).toList());
    }

    /** Stops the owned delivery threads, if any; deliveries under way finish first. */
    @Override
    public void close() {
        if (ownedExecutor != null) {
            ownedExecutor.shutdown();
        }
    }

    @Override
    public String toString() {
        return "Notifications[" + routes.size() + " routes, channels " + channels.keySet() + "]";
    }

    /** Builds {@link Notifications}; checks every route against the channels in {@link #build()}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Notifier> channels = new LinkedHashMap<>();
        private final List<Route> routes = new ArrayList<>();
        private @Nullable Executor executor;
        private String source = "<builder>";

        private Builder() {
        }

        /**
         * Adds (or replaces) a channel. The name may hold placeholders ({@code #team-{team}}) to
         * serve every channel name a route renders that matches it.
         *
         * @param name the channel name routes use
         * @param notifier the channel's notifier
         * @return this builder
         */
        public Builder channel(String name, Notifier notifier) {
            channels.put(Checks.notBlank(name, "channel name"), Checks.notNull(notifier, "notifier"));
            return this;
        }

        /**
         * Adds a route.
         *
         * @param route the route
         * @return this builder
         */
        public Builder route(Route route) {
            routes.add(Checks.notNull(route, "route"));
            return this;
        }

        /**
         * Adds routes.
         *
         * @param more the routes
         * @return this builder
         */
        public Builder routes(Collection<Route> more) {
            routes.addAll(Checks.listCopy(more, "routes"));
            return this;
        }

        /**
         * Runs deliveries on this executor instead of an owned pool.
         *
         * @param value the executor
         * @return this builder
         */
        public Builder executor(Executor value) {
            executor = Checks.notNull(value, "executor");
            return this;
        }

        /**
         * Builds the notifications.
         *
         * @return the notifications
         * @throws NotificationConfigException when a route names a channel that is not configured
         */
        public Notifications build() {
            List<ConfigProblem> problems = new ArrayList<>();
            for (int i = 0; i < routes.size(); i++) {
                Route route = routes.get(i);
                if (!ChannelNames.isConfigured(route.channel().source(), channels.keySet())) {
                    problems.add(new ConfigProblem(source, "routes[" + i + "] (event " + route.event().wireName() + ")",
                            Messages.channelNotConfigured(route.channel().source(), channels.keySet())));
                }
            }
            if (!problems.isEmpty()) {
                throw new NotificationConfigException(problems);
            }
            return new Notifications(routes, channels, executor);
        }
    }
}
