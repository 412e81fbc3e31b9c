package dev.releaserules.core.manifest;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Times in manifests are kept as their ISO-8601 text so they write back exactly as read. */
final class Times {
    private Times() {
    }

    static String check(String text, String subject) {
        Checks.notNull(text, subject);
        if (!text.isEmpty()) {
            try {
                OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(subject, text, Expected.TIME, e.getErrorIndex());
            }
        }
        return text;
    }

    static Optional<Instant> find(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(OffsetDateTime.parse(text).toInstant());
    }

    static String text(Instant time) {
        return time.toString();
    }
}
