package dev.releaserules.git.internal;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Removes credentials from text that may quote a remote URL, so tokens never reach a message or log. */
final class Redact {
    private static final Pattern USER_INFO = Pattern.compile("(?<=://)[^/@\\s]+@");

    private Redact() {
    }

    static String uris(@Nullable String text) {
        return text == null ? "" : USER_INFO.matcher(text).replaceAll("***@");
    }
}
