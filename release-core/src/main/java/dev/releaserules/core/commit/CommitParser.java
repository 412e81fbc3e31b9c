package dev.releaserules.core.commit;

import dev.releaserules.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Conventional Commits 1.0.0 parser, with git's merge and revert messages.
 *
 * <p>A hand-written scanner rather than regular expressions: commit messages are untrusted text of
 * any size, and every step here looks at each character a bounded number of times, so parsing is
 * linear in the message length and cannot backtrack.
 */
final class CommitParser {
    private static final String REVERT_PREFIX = "Revert \"";
    private static final String REVERTS_COMMIT = "This reverts commit ";
    private static final String PULL_REQUEST_PREFIX = "Merge pull request #";
    private static final String AZURE_PULL_REQUEST_PREFIX = "Merged PR ";
    private static final String BITBUCKET_PREFIX = "Merged in ";
    private static final String BITBUCKET_PULL_REQUEST = "(pull request #";
    /** Quoted-name merges as git writes them: {@code Merge branch 'x' into y} and its kin. */
    private static final List<String> QUOTED_MERGE_PREFIXES = List.of(
            "Merge branch '", "Merge branches '", "Merge remote-tracking branch '", "Merge tag '",
            "Merge commit '");
    /** Longest pull request number that surely fits an int; longer ones are not read as a number. */
    private static final int MAX_NUMBER_DIGITS = 9;

    private CommitParser() {
    }

    /** Whether a text is a commit type: a letter, then letters, digits or hyphens. */
    static boolean isType(CharSequence text) {
        return text.length() > 0 && wordEnd(text, 0) == text.length();
    }

    /** The end of the word (a letter, then letters, digits or hyphens) starting at {@code from}. */
    private static int wordEnd(CharSequence text, int from) {
        if (from >= text.length() || !Character.isLetter(text.charAt(from))) {
            return from;
        }
        int i = from + 1;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    static CommitMessage parse(String raw) {
        Checks.notNull(raw, "commit message");
        if (raw.isBlank()) {
            return new NonConventional(raw, Messages.EMPTY_MESSAGE);
        }
        List<String> lines = lines(raw);
        String header = lines.get(0);
        Optional<MergeCommit> merge = merge(raw, header);
        if (merge.isPresent()) {
            return merge.get();
        }
        if (header.startsWith(REVERT_PREFIX) && header.endsWith("\"") && header.length() > REVERT_PREFIX.length() + 1) {
            String subject = header.substring(REVERT_PREFIX.length(), header.length() - 1);
            return new RevertCommit(raw, subject, revertedId(lines));
        }
        return conventional(raw, lines);
    }

    /** The lines of a message, split at {@code \n}, each without a trailing {@code \r}. */
    private static List<String> lines(String raw) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (true) {
            int end = raw.indexOf('\n', start);
            int stop = end < 0 ? raw.length() : end;
            int cut = stop > start && raw.charAt(stop - 1) == '\r' ? stop - 1 : stop;
            lines.add(raw.substring(start, cut));
            if (end < 0) {
                return lines;
            }
            start = end + 1;
        }
    }

    private static Optional<MergeCommit> merge(String raw, String header) {
        for (String prefix : QUOTED_MERGE_PREFIXES) {
            if (header.startsWith(prefix)) {
                int close = header.indexOf('\'', prefix.length());
                if (close > prefix.length()) {
                    return Optional.of(new MergeCommit(raw, header.substring(prefix.length(), close), 0));
                }
                return Optional.empty();
            }
        }
        if (header.startsWith(PULL_REQUEST_PREFIX)) {
            int digitsEnd = digitsEnd(header, PULL_REQUEST_PREFIX.length());
            if (digitsEnd == PULL_REQUEST_PREFIX.length()) {
                return Optional.empty();
            }
            String rest = header.substring(digitsEnd);
            String source = rest.startsWith(" from ") ? firstWord(rest, " from ".length()) : "";
            return Optional.of(new MergeCommit(raw, source, number(header, PULL_REQUEST_PREFIX.length(), digitsEnd)));
        }
        if (header.startsWith(AZURE_PULL_REQUEST_PREFIX)) {
            int digitsEnd = digitsEnd(header, AZURE_PULL_REQUEST_PREFIX.length());
            if (digitsEnd > AZURE_PULL_REQUEST_PREFIX.length() && digitsEnd < header.length()
                    && header.charAt(digitsEnd) == ':') {
                return Optional.of(new MergeCommit(raw, "",
                        number(header, AZURE_PULL_REQUEST_PREFIX.length(), digitsEnd)));
            }
            return Optional.empty();
        }
        if (header.startsWith(BITBUCKET_PREFIX)) {
            String source = firstWord(header, BITBUCKET_PREFIX.length());
            if (source.isEmpty()) {
                return Optional.empty();
            }
            int pr = header.indexOf(BITBUCKET_PULL_REQUEST, BITBUCKET_PREFIX.length());
            int number = 0;
            if (pr >= 0) {
                int from = pr + BITBUCKET_PULL_REQUEST.length();
                number = number(header, from, digitsEnd(header, from));
            }
            return Optional.of(new MergeCommit(raw, source, number));
        }
        return Optional.empty();
    }

    private static int digitsEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** The number in {@code text[from, to)}, or 0 (no number) when it is empty or too long to fit. */
    private static int number(String text, int from, int to) {
        if (to == from || to - from > MAX_NUMBER_DIGITS) {
            return 0;
        }
        return Integer.parseInt(text, from, to, 10);
    }

    private static String firstWord(String text, int from) {
        int end = from;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }

    /** The hex id of {@code This reverts commit <id>.} in the body, or empty when there is none. */
    private static String revertedId(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith(REVERTS_COMMIT)) {
                int end = REVERTS_COMMIT.length();
                while (end < line.length() && Character.digit(line.charAt(end), 16) >= 0 && line.charAt(end) < 128) {
                    end++;
                }
                return line.substring(REVERTS_COMMIT.length(), end);
            }
        }
        return "";
    }

    private static CommitMessage conventional(String raw, List<String> lines) {
        String header = lines.get(0);
        if (header.isBlank()) {
            return new NonConventional(raw, Messages.EMPTY_FIRST_LINE);
        }
        int typeEnd = wordEnd(header, 0);
        if (typeEnd == header.length()) {
            return new NonConventional(raw, Messages.MISSING_COLON);
        }
        char next = header.charAt(typeEnd);
        if (typeEnd == 0 || (next != '(' && next != '!' && next != ':')) {
            boolean colonLater = header.indexOf(':', typeEnd) >= 0;
            return new NonConventional(raw, colonLater ? Messages.TYPE_NOT_A_WORD : Messages.MISSING_COLON);
        }
        String type = header.substring(0, typeEnd);
        int i = typeEnd;
        String scope = "";
        if (header.charAt(i) == '(') {
            int close = -1;
            for (int j = i + 1; j < header.length(); j++) {
                char c = header.charAt(j);
                if (c == ')') {
                    close = j;
                    break;
                }
                if (c == '(') {
                    return new NonConventional(raw, Messages.NESTED_PARENTHESIS);
                }
            }
            if (close < 0) {
                return new NonConventional(raw, Messages.UNCLOSED_SCOPE);
            }
            scope = header.substring(i + 1, close);
            if (scope.isBlank()) {
                return new NonConventional(raw, Messages.EMPTY_SCOPE);
            }
            i = close + 1;
            if (i == header.length() || (header.charAt(i) != '!' && header.charAt(i) != ':')) {
                return new NonConventional(raw, Messages.MISSING_COLON_AFTER_SCOPE);
            }
        }
        boolean bang = header.charAt(i) == '!';
        if (bang) {
            i++;
            if (i == header.length() || header.charAt(i) != ':') {
                return new NonConventional(raw, Messages.MISSING_COLON_AFTER_BANG);
            }
        }
        // here header.charAt(i) == ':'
        if (i + 1 == header.length() || header.charAt(i + 1) != ' ') {
            boolean onlyBlank = header.substring(i + 1).isBlank();
            return new NonConventional(raw, onlyBlank ? Messages.EMPTY_DESCRIPTION : Messages.MISSING_SPACE);
        }
        String description = header.substring(i + 2).strip();
        if (description.isEmpty()) {
            return new NonConventional(raw, Messages.EMPTY_DESCRIPTION);
        }
        return bodyAndFooters(raw, lines, type, scope, bang, description);
    }

    /**
     * Splits the lines after the header into body and footers. The footers are the trailing
     * paragraphs whose first line is a footer; the body is everything between the header and them.
     * A body that starts right after the header, without the blank line the specification asks
     * for, is still read as the body: the header alone decides whether a commit is conventional.
     */
    private static CommitMessage bodyAndFooters(String raw, List<String> lines, String type, String scope,
            boolean bang, String description) {
        List<int[]> paragraphs = paragraphs(lines);
        int firstFooterParagraph = paragraphs.size();
        while (firstFooterParagraph > 0 && footer(lines.get(paragraphs.get(firstFooterParagraph - 1)[0])).isPresent()) {
            firstFooterParagraph--;
        }
        // A breaking-change note must never be lost: a line opening with BREAKING CHANGE starts the
        // footers even inside a paragraph or when free text follows it (that text continues the note).
        search:
        for (int p = 0; p < firstFooterParagraph; p++) {
            for (int l = paragraphs.get(p)[0]; l < paragraphs.get(p)[1]; l++) {
                Optional<Footer> line = footer(lines.get(l));
                if (line.isPresent() && line.get().isBreakingChange()) {
                    if (l > paragraphs.get(p)[0]) {
                        // Split the paragraph: its lines before the note stay body.
                        paragraphs.add(p + 1, new int[] {l, paragraphs.get(p)[1]});
                        paragraphs.set(p, new int[] {paragraphs.get(p)[0], l});
                        p++;
                    }
                    firstFooterParagraph = p;
                    break search;
                }
            }
        }
        String body = "";
        if (firstFooterParagraph > 0) {
            int from = paragraphs.get(0)[0];
            int to = paragraphs.get(firstFooterParagraph - 1)[1];
            body = String.join("\n", lines.subList(from, to)).stripTrailing();
        }
        List<Footer> footers = new ArrayList<>();
        String token = "";
        StringBuilder value = new StringBuilder();
        for (int p = firstFooterParagraph; p < paragraphs.size(); p++) {
            int[] paragraph = paragraphs.get(p);
            for (int l = paragraph[0]; l < paragraph[1]; l++) {
                Optional<Footer> footer = footer(lines.get(l));
                if (footer.isPresent()) {
                    if (!token.isEmpty()) {
                        footers.add(new Footer(token, value.toString().stripTrailing()));
                    }
                    token = footer.get().token();
                    value.setLength(0);
                    value.append(footer.get().value());
                } else {
                    value.append(l == paragraph[0] ? "\n\n" : "\n").append(lines.get(l));
                }
            }
        }
        if (!token.isEmpty()) {
            footers.add(new Footer(token, value.toString().stripTrailing()));
        }
        return new ConventionalCommit(raw, type, scope, bang, description, body, footers);
    }

    /** The paragraphs after the header, as {@code [first line, end line)}; blank lines separate them. */
    private static List<int[]> paragraphs(List<String> lines) {
        List<int[]> paragraphs = new ArrayList<>();
        int start = -1;
        for (int l = 1; l < lines.size(); l++) {
            boolean blank = lines.get(l).isBlank();
            if (!blank && start < 0) {
                start = l;
            } else if (blank && start >= 0) {
                paragraphs.add(new int[] {start, l});
                start = -1;
            }
        }
        if (start >= 0) {
            paragraphs.add(new int[] {start, lines.size()});
        }
        return paragraphs;
    }

    /**
     * The footer a line starts, if it does: {@code Token: value} or {@code Token #value}, where the
     * token is a word (hyphens in place of spaces) or exactly {@code BREAKING CHANGE}.
     */
    private static Optional<Footer> footer(String line) {
        int tokenEnd = line.startsWith(Footer.BREAKING_CHANGE) ? Footer.BREAKING_CHANGE.length() : wordEnd(line, 0);
        if (tokenEnd == 0 || tokenEnd + 1 >= line.length()) {
            return Optional.empty();
        }
        char first = line.charAt(tokenEnd);
        char second = line.charAt(tokenEnd + 1);
        boolean colon = first == ':' && second == ' ';
        boolean hash = first == ' ' && second == '#';
        if (!colon && !hash) {
            return Optional.empty();
        }
        return Optional.of(new Footer(line.substring(0, tokenEnd), line.substring(tokenEnd + 2).strip()));
    }
}
