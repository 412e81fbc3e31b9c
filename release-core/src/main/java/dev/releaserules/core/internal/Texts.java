package dev.releaserules.core.internal;

/** Text helpers for messages: quoting untrusted input so a message stays one readable line. */
public final class Texts {
    /** Longest part of an input that a message quotes; longer inputs are cut with an ellipsis. */
    public static final int MAX_QUOTED = 120;

    private Texts() {
    }

    /**
     * Quotes an input for a message: double quotes around it, control and non-printable characters
     * escaped, and anything past {@link #MAX_QUOTED} characters replaced by {@code "…(N chars)"}.
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
                    if (Character.isISOControl(c) || Character.isSurrogate(c) || !Character.isDefined(c)) {
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
}
