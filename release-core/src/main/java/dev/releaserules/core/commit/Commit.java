package dev.releaserules.core.commit;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import java.time.Instant;
import java.util.Locale;

/**
 * A commit as the rules see it: its id, its parsed message, who wrote it and when.
 *
 * @param id the full object id (a hex SHA-1 or SHA-256), not blank, without whitespace
 * @param message the parsed message
 * @param author the author's name, or empty when unknown
 * @param time when the commit was made (committer time); {@link Instant#EPOCH} when unknown
 */
public record Commit(String id, CommitMessage message, String author, Instant time) {

    /** Validates the parts. */
    public Commit {
        Checks.notBlank(id, "commit id");
        for (int i = 0; i < id.length(); i++) {
            if (Character.isWhitespace(id.charAt(i))) {
                throw new InvalidInputException("commit id", id, "an object id without whitespace", i);
            }
        }
        Checks.notNull(message, "message");
        Checks.notNull(author, "author");
        Checks.notNull(time, "time");
    }

    /**
     * A commit from its id and raw message, with no author or time.
     *
     * @param id the commit id
     * @param rawMessage the full commit message; parsed with {@link CommitMessage#parse}
     * @return the commit
     */
    public static Commit of(String id, String rawMessage) {
        return new Commit(id, CommitMessage.parse(rawMessage), "", Instant.EPOCH);
    }

    /**
     * A commit from its id, raw message, author and time.
     *
     * @param id the commit id
     * @param rawMessage the full commit message; parsed with {@link CommitMessage#parse}
     * @param author the author's name, or empty
     * @param time the commit time
     * @return the commit
     */
    public static Commit of(String id, String rawMessage, String author, Instant time) {
        return new Commit(id, CommitMessage.parse(rawMessage), author, time);
    }

    /**
     * The abbreviated id used in changelogs: the first seven characters.
     *
     * @return the short id
     */
    public String shortId() {
        return id.length() <= 7 ? id : id.substring(0, 7);
    }

    /**
     * Whether this commit brings released work back (R-S1): its message mentions "backport" in any
     * case. Such a commit was deployed already, so staging skips it and it is not new work of any
     * component.
     *
     * @return true for a backport
     */
    public boolean isBackport() {
        return message.raw().toLowerCase(Locale.ROOT).contains("backport");
    }
}
