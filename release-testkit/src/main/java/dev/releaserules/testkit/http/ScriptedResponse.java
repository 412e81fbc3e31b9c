package dev.releaserules.testkit.http;

import dev.releaserules.testkit.internal.Args;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One answer the {@link RecordingServer} gives to the next request.
 *
 * @param status the HTTP status code (100 to 599), ignored when {@code closeWithoutAnswer} is true
 * @param headers response headers, one value each
 * @param body the response body as UTF-8 text
 * @param delay how long the server waits before answering; {@link Duration#ZERO} for no wait
 * @param closeWithoutAnswer true to close the connection without any answer, as a crashed peer would
 * @param bodyStall how long the server stops after sending the headers and the first half of the
 *     body, before the rest; {@link Duration#ZERO} for none (a stalled peer when long)
 */
public record ScriptedResponse(int status, Map<String, String> headers, String body, Duration delay,
        boolean closeWithoutAnswer, Duration bodyStall) {

    /** Validates and copies the fields. */
    public ScriptedResponse {
        if (status < 100 || status > 599) {
            throw new dev.releaserules.core.InvalidInputException("HTTP status", Integer.toString(status),
                    "a status code from 100 to 599");
        }
        headers = Args.mapCopy(headers, "headers");
        Args.notNull(body, "body");
        Args.notNull(delay, "delay");
        if (delay.isNegative()) {
            throw new dev.releaserules.core.InvalidInputException("delay", delay.toString(), "zero or positive");
        }
        Args.notNull(bodyStall, "bodyStall");
        if (bodyStall.isNegative()) {
            throw new dev.releaserules.core.InvalidInputException("bodyStall", bodyStall.toString(), "zero or positive");
        }
    }

    /**
     * An answer without a pause in its body.
     *
     * @param status the HTTP status code
     * @param headers the response headers
     * @param body the body
     * @param delay the delay before answering
     * @param closeWithoutAnswer whether to close the connection without answering
     */
    public ScriptedResponse(int status, Map<String, String> headers, String body, Duration delay,
            boolean closeWithoutAnswer) {
        this(status, headers, body, delay, closeWithoutAnswer, Duration.ZERO);
    }

    /**
     * An answer with a status and an empty body.
     *
     * @param status the HTTP status code
     * @return the answer
     */
    public static ScriptedResponse status(int status) {
        return new ScriptedResponse(status, Map.of(), "", Duration.ZERO, false);
    }

    /**
     * A 200 answer with a body.
     *
     * @param body the body
     * @return the answer
     */
    public static ScriptedResponse ok(String body) {
        return new ScriptedResponse(200, Map.of(), body, Duration.ZERO, false);
    }

    /**
     * A 200 answer with a JSON body and a {@code Content-Type: application/json} header.
     *
     * @param json the JSON text
     * @return the answer
     */
    public static ScriptedResponse json(String json) {
        return new ScriptedResponse(200, Map.of("Content-Type", "application/json"), json, Duration.ZERO, false);
    }

    /**
     * An answer that closes the connection without sending anything.
     *
     * @return the answer
     */
    public static ScriptedResponse disconnect() {
        return new ScriptedResponse(500, Map.of(), "", Duration.ZERO, true);
    }

    /**
     * A copy with another status.
     *
     * @param newStatus the HTTP status code
     * @return the copy
     */
    public ScriptedResponse withStatus(int newStatus) {
        return new ScriptedResponse(newStatus, headers, body, delay, closeWithoutAnswer, bodyStall);
    }

    /**
     * A copy with one more header.
     *
     * @param name the header name
     * @param value the header value
     * @return the copy
     */
    public ScriptedResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(Args.notBlank(name, "name"), Args.notNull(value, "value"));
        return new ScriptedResponse(status, more, body, delay, closeWithoutAnswer, bodyStall);
    }

    /**
     * A copy with another body.
     *
     * @param newBody the body
     * @return the copy
     */
    public ScriptedResponse withBody(String newBody) {
        return new ScriptedResponse(status, headers, newBody, delay, closeWithoutAnswer, bodyStall);
    }

    /**
     * A copy that waits before answering.
     *
     * @param newDelay the delay
     * @return the copy
     */
    public ScriptedResponse withDelay(Duration newDelay) {
        return new ScriptedResponse(status, headers, body, newDelay, closeWithoutAnswer, bodyStall);
    }

    /**
     * A copy that sends its headers and the first half of its body, then stalls before the rest,
     * as a peer that hangs mid-answer does. The body must not be empty.
     *
     * @param stall how long to stall
     * @return the copy
     */
    public ScriptedResponse withBodyStall(Duration stall) {
        if (body.isEmpty()) {
            throw new dev.releaserules.core.InvalidInputException("body", body, "a non-empty body to stall in");
        }
        return new ScriptedResponse(status, headers, body, delay, closeWithoutAnswer, stall);
    }
}
