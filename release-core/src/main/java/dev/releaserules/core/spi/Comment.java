package dev.releaserules.core.spi;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import java.time.Instant;

/**
 * A comment on an issue or pull request, as the code host reports it.
 *
 * @param id the host's id for it, positive
 * @param author the handle of who wrote it, such as {@code @alice}; the host vouches for it
 * @param body the text, Markdown
 * @param at when it was written
 */
public record Comment(long id, String author, String body, Instant at) {

    /** Validates the parts. */
    public Comment {
        if (id <= 0) {
            throw new InvalidInputException("comment id", Long.toString(id), "a positive number");
        }
        Checks.notBlank(author, "author");
        Checks.notNull(body, "body");
        Checks.notNull(at, "time");
    }
}
