package dev.releaserules.core.commit;

import dev.releaserules.core.internal.Checks;
import java.util.List;

/** First cut of the parser: headers only. Footers, bodies, merges and reverts come with the full parser. */
final class CommitParser {
    private CommitParser() {
    }

    /** Whether a text is a commit type: a letter, then letters, digits or hyphens. */
    static boolean isType(CharSequence text) {
        if (text.length() == 0 || !Character.isLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    static CommitMessage parse(String raw) {
        Checks.notNull(raw, "commit message");
        String subject = raw.lines().findFirst().orElse("");
        int colon = subject.indexOf(": ");
        if (colon <= 0) {
            return new NonConventional(raw, "missing \": \" after the type");
        }
        String head = subject.substring(0, colon);
        boolean bang = head.endsWith("!");
        if (bang) {
            head = head.substring(0, head.length() - 1);
        }
        String scope = "";
        int open = head.indexOf('(');
        if (open >= 0 && head.endsWith(")")) {
            scope = head.substring(open + 1, head.length() - 1);
            head = head.substring(0, open);
        }
        String description = subject.substring(colon + 2).trim();
        if (head.isEmpty() || description.isEmpty() || !head.chars().allMatch(Character::isLetter)) {
            return new NonConventional(raw, "not of the form type(scope)!: description");
        }
        return new ConventionalCommit(raw, head, scope, bang, description, "", List.of());
    }
}
