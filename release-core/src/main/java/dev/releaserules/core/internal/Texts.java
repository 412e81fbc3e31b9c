package dev.releaserules.core.internal;

/** Text helpers for messages: quoting untrusted input so a message stays one readable line. */
public final class Texts {
    /** Longest part of an input that a message quotes; longer inputs are cut with an ellipsis. */
    public static final int MAX_QUOTED = 120;

    private Texts() {
    }

    /**
     * Whether a character changes the direction of the text around it (U+202E and its kin), so a
     * message showing it raw could read differently from what it holds.
     *
     * @param c the character
     * @return true for the bidirectional embedding, override, isolate and mark characters
     */
    public static boolean isBidiControl(char c) {
        return c == '\u061c' || c == '\u200e' || c == '\u200f' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /**
     * Quotes an input for a message: double quotes around it, control, bidirectional-control,
     * line-separator and non-printable characters escaped, and anything past {@link #MAX_QUOTED} characters replaced by {@code "…(N chars)"}.
     *
     * @param input the input, may be null (shown as {@code null})
     * @return the quoted text
     */
    public static String quote(String input) {
        if (input == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(input.length(), MAX_QUOTED) + 16).append('"');
        int limit = Math.min(input.length(), MAX_QUOTED);
        for (int i = 0; i < limit; i++) {
            char c = input.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || Character.isSurrogate(c) || !Character.isDefined(c)
                            || isBidiControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        if (input.length() > MAX_QUOTED) {
            out.append("…(").append(input.length()).append(" chars)");
        }
        return out.toString();
    }

    /**
     * Names and texts as an ordered, unmodifiable map: {@code fields("version", "2.3.0", "tag", "v2.3.0")}.
     *
     * @param namesAndTexts name, text, name, text, ...
     * @return name → text, in the order given
     */
    public static java.util.Map<String, String> fields(String... namesAndTexts) {
        if (namesAndTexts.length % 2 != 0) {
            throw new IllegalArgumentException("names and texts come in pairs");
        }
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            out.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * A value's text, or the empty string for an absent (null) value.
     *
     * @param value the value, or null
     * @return its text
     */
    public static String orEmpty(@org.jspecify.annotations.Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    /**
     * A pull request number as text, or the empty string for 0 (none opened, as in a dry run).
     *
     * @param number the number
     * @return its text
     */
    public static String pullRequest(int number) {
        return number > 0 ? Integer.toString(number) : "";
    }

    /**
     * A duration as people write it: {@code 5m 23s}, {@code 8h}, {@code 1h 5m}, {@code 2d 3h}; the two
     * largest units, seconds dropped from an hour on; {@code 0s} for zero. Negative durations are
     * written as zero.
     *
     * @param duration the duration
     * @return the text
     */
    public static String duration(java.time.Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        long secs = seconds % 60;
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (days > 0) {
            parts.add(days + "d");
        }
        if (hours > 0) {
            parts.add(hours + "h");
        }
        if (minutes > 0 && days == 0) {
            parts.add(minutes + "m");
        }
        if (secs > 0 && days == 0 && hours == 0) {
            parts.add(secs + "s");
        }
        return parts.isEmpty() ? "0s" : String.join(" ", parts.subList(0, Math.min(2, parts.size())));
    }
}
