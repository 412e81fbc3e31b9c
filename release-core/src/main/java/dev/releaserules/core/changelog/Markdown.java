package dev.releaserules.core.changelog;

/**
 * Writes untrusted text (scopes, descriptions, breaking-change notes) into Markdown so that it cannot
 * break the layout around it.
 *
 * <p>What is done, and why: line breaks in one-line texts become spaces (a description is one list
 * item); other control characters become spaces; {@code <} outside code spans becomes {@code &lt;} (no
 * raw HTML, so an unclosed {@code <!--} or {@code <details>} cannot swallow the rest of the file);
 * continuation lines of notes are indented by two spaces so they stay inside their list item (runs of
 * blank lines become one), and a
 * {@code #} opening such a line is escaped, so user text never starts a line with {@code #} and can
 * never look like a release heading. In scopes, which are rendered in bold, {@code \ * _ ` [ ]} are
 * escaped with a backslash. Everything else is kept as written: authors use {@code `code`},
 * emphasis and links on purpose, and these cannot leave the list item they are in.
 */
final class Markdown {
    private Markdown() {
    }

    static String scope(String scope) {
        String line = line(scope);
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("\\*_`[]".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** One line of inline text: line breaks and control characters become spaces, HTML is escaped. */
    static String line(String text) {
        StringBuilder flat = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            flat.append(isBreakOrControl(c) ? ' ' : c);
        }
        return escapeHtml(flat.toString().strip());
    }

    /** A text of several lines whose continuation lines are indented by {@code indent}. */
    static String block(String text, String indent, String newline) {
        String[] lines = text.strip().split("\r\n|[\n\r\u0085\u2028\u2029]", -1);
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean previousEmpty = false;
        for (int i = 0; i < lines.length; i++) {
            String line = line(lines[i]);
            if (i > 0) {
                if (line.isEmpty()) {
                    // One blank line keeps a paragraph break inside the item; more would only add noise.
                    if (!previousEmpty) {
                        out.append(newline);
                    }
                    previousEmpty = true;
                    continue;
                }
                out.append(newline).append(indent);
                if (line.startsWith("#")) {
                    out.append('\\');
                }
            }
            out.append(line);
            previousEmpty = false;
        }
        // A last line that escaping emptied must not leave a blank line behind.
        return out.toString().stripTrailing();
    }

    private static boolean isBreakOrControl(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    // Inside a code span `...` a backslash or entity would be shown literally, and raw HTML is not
    // recognised anyway, so code spans are copied as they are.
    private static String escapeHtml(String text) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '`') {
                int run = runLength(text, i);
                int close = findClosingRun(text, i + run, run);
                if (close >= 0) {
                    out.append(text, i, close + run);
                    i = close + run;
                    continue;
                }
                out.append(text, i, i + run);
                i += run;
                continue;
            }
            out.append(c == '<' ? "&lt;" : String.valueOf(c));
            i++;
        }
        return out.toString();
    }

    private static int runLength(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) == '`') {
            end++;
        }
        return end - from;
    }

    private static int findClosingRun(String text, int from, int length) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == '`') {
                int run = runLength(text, i);
                if (run == length) {
                    return i;
                }
                i += run;
            } else {
                i++;
            }
        }
        return -1;
    }
}
