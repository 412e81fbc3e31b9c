package dev.releaserules.notify.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.releaserules.core.event.EventType;
import dev.releaserules.core.event.Priority;
import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.internal.BoundedFiles;
import dev.releaserules.core.internal.Texts;
import dev.releaserules.core.spi.Notifier;
import dev.releaserules.notify.Channels;
import dev.releaserules.notify.ConfigProblem;
import dev.releaserules.notify.Environment;
import dev.releaserules.notify.HttpTransport;
import dev.releaserules.notify.Route;
import dev.releaserules.notify.Secret;
import dev.releaserules.notify.Template;
import dev.releaserules.notify.WebhookOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the notification YAML: {@code channels} (name → type and settings) and
 * {@code notifications} (the process's list of event, channel, message, priority). Collects every
 * problem with its file and entry instead of stopping at the first, and never quotes a value that
 * may be secret.
 */
public final class RoutingFile {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");
    private static final List<String> TOP_KEYS = List.of("channels", "notifications");
    private static final List<String> ROUTE_KEYS = List.of("event", "channel", "message", "priority", "summary");
    private static final Map<String, List<String>> TYPE_KEYS = new LinkedHashMap<>();
    /** The largest routing file read, in bytes. */
    static final int MAX_BYTES = 1024 * 1024;

    static {
        TYPE_KEYS.put("slack", List.of("type", "webhook"));
        TYPE_KEYS.put("telegram", List.of("type", "token", "chat_id", "api_url"));
        TYPE_KEYS.put("webhook", List.of("type", "url", "secret", "headers"));
        TYPE_KEYS.put("discord", List.of("type", "webhook"));
        TYPE_KEYS.put("console", List.of("type"));
    }

    private static final Map<String, List<String>> REQUIRED = Map.of(
            "slack", List.of("webhook"),
            "telegram", List.of("token", "chat_id"),
            "webhook", List.of("url"),
            "discord", List.of("webhook"),
            "console", List.of());

    private final String source;
    private final Environment environment;
    private final HttpTransport transport;
    private final List<ConfigProblem> problems = new ArrayList<>();
    private final Map<String, Notifier> channels = new LinkedHashMap<>();
    private final Set<String> channelNames = new LinkedHashSet<>();
    private final List<Route> routes = new ArrayList<>();
    private final List<Secret> resolvedSecrets = new ArrayList<>();

    /**
     * What a file gave.
     *
     * @param problems every problem found; when not empty, the other parts are incomplete
     * @param channels the notifiers built, by channel name
     * @param routes the routes
     */
    public record Loaded(List<ConfigProblem> problems, Map<String, Notifier> channels, List<Route> routes) {
    }

    private RoutingFile(String source, Environment environment, HttpTransport transport) {
        this.source = source;
        this.environment = environment;
        this.transport = transport;
    }

    /**
     * Reads a file.
     *
     * @param file the YAML file
     * @param environment where references are looked up
     * @param transport the HTTP transport for the channels
     * @param knownChannels channels configured in code, which routes may also name
     * @return the channels, routes and problems
     */
    public static Loaded read(Path file, Environment environment, HttpTransport transport,
            Collection<String> knownChannels) {
        RoutingFile reader = new RoutingFile(file.toString(), environment, transport);
        reader.channelNames.addAll(knownChannels);
        reader.readFile(file);
        return new Loaded(List.copyOf(reader.problems), reader.channels, List.copyOf(reader.routes));
    }

    private void readFile(Path file) {
        String text;
        try {
            byte[] bytes = BoundedFiles.read(file, MAX_BYTES);
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problem("", Messages.unreadableFile("not UTF-8 text"));
            return;
        } catch (BoundedFiles.TooLargeException e) {
            problem("", Messages.unreadableFile("more than " + MAX_BYTES + " bytes"));
            return;
        } catch (BoundedFiles.NotRegularFileException e) {
            problem("", Messages.unreadableFile("not a regular file"));
            return;
        } catch (IOException e) {
            problem("", Messages.unreadable(e.getClass().getSimpleName()));
            return;
        }
        JsonNode root;
        try {
            root = new SafeYaml(this::problem).read(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            // Only the position: the parser's own message may quote a line holding a secret.
            problem("", Messages.unreadable(at == null ? "syntax error"
                    : "syntax error at line " + at.getLineNr() + ", column " + at.getColumnNr()));
            return;
        } catch (IOException e) {
            problem("", Messages.unreadable(e.getClass().getSimpleName()));
            return;
        }
        if (root == null || !root.isObject()) {
            problem("", Messages.expected("(top level)", "a mapping with channels and notifications"));
            return;
        }
        unknownKeys("", root, TOP_KEYS);
        JsonNode channelsNode = root.path("channels");
        if (channelsNode.isObject()) {
            channelsNode.properties().forEach(entry -> readChannel(entry.getKey(), entry.getValue()));
        } else if (!channelsNode.isMissingNode()) {
            problem("channels", Messages.expected("channels", "a mapping of channel name to settings"));
        }
        JsonNode list = root.path("notifications");
        if (!list.isArray()) {
            problem("notifications", list.isMissingNode() ? Messages.missing("notifications")
                    : Messages.expected("notifications", "a list of {event, channel, message, priority}"));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            readRoute(i, list.get(i));
        }
    }

    private void readChannel(String name, JsonNode node) {
        String entry = "channels." + Texts.quote(name);
        channelNames.add(name);
        if (!node.isObject()) {
            problem(entry, Messages.expected(name, "a mapping with a type"));
            return;
        }
        String type = node.path("type").isTextual() ? node.path("type").asText() : "";
        if (type.isEmpty()) {
            problem(entry, Messages.missing("type"));
            return;
        }
        List<String> keys = TYPE_KEYS.get(type);
        if (keys == null) {
            problem(entry, Messages.unknownType(type, TYPE_KEYS.keySet()));
            return;
        }
        int before = problems.size();
        unknownKeys(entry, node, keys);
        for (String key : REQUIRED.get(type)) {
            if (!node.path(key).isTextual() || node.path(key).asText().isBlank()) {
                problem(entry, Messages.missing(key));
            }
        }
        if (problems.size() > before) {
            return;
        }
        Notifier notifier = switch (type) {
            case "slack" -> {
                Secret webhook = secret(entry, "webhook", node);
                yield webhook == null ? null : build(entry, () -> Channels.slack(webhook, transport));
            }
            case "telegram" -> {
                Secret token = secret(entry, "token", node);
                String chat = plain(entry, "chat_id", node);
                String api = node.has("api_url") ? plain(entry, "api_url", node) : Channels.TELEGRAM_API;
                yield token == null || chat == null || api == null ? null
                        : build(entry, () -> Channels.telegram(api, token, chat, transport));
            }
            case "webhook" -> webhook(entry, node);
            case "discord" -> {
                Secret webhook = secret(entry, "webhook", node);
                yield webhook == null ? null : build(entry, () -> Channels.discord(webhook, transport));
            }
            default -> Channels.console();
        };
        if (notifier != null) {
            channels.put(name, notifier);
        }
    }

    // Building a channel checks its settings too (an api_url without http); that is one more problem, not the end.
    private @Nullable Notifier build(String entry, java.util.function.Supplier<Notifier> channel) {
        try {
            return channel.get();
        } catch (ReleaseException e) {
            String detail = String.valueOf(e.getMessage());
            for (Secret secret : resolvedSecrets) {
                detail = secret.redact(detail);
            }
            problem(entry, detail);
            return null;
        }
    }

    private @Nullable Notifier webhook(String entry, JsonNode node) {
        Secret url = secret(entry, "url", node);
        WebhookOptions.Builder options = WebhookOptions.builder();
        if (node.has("secret")) {
            Secret signing = secret(entry, "secret", node);
            if (signing != null) {
                options.signingSecret(signing);
            }
        }
        JsonNode headers = node.path("headers");
        if (headers.isObject()) {
            for (Map.Entry<String, JsonNode> header : headers.properties()) {
                Secret value = secret(entry, "headers." + header.getKey(), header.getValue());
                if (value != null) {
                    try {
                        options.header(header.getKey(), value);
                    } catch (dev.releaserules.core.InvalidInputException e) {
                        problem(entry, e.getMessage());
                    }
                }
            }
        } else if (!headers.isMissingNode()) {
            problem(entry, Messages.expected("headers", "a mapping of header name to value"));
        }
        return url == null ? null : build(entry, () -> Channels.webhook(url, options.build(), transport));
    }

    private void readRoute(int index, JsonNode node) {
        String event = node.path("event").isTextual() ? node.path("event").asText() : "";
        String entry = "notifications[" + index + "]" + (event.isEmpty() ? "" : " (event " + event + ")");
        if (!node.isObject()) {
            problem(entry, Messages.expected("notifications[" + index + "]", "a mapping with event, channel and message"));
            return;
        }
        unknownKeys(entry, node, ROUTE_KEYS);
        EventType type = null;
        if (event.isEmpty()) {
            problem(entry, Messages.missing("event"));
        } else {
            type = EventType.findByWireName(event).orElse(null);
            if (type == null) {
                problem(entry, Messages.unknownEvent(event,
                        Arrays.stream(EventType.values()).map(EventType::wireName).toList()));
            }
        }
        String channel = node.path("channel").isTextual() ? node.path("channel").asText() : "";
        if (channel.isBlank()) {
            problem(entry, Messages.missing("channel"));
        } else if (!ChannelNames.isConfigured(channel, channelNames)) {
            problem(entry, Messages.channelNotConfigured(channel, channelNames));
        }
        JsonNode messageNode = node.path("message");
        if (!messageNode.isMissingNode() && !messageNode.isTextual()) {
            problem(entry, Messages.expected("message", "a text with {placeholders}"));
        }
        JsonNode summaryNode = node.path("summary");
        if (!summaryNode.isMissingNode() && (!summaryNode.isTextual() || summaryNode.asText().isBlank())) {
            problem(entry, Messages.expected("summary", "a text with {placeholders}"));
        }
        Priority priority = null;
        if (node.has("priority")) {
            String text = node.path("priority").asText("");
            try {
                priority = Priority.valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problem(entry, Messages.unknownPriority(text));
            }
        }
        if (type == null) {
            return;
        }
        String message = messageNode.isTextual() ? messageNode.asText() : Template.defaultFor(type).source();
        int before = problems.size();
        for (String unknown : new Template(channel).unknownPlaceholders(type)) {
            problem(entry, Messages.unknownPlaceholder("channel", unknown, type.allowedPlaceholders()));
        }
        for (String unknown : new Template(message).unknownPlaceholders(type)) {
            problem(entry, Messages.unknownPlaceholder("message", unknown, type.allowedPlaceholders()));
        }
        String summary = summaryNode.isTextual() ? summaryNode.asText() : "";
        for (String unknown : summary.isBlank() ? List.<String>of() : new Template(summary).unknownPlaceholders(type)) {
            problem(entry, Messages.unknownPlaceholder("summary", unknown, type.allowedPlaceholders()));
        }
        if (problems.size() == before && !channel.isBlank()) {
            Route route = Route.of(type, channel, message);
            route = summary.isBlank() ? route : route.withSummary(summary);
            routes.add(priority == null ? route : route.withPriority(priority));
        }
    }

    private @Nullable Secret secret(String entry, String key, JsonNode parent) {
        JsonNode node = parent.isObject() ? parent.path(key) : parent;
        String resolved = resolve(entry, key, node.asText(""));
        if (resolved == null || resolved.isBlank()) {
            return null;
        }
        Secret secret = Secret.of(resolved);
        resolvedSecrets.add(secret);
        return secret;
    }

    private @Nullable String plain(String entry, String key, JsonNode parent) {
        return resolve(entry, key, parent.path(key).asText(""));
    }

    private @Nullable String resolve(String entry, String key, String value) {
        Matcher matcher = REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        boolean ok = true;
        while (matcher.find()) {
            String variable = matcher.group(1);
            String found = environment.find(variable).orElse(null);
            if (found == null) {
                problem(entry, Messages.unsetVariable(key, variable));
                ok = false;
                found = "";
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(found));
        }
        matcher.appendTail(out);
        String rest = REFERENCE.matcher(value).replaceAll("");
        if (rest.contains("${")) {
            problem(entry, Messages.badReference(key));
            ok = false;
        }
        if (ok && out.toString().isBlank()) {
            problem(entry, Messages.missing(key));
            ok = false;
        }
        return ok ? out.toString() : null;
    }

    private void unknownKeys(String entry, JsonNode node, List<String> allowed) {
        node.fieldNames().forEachRemaining(key -> {
            if (!allowed.contains(key)) {
                problem(entry, Messages.unknownKey(key, allowed));
            }
        });
    }

    private void problem(String entry, String detail) {
        problems.add(new ConfigProblem(source, entry, detail));
    }
}
