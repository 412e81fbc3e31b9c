package dev.releaserules.core.spi;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;

/**
 * Who authors a commit or a tag the rules create, such as {@code release-bot <release-bot@example.com>}.
 *
 * @param name the display name, not blank, without {@code <}, {@code >} or line breaks
 * @param email the e-mail address, without {@code <}, {@code >} or line breaks; may be empty
 */
public record Identity(String name, String email) {

    /** Validates the parts. */
    public Identity {
        Checks.notBlank(name, "identity name");
        Checks.notNull(email, "identity email");
        for (String part : new String[] {name, email}) {
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (c == '<' || c == '>' || c == '\n' || c == '\r' || c == 0) {
                    throw new InvalidInputException("identity", part, "no '<', '>', NUL or line breaks", i);
                }
            }
        }
    }
}
