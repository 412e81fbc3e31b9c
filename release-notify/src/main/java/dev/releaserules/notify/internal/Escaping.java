package dev.releaserules.notify.internal;

/**
 * Turns plain text into the markup of a channel so that no user text (a change title, a reason)
 * can ping people or inject markup: {@code <!channel>} becomes {@code &lt;!channel&gt;}.
 */
public final class Escaping {
    /** Appended where a text was cut to fit a channel's limit. */
    public static final String ELLIPSIS = "…";

    private Escaping() {
    }

    /**
     * Escapes text for Slack mrkdwn: {@code &}, {@code <} and {@code >}, as Slack asks.
     *
     * @param text plain text
     * @return mrkdwn text without control sequences
     */
    public static String slack(String text) {
        return escape(text, Integer.MAX_VALUE, false);
    }

    /**
     * Escapes text for Slack mrkdwn and cuts it so the escaped form has at most {@code limit}
     * characters, never inside an entity, ending with {@link #ELLIPSIS} when cut.
     *
     * @param text plain text
     * @param limit the longest escaped text, at least 1
     * @return the escaped, possibly shortened text
     */
    public static String slack(String text, int limit) {
        return escape(text, limit, false);
    }

    /**
     * Escapes text for Telegram's HTML parse mode: {@code &}, {@code <}, {@code >} and {@code "}.
     *
     * @param text plain text
     * @return HTML text with no tags
     */
    public static String html(String text) {
        return escape(text, Integer.MAX_VALUE, true);
    }

    /**
     * Cuts text to at most {@code limit} UTF-16 characters, never between the two halves of a
     * surrogate pair, ending with {@link #ELLIPSIS} when cut.
     *
     * @param text plain text
     * @param limit the longest result, at least 1
     * @return the text, or its start and an ellipsis
     */
    public static String truncate(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int end = limit - ELLIPSIS.length();
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, Math.max(end, 0)) + ELLIPSIS;
    }

    /**
     * The first line of a text, for notification previews.
     *
     * @param text plain text
     * @return the text up to its first line break
     */
    public static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static String escape(String text, int limit, boolean quotes) {
        StringBuilder out = new StringBuilder(Math.min(text.length() + 16, 1 << 16));
        int budget = limit - ELLIPSIS.length();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String piece = switch (codePoint) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> quotes ? "&quot;" : "\"";
                default -> new String(Character.toChars(codePoint));
            };
            int next = i + Character.charCount(codePoint);
            boolean last = next >= text.length();
            int room = last ? limit : budget;
            if (out.length() + piece.length() > room) {
                return out.append(ELLIPSIS).toString();
            }
            out.append(piece);
            i = next;
        }
        return out.toString();
    }
}
