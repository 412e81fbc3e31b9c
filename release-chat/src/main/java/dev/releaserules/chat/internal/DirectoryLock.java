package dev.releaserules.chat.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Mutual exclusion on a manifest directory, for the threads of this process and for other
 * processes: a fair in-process lock per directory, then an OS file lock on {@code .release-bot.lock}
 * in it. Both are needed: the OS lock belongs to the whole JVM, so two threads of one process would
 * not exclude each other with it alone. The lock file is never the manifest itself, because manifests
 * are replaced by rename, which would leave a lock on a file nobody reads any more.
 */
public final class DirectoryLock {
    /** The lock file's name. */
    public static final String FILE_NAME = ".release-bot.lock";
    private static final ConcurrentHashMap<Path, ReentrantLock> LOCAL = new ConcurrentHashMap<>();

    private DirectoryLock() {
    }

    /**
     * Runs a body while holding the directory's lock.
     *
     * @param directory the directory, as a real path
     * @param timeout how long to wait for the lock
     * @param body what to run
     * @param <T> the body's result
     * @return the body's result, or empty when the lock was not free within the timeout
     * @throws IOException when the lock file cannot be opened or locked
     */
    public static <T> Optional<T> withLock(Path directory, Duration timeout, Supplier<T> body) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ReentrantLock local = LOCAL.computeIfAbsent(directory, d -> new ReentrantLock(true));
        try {
            if (!local.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(directory.resolve(FILE_NAME),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            while (lock == null) {
                if (System.nanoTime() > deadline) {
                    return Optional.empty();
                }
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(2, 12));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
                lock = channel.tryLock();
            }
            try {
                return Optional.of(body.get());
            } finally {
                lock.release();
            }
        } finally {
            local.unlock();
        }
    }
}
