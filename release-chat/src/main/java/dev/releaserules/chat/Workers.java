package dev.releaserules.chat;

import dev.releaserules.core.InvalidInputException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The bounded worker pools and the limits the endpoints share. */
final class Workers {
    private static final int QUEUE = 256;

    private Workers() {
    }

    static ExecutorService pool(String name, int threads) {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), r -> {
                    Thread t = new Thread(r, name + "-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    static int checkCount(int value) {
        if (value < 1 || value > 64) {
            throw new InvalidInputException("worker count", Integer.toString(value), "1 to 64");
        }
        return value;
    }

    static int checkBodyLimit(int value) {
        if (value < 1024 || value > 1024 * 1024) {
            throw new InvalidInputException("body size limit", Integer.toString(value), "1024 to 1048576 bytes");
        }
        return value;
    }
}
