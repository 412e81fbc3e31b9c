package dev.releaserules.notify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.internal.AtomicFiles;
import dev.releaserules.core.internal.BoundedFiles;
import dev.releaserules.core.event.EventType;
import dev.releaserules.core.event.Priority;
import dev.releaserules.core.spi.Notification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An outbox store in a directory, surviving restarts: one JSON file per notification, named by its
 * idempotency key, {@code <key>.pending.json} until it is settled, then renamed to
 * {@code <key>.delivered.json} or {@code <key>.failed.json}. Files are written to a temporary file
 * and moved into place atomically, so a crash leaves either no file or a whole one.
 */
public final class DirectoryOutboxStore implements OutboxStore {
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryOutboxStore.class);
    private static final String PENDING = ".pending.json";
    private static final int MAX_ENTRY_BYTES = 1024 * 1024;
    private static final String DELIVERED = ".delivered.json";
    private static final String FAILED = ".failed.json";

    private final Path directory;

    /**
     * Opens (and creates when missing) a store directory.
     *
     * @param directory the directory
     * @throws ReleaseException when the directory cannot be created
     */
    public DirectoryOutboxStore(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new ReleaseException("Cannot create the outbox directory " + directory, e);
        }
    }

    @Override
    public synchronized boolean record(Notification notification) {
        String name = fileName(notification.idempotencyKey());
        if (Files.exists(directory.resolve(name + PENDING)) || Files.exists(directory.resolve(name + DELIVERED))
                || Files.exists(directory.resolve(name + FAILED))) {
            return false;
        }
        try {
            AtomicFiles.writeString(directory.resolve(name + PENDING), Json.write(toJson(notification)));
            return true;
        } catch (IOException e) {
            throw new ReleaseException("Cannot record a notification in the outbox " + directory, e);
        }
    }

    @Override
    public synchronized List<Notification> pending() {
        List<Notification> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(PENDING)).sorted().toList()) {
                try {
                    // Regular files of bounded size only: a pipe dropped here would block the read forever.
                    JsonNode node = Json.tryRead(new String(BoundedFiles.read(file, MAX_ENTRY_BYTES), StandardCharsets.UTF_8))
                            .orElseThrow(() -> new IllegalArgumentException("not JSON"));
                    out.add(fromJson(node));
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Skipping unreadable outbox file {}: {}", file.getFileName(), e.getClass().getSimpleName());
                }
            }
        } catch (IOException e) {
            throw new ReleaseException("Cannot list the outbox directory " + directory, e);
        }
        out.sort(Comparator.comparing(Notification::time));
        return out;
    }

    @Override
    public synchronized void delivered(String key) {
        settle(key, DELIVERED);
    }

    @Override
    public synchronized void failed(String key) {
        settle(key, FAILED);
    }

    private void settle(String key, String suffix) {
        String name = fileName(key);
        Path from = directory.resolve(name + PENDING);
        if (!Files.exists(from)) {
            return;
        }
        try {
            AtomicFiles.move(from, directory.resolve(name + suffix));
        } catch (IOException e) {
            throw new ReleaseException("Cannot settle a notification in the outbox " + directory, e);
        }
    }

    private static String fileName(String key) {
        if (key.matches("[A-Za-z0-9_-]{1,100}")) {
            return key;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static ObjectNode toJson(Notification notification) {
        ObjectNode node = Json.object();
        node.put("key", notification.idempotencyKey());
        node.put("type", notification.type().wireName());
        node.put("time", notification.time().toString());
        node.put("priority", notification.priority().name().toLowerCase(Locale.ROOT));
        node.put("channel", notification.channel());
        node.put("text", notification.text());
        if (!notification.summary().isEmpty()) {
            node.put("summary", notification.summary());
        }
        ObjectNode attributes = node.putObject("attributes");
        notification.attributes().forEach(attributes::put);
        return node;
    }

    private static Notification fromJson(JsonNode node) {
        Map<String, String> attributes = new LinkedHashMap<>();
        node.path("attributes").properties().forEach(e -> attributes.put(e.getKey(), e.getValue().asText()));
        return new Notification(EventType.byWireName(node.path("type").asText()),
                Instant.parse(node.path("time").asText()),
                Priority.valueOf(node.path("priority").asText().toUpperCase(Locale.ROOT)), attributes,
                node.path("channel").asText(), node.path("text").asText(), node.path("key").asText(),
                node.path("summary").asText(""));
    }

    @Override
    public String toString() {
        return "DirectoryOutboxStore[" + directory + "]";
    }
}
