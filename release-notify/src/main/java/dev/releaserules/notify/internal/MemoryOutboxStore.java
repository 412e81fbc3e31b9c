package dev.releaserules.notify.internal;

import dev.releaserules.core.spi.Notification;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An outbox store in memory: lost on restart, for tests, scripts and single-process tools. */
public final class MemoryOutboxStore implements OutboxStore {
    private final Map<String, Notification> pending = new LinkedHashMap<>();
    private final Set<String> settled = new HashSet<>();

    @Override
    public synchronized boolean record(Notification notification) {
        String key = notification.idempotencyKey();
        if (pending.containsKey(key) || settled.contains(key)) {
            return false;
        }
        pending.put(key, notification);
        return true;
    }

    @Override
    public synchronized List<Notification> pending() {
        return List.copyOf(pending.values());
    }

    @Override
    public synchronized void delivered(String key) {
        settle(key);
    }

    @Override
    public synchronized void failed(String key) {
        settle(key);
    }

    private void settle(String key) {
        pending.remove(key);
        settled.add(key);
    }

    @Override
    public String toString() {
        return "MemoryOutboxStore";
    }
}
