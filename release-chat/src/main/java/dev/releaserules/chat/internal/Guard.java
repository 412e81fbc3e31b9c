package dev.releaserules.chat.internal;

import com.sun.net.httpserver.HttpExchange;
import java.util.function.Function;
import org.slf4j.Logger;

/**
 * Runs an endpoint's work so that every failure becomes an answer: a {@link RequestRefused} its
 * status and text, anything else 500 with a text that says nothing changed. Stack traces go to the
 * log only, never into an answer.
 */
public final class Guard {
    private Guard() {
    }

    /** An endpoint's work on one exchange; it sends the answer itself when it succeeds. */
    @FunctionalInterface
    public interface Work {
        /**
         * Handles the exchange.
         *
         * @param exchange the exchange
         */
        void handle(HttpExchange exchange);
    }

    /**
     * Runs the work.
     *
     * @param exchange the exchange
     * @param log where refusals and failures are logged
     * @param endpoint the endpoint's name, for the log
     * @param format turns a reply text into the platform's JSON answer
     * @param work the work
     */
    public static void run(HttpExchange exchange, Logger log, String endpoint, Function<String, String> format,
            Work work) {
        try {
            work.handle(exchange);
        } catch (RequestRefused r) {
            log.info("{}: refused with {}: {}", endpoint, r.status(), r.getMessage());
            Bodies.drain(exchange);
            Exchanges.sendJson(exchange, r.status(), format.apply(r.getMessage()));
        } catch (RuntimeException | Error e) {
            log.error("{}: failed", endpoint, e);
            Exchanges.sendJson(exchange, 500, format.apply(Messages.internalError()));
        }
    }
}
