package dev.releaserules.core.manifest;

import dev.releaserules.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;

/**
 * A sign-off command found in a comment (R-SO1): {@code /approve} or {@code /reject <reason>}.
 *
 * <p>Only a command at the start of a line counts (up to three spaces of indentation, as in
 * Markdown). Lines quoted with {@code >}, lines in fenced code blocks ({@code ```} or {@code ~~~})
 * and indented code (four spaces or a tab) never count, so quoting someone's {@code /approve} does
 * not approve anything. A {@code /reject} without a reason is an {@link Invalid} command.
 */
public sealed interface CommentCommand {

    /** An approval. */
    record Approve() implements CommentCommand {
    }

    /**
     * A rejection with its reason.
     *
     * @param reason why, not blank
     */
    record Reject(String reason) implements CommentCommand {
        /**
         * Validates the reason.
         *
         * @param reason why
         */
        public Reject {
            Checks.notBlank(reason, "rejection reason");
        }
    }

    /**
     * Something that looked like a command but cannot be used, with what is wrong.
     *
     * @param message why the command cannot be used, with the correct usage
     */
    record Invalid(String message) implements CommentCommand {
        /**
         * Validates the message.
         *
         * @param message the explanation
         */
        public Invalid {
            Checks.notBlank(message, "message");
        }
    }

    /**
     * The commands of a comment, in order.
     *
     * @param comment the comment text
     * @return the commands; empty when there are none
     */
    static List<CommentCommand> parseAll(String comment) {
        Checks.notNull(comment, "comment");
        List<CommentCommand> out = new ArrayList<>();
        String fence = null;
        for (String raw : comment.split("\\R", -1)) {
            String trimmed = raw.strip();
            if (fence != null) {
                if (trimmed.startsWith(fence)) {
                    fence = null;
                }
                continue;
            }
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                fence = trimmed.substring(0, 3);
                continue;
            }
            int indent = 0;
            while (indent < raw.length() && raw.charAt(indent) == ' ') {
                indent++;
            }
            if (indent > 3 || raw.startsWith("\t") || trimmed.startsWith(">")) {
                continue;
            }
            String line = raw.substring(indent).stripTrailing();
            if (isWord(line, "/approve")) {
                out.add(new Approve());
            } else if (isWord(line, "/reject")) {
                String reason = line.substring("/reject".length()).strip();
                out.add(reason.isEmpty() ? new Invalid(Messages.rejectWithoutReason()) : new Reject(reason));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The command a comment gives: its first command, or an {@link Invalid} when it has none.
     *
     * @param comment the comment text
     * @return the command
     */
    static CommentCommand parse(String comment) {
        List<CommentCommand> all = parseAll(comment);
        return all.isEmpty() ? new Invalid(Messages.noCommand()) : all.get(0);
    }

    private static boolean isWord(String line, String command) {
        return line.startsWith(command)
                && (line.length() == command.length() || Character.isWhitespace(line.charAt(command.length())));
    }
}
