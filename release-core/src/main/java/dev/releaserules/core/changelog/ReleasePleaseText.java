package dev.releaserules.core.changelog;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text rules of release-please's CHANGELOG.md, written from its documented behaviour: how a
 * description becomes the text of an entry, how a breaking-change note is folded, and the order of
 * entries within a section.
 */
final class ReleasePleaseText {
    private static final Pattern DIGITS_ISSUE = Pattern.compile("#([0-9]+)");
    private static final Pattern USER = Pattern.compile("\\B@([a-z0-9](?:-?[a-z0-9/]){0,38})");
    private static final Pattern FIRST_PR = Pattern.compile("\\(#(\\d+)\\)");
    private static final Pattern EXTENDED_CONTEXT = Pattern.compile("^(#### |[*-] ).*");
    // Collation classes of the characters release-please sorts by: whitespace, then punctuation and
    // symbols in this order, then digits, then letters (as ICU's root collation orders ASCII).
    private static final String WHITESPACE = "\t\n\u000B\f\r ";
    private static final String PUNCTUATION = "_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";

    private ReleasePleaseText() {
    }

    /** The numbers of {@code #N} issue references a text links. */
    static List<String> linkedIssues(String description, boolean releasePlease) {
        List<String> numbers = new ArrayList<>();
        Matcher m = DIGITS_ISSUE.matcher(description);
        while (m.find()) {
            numbers.add(m.group(1));
        }
        return numbers;
    }

    /**
     * A description as release-please writes it: capitalised when configured, {@code #N} and
     * {@code @user} as links when the configuration has their URL templates.
     */
    static String description(String description, ChangelogConfig config) {
        // The CHANGELOG.md files release-please wrote keep < and > as written (GoogleAuth<T> in a code
        // span, >=8.10.0); the renderer still escapes a < outside code spans, so no raw HTML gets in.
        String text = capitalize(description, config);
        text = linkIssues(text, config, DIGITS_ISSUE);
        if (config.userLink("u").isPresent()) {
            Matcher m = USER.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String user = m.group(1);
                String replacement = user.contains("/") ? m.group()
                        : "[@" + user + "](" + config.userLink(user).orElseThrow() + ")";
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            text = out.toString();
        }
        return text;
    }

    /**
     * The text with its first letter in upper case, when the configuration asks for it; breaking-change
     * notes keep the case they were written in.
     */
    static String capitalize(String text, ChangelogConfig config) {
        if (!config.capitalize() || text.isEmpty() || !Character.isLowerCase(text.codePointAt(0))) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(text, Character.charCount(first), text.length()).toString();
    }

    /** Every {@code #N} of a text as a link, when the configuration has an issue URL template. */
    static String linkIssues(String text, ChangelogConfig config, Pattern issue) {
        if (config.issueLink("1").isEmpty()) {
            return text;
        }
        Matcher m = issue.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String number = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement("[#" + number + "](" + config.issueLink(number).orElseThrow()
                    + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String linkDigitIssues(String text, ChangelogConfig config) {
        return linkIssues(text, config, DIGITS_ISSUE);
    }

    /**
     * A breaking-change note as release-please folds it: the lines of its first paragraph joined by
     * spaces; from a line that opens with {@code #### }, {@code * } or {@code - } on, lines kept and
     * indented by four spaces; then the first {@code (#N)} as a link.
     */
    static String note(String note, ChangelogConfig config) {
        StringBuilder text = new StringBuilder();
        boolean extended = false;
        String[] chunks = note.split("\r?\n", -1);
        for (int i = 0; i < chunks.length; i++) {
            String chunk = chunks[i];
            if (i > 0 && !extended && EXTENDED_CONTEXT.matcher(chunk).matches()) {
                String trimmed = text.toString().strip();
                text.setLength(0);
                text.append(trimmed).append('\n');
                extended = true;
            }
            if (chunk.isEmpty()) {
                break;
            }
            if (extended) {
                text.append("    ").append(chunk).append('\n');
            } else {
                text.append(chunk).append(' ');
            }
        }
        String folded = text.toString().strip();
        Matcher m = FIRST_PR.matcher(folded);
        Optional<String> link = m.find() ? config.issueLink(m.group(1)) : Optional.empty();
        if (link.isPresent()) {
            folded = folded.substring(0, m.start()) + "([#" + m.group(1) + "](" + link.get() + "))"
                    + folded.substring(m.end());
        }
        return folded;
    }

    /**
     * Sorts as Node.js sorts release-please's entries: by scope, then by rendered description, with
     * {@code localeCompare} on strings; an entry without scope against one with a scope compares as
     * "greater" in both directions, as the comparison function release-please uses does. The
     * algorithm is V8's for arrays of fewer than 64 elements (a run, then binary insertion), so that
     * the outcome of that inconsistent comparison is the same.
     */
    static <T> void sort(List<T> items, Comparator<T> compare) {
        int n = items.size();
        if (n < 2) {
            return;
        }
        int run = 2;
        boolean descending = compare.compare(items.get(1), items.get(0)) < 0;
        for (int i = 2; i < n; i++) {
            int order = compare.compare(items.get(i), items.get(i - 1));
            if (descending ? order >= 0 : order < 0) {
                break;
            }
            run++;
        }
        if (descending) {
            java.util.Collections.reverse(items.subList(0, run));
        }
        for (int start = run; start < n; start++) {
            T pivot = items.get(start);
            int left = 0;
            int right = start;
            while (left < right) {
                int mid = left + ((right - left) >> 1);
                if (compare.compare(pivot, items.get(mid)) < 0) {
                    right = mid;
                } else {
                    left = mid + 1;
                }
            }
            items.remove(start);
            items.add(left, pivot);
        }
    }

    /** compare-func over (scope, description): equal values go on, strings by locale, else "greater". */
    static int compareFields(String scopeA, String subjectA, String scopeB, String subjectB) {
        boolean noneA = scopeA.isEmpty();
        boolean noneB = scopeB.isEmpty();
        if (!(noneA && noneB) && !scopeA.equals(scopeB)) {
            if (noneA || noneB) {
                return 1;
            }
            int order = localeCompare(scopeA, scopeB);
            if (order != 0) {
                return order;
            }
        }
        if (subjectA.equals(subjectB)) {
            return 0;
        }
        return localeCompare(subjectA, subjectB);
    }

    /**
     * Compares as ICU's root collation does for the text of commit messages: whitespace, punctuation
     * and symbols, digits, letters at the first level (case and accents ignored), accents at the
     * second, lower case before upper case at the third, then code points.
     */
    static int localeCompare(String a, String b) {
        String na = Normalizer.normalize(a, Normalizer.Form.NFD);
        String nb = Normalizer.normalize(b, Normalizer.Form.NFD);
        int primary = compareLevel(na, nb, 1);
        if (primary != 0) {
            return primary;
        }
        int secondary = compareLevel(na, nb, 2);
        if (secondary != 0) {
            return secondary;
        }
        int tertiary = compareLevel(na, nb, 3);
        if (tertiary != 0) {
            return tertiary;
        }
        return Integer.signum(a.compareTo(b));
    }

    private static int compareLevel(String a, String b, int level) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && weight(a.charAt(i), level) < 0) {
                i++;
            }
            while (j < b.length() && weight(b.charAt(j), level) < 0) {
                j++;
            }
            if (i >= a.length() || j >= b.length()) {
                return Boolean.compare(i < a.length(), j < b.length());
            }
            int wa = weight(a.charAt(i), level);
            int wb = weight(b.charAt(j), level);
            if (wa != wb) {
                return wa < wb ? -1 : 1;
            }
            i++;
            j++;
        }
    }

    /** A character's weight at a level, or -1 when it has none there (combining marks at the first level). */
    private static int weight(char c, int level) {
        boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
        if (level == 1) {
            return mark ? -1 : primary(c);
        }
        if (level == 2) {
            return mark ? c : 0;
        }
        if (mark) {
            return -1;
        }
        return Character.isUpperCase(c) ? 1 : 0;
    }

    private static int primary(char c) {
        int w = WHITESPACE.indexOf(c);
        if (w >= 0) {
            return 1 + w;
        }
        int p = PUNCTUATION.indexOf(c);
        if (p >= 0) {
            return 100 + p;
        }
        if (c >= '0' && c <= '9') {
            return 1000 + c - '0';
        }
        char lower = Character.toLowerCase(c);
        if (lower >= 'a' && lower <= 'z') {
            return 2000 + lower - 'a';
        }
        if (Character.isLetter(c)) {
            return 3000 + lower;
        }
        // Other symbols and punctuation sort after the ASCII ones and before digits.
        return 900;
    }
}
