package dev.releaserules.notify.internal;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Reads an HTTP answer into a {@link Verdict}. */
@FunctionalInterface
public interface AnswerCheck {

    /**
     * Judges an answer.
     *
     * @param response the answer
     * @param clock the clock, for {@code Retry-After} dates
     * @return the verdict
     */
    Verdict check(HttpResponse<String> response, Clock clock);

    /**
     * The usual webhook contract: 2xx delivered; 429 retried after {@code Retry-After}; 408 and 5xx
     * retried; anything else refused.
     *
     * @return the check
     */
    static AnswerCheck byStatus() {
        return (response, clock) -> {
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new Verdict.Delivered();
            }
            if (status == 429) {
                return new Verdict.Retry(retryAfter(response.headers().firstValue("Retry-After").orElse(""), clock),
                        Messages.status(status, response.body()));
            }
            if (status == 408 || status >= 500) {
                return new Verdict.Retry(null, Messages.status(status, response.body()));
            }
            return new Verdict.Fail(Messages.status(status, response.body()));
        };
    }

    /**
     * Reads a {@code Retry-After} value: seconds (Discord sends fractions) or an HTTP date.
     *
     * @param value the header value
     * @param clock the clock, for dates
     * @return the wait, or null when the value is absent or unreadable
     */
    static @Nullable Duration retryAfter(String value, Clock clock) {
        String text = value.trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            double seconds = Double.parseDouble(text);
            if (seconds >= 0 && seconds < 86_400) {
                return Duration.ofMillis(Math.round(seconds * 1000));
            }
            return null;
        } catch (NumberFormatException notSeconds) {
            try {
                Duration wait = Duration.between(clock.instant(),
                        ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
