package dev.releaserules.chat.internal;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Request checks every endpoint makes before it looks at a body: method, content type, size. */
public final class Bodies {
    private static final long DRAIN_LIMIT = 1024 * 1024;
    private Bodies() {
    }

    /**
     * Refuses any method but POST (405).
     *
     * @param exchange the request
     */
    public static void requirePost(HttpExchange exchange) {
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            throw new RequestRefused(405, Messages.methodNotAllowed(exchange.getRequestMethod()));
        }
    }

    /**
     * Refuses a request whose content type is not the expected one (415).
     *
     * @param exchange the request
     * @param expected the media type, such as {@code application/json}
     */
    public static void requireContentType(HttpExchange exchange, String expected) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals(expected)) {
            throw new RequestRefused(415, Messages.wrongContentType(expected));
        }
    }

    /**
     * Reads and drops what is left of a refused request's body, at most 1 MiB, so the answer reaches
     * the caller: closing a connection with unread data makes TCP reset it, losing the answer. A
     * larger rest is left, and that caller may see a reset instead of the 413.
     *
     * @param exchange the request
     */
    public static void drain(HttpExchange exchange) {
        try {
            InputStream in = exchange.getRequestBody();
            byte[] buffer = new byte[8192];
            long left = DRAIN_LIMIT;
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= n;
            }
        } catch (IOException e) {
            // Nothing more to read; the answer goes out anyway.
        }
    }

    /**
     * Reads the body, at most {@code limit} bytes; a larger body (declared or actual) is refused
     * with 413 without reading the rest.
     *
     * @param exchange the request
     * @param limit the largest body accepted, in bytes
     * @return the body
     */
    public static byte[] read(HttpExchange exchange, int limit) {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                throw new RequestRefused(400, Messages.badContentLength());
            }
            if (length > limit) {
                throw new RequestRefused(413, Messages.tooLarge(limit));
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limit) {
                    throw new RequestRefused(413, Messages.tooLarge(limit));
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new RequestRefused(400, Messages.unreadableBody());
        }
    }
}
