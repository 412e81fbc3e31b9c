package dev.releaserules.core.manifest;

import dev.releaserules.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/**
 * A sign-off command found in a comment (R-SO1): {@code /approve} or {@code /reject <reason>}.
 *
 * <p>The comment is read as CommonMark, the way the code host shows it, and a command counts only at
 * the start of a line of a top-level paragraph. What the host shows as something else never counts:
 * block quotes (with their lazy continuation lines), fenced code of any fence, indented code, HTML
 * blocks and comments, list items, headings; Unicode line and paragraph separators, vertical tab and
 * form feed do not start a line. So quoting someone's {@code /approve} does not approve anything. A
 * {@code /reject} without a reason, or with a reason over {@link SignOff#MAX_REASON} characters, and
 * a comment over {@link #MAX_COMMENT} characters are {@link Invalid} commands.
 */
public sealed interface CommentCommand {
    /** The longest comment read for commands, in characters (GitHub's own limit for a comment). */
    int MAX_COMMENT = 65_536;

    /** An approval. */
    record Approve() implements CommentCommand {
    }

    /**
     * A rejection with its reason.
     *
     * @param reason why, not blank
     */
    record Reject(String reason) implements CommentCommand {
        /** Validates the reason. */
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
        /** Validates the message. */
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
        if (comment.length() > MAX_COMMENT) {
            return List.of(new Invalid(Messages.commentTooLong(comment.length(), MAX_COMMENT)));
        }
        List<CommentCommand> out = new ArrayList<>();
        Node document = CommentMarkdown.PARSER.parse(comment);
        // Only top-level paragraphs: what is inside a quote, a list, code or HTML is shown as such, not run.
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (!(block instanceof Paragraph paragraph)) {
                continue;
            }
            List<int[]> hidden = multiLineInlines(paragraph);
            for (SourceSpan span : paragraph.getSourceSpans()) {
                int start = span.getInputIndex();
                if (insideAny(hidden, start)) {
                    continue;
                }
                String line = blanksStripped(comment.substring(start, start + span.getLength()));
                if (isWord(line, "/approve")) {
                    out.add(new Approve());
                } else if (isWord(line, "/reject")) {
                    String reason = line.substring("/reject".length()).strip();
                    if (reason.isEmpty()) {
                        out.add(new Invalid(Messages.rejectWithoutReason()));
                    } else if (reason.length() > SignOff.MAX_REASON) {
                        out.add(new Invalid(Messages.reasonTooLong("the /reject reason", reason.length(), SignOff.MAX_REASON)));
                    } else {
                        out.add(new Reject(reason));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    // Inline HTML (a comment) and code spans may run over several lines; a line that starts inside one is not a command.
    private static List<int[]> multiLineInlines(Paragraph paragraph) {
        List<int[]> ranges = new ArrayList<>();
        for (Node inline = paragraph.getFirstChild(); inline != null; inline = inline.getNext()) {
            if ((inline instanceof HtmlInline || inline instanceof Code) && inline.getSourceSpans().size() > 1) {
                List<SourceSpan> spans = inline.getSourceSpans();
                SourceSpan first = spans.get(0);
                SourceSpan last = spans.get(spans.size() - 1);
                ranges.add(new int[] {first.getInputIndex(), last.getInputIndex() + last.getLength()});
            }
        }
        return ranges;
    }

    // Only spaces and tabs: a line that starts with another separator (U+2028, form feed) is not a command line.
    private static String blanksStripped(String line) {
        int from = 0;
        int to = line.length();
        while (from < to && (line.charAt(from) == ' ' || line.charAt(from) == '\t')) {
            from++;
        }
        while (to > from && (line.charAt(to - 1) == ' ' || line.charAt(to - 1) == '\t')) {
            to--;
        }
        return line.substring(from, to);
    }

    private static boolean insideAny(List<int[]> ranges, int index) {
        for (int[] range : ranges) {
            if (index > range[0] && index < range[1]) {
                return true;
            }
        }
        return false;
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
