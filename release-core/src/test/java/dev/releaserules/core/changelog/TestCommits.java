package dev.releaserules.core.changelog;

import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.commit.ConventionalCommit;
import dev.releaserules.core.commit.Footer;
import dev.releaserules.core.commit.MergeCommit;
import dev.releaserules.core.commit.NonConventional;
import dev.releaserules.core.commit.RevertCommit;
import java.time.Instant;
import java.util.List;

/** Commits built from the commit model's records, so tests do not depend on the parser's progress. */
final class TestCommits {
    private TestCommits() {
    }

    /** A 40-character id made of a two-character pattern, such as {@code a1a1...}; short id {@code a1a1a1a}. */
    static String id(String pair) {
        return pair.repeat(20);
    }

    static Commit conventional(String pair, String type, String scope, String description) {
        return commit(pair, new ConventionalCommit(header(type, scope, false, description), type, scope, false,
                description, "", List.of()));
    }

    static Commit breaking(String pair, String type, String scope, String description, String note) {
        List<Footer> footers = note.isEmpty() ? List.of() : List.of(new Footer(Footer.BREAKING_CHANGE, note));
        String raw = header(type, scope, true, description) + (note.isEmpty() ? "" : "\n\nBREAKING CHANGE: " + note);
        return commit(pair, new ConventionalCommit(raw, type, scope, true, description, "", footers));
    }

    static Commit merge(String pair, int pullRequest, String source) {
        return commit(pair, new MergeCommit("Merge pull request #" + pullRequest + " from " + source, source,
                pullRequest));
    }

    static Commit revert(String pair, String revertedSubject, String revertedId) {
        return commit(pair, new RevertCommit("Revert \"" + revertedSubject + "\"\n\nThis reverts commit "
                + revertedId + ".", revertedSubject, revertedId));
    }

    static Commit nonConventional(String pair, String message) {
        return commit(pair, new NonConventional(message, "missing \": \" after the type"));
    }

    static Commit commit(String pair, dev.releaserules.core.commit.CommitMessage message) {
        return new Commit(pair.length() == 2 ? id(pair) : pair, message, "Ada", Instant.parse("2026-01-17T10:00:00Z"));
    }

    private static String header(String type, String scope, boolean bang, String description) {
        return type + (scope.isEmpty() ? "" : "(" + scope + ")") + (bang ? "!" : "") + ": " + description;
    }
}
