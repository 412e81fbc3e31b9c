package dev.releaserules.notify;

import dev.releaserules.core.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A secret such as a webhook URL, a bot token or a signing key. Its {@link #toString()} is
 * {@code ***}, so it cannot leak through logs, messages or the {@code toString()} of what holds it;
 * only {@link #reveal()} gives the value, at the one place it is sent.
 *
 * <p>Immutable and thread-safe. Two secrets are equal when their values are.
 */
public final class Secret {
    private static final String MASK = "***";
    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * Wraps a secret value.
     *
     * @param value the secret; not blank
     * @return the secret
     * @throws dev.releaserules.core.InvalidInputException when the value is null or blank (the
     *     message never shows the value)
     */
    public static Secret of(String value) {
        Checks.notNull(value, "secret");
        if (value.isBlank()) {
            throw new dev.releaserules.core.InvalidInputException("secret", "", "a non-blank value");
        }
        return new Secret(value);
    }

    /**
     * The secret value, for the one place that must send it.
     *
     * @return the value
     */
    public String reveal() {
        return value;
    }

    /**
     * Replaces every occurrence of this secret in a text by {@code ***}, for texts that may quote
     * it (exception messages from HTTP clients hold the URL they failed on).
     *
     * @param text any text
     * @return the text without the secret
     */
    public String redact(String text) {
        return text.replace(value, MASK);
    }

    /**
     * Always {@code ***}.
     *
     * @return {@code ***}
     */
    @Override
    public String toString() {
        return MASK;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret that && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.UTF_8), that.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
