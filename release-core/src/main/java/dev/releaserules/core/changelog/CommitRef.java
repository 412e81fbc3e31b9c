package dev.releaserules.core.changelog;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import java.util.Optional;

/**
 * A commit as an entry of the release notes points to it: its id and, when the configuration has a
 * commit URL template, its link.
 *
 * @param id the full commit id, not blank, without whitespace
 * @param link the commit's URL, or the empty string when there is none
 */
public record CommitRef(String id, String link) {

    /** Validates the parts. */
    public CommitRef {
        Checks.notBlank(id, "commit id");
        Checks.notNull(link, "commit link");
        if (id.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException("commit id", id, "an object id without whitespace");
        }
    }

    /**
     * The abbreviated id shown in changelogs: the first seven characters.
     *
     * @return the short id
     */
    public String shortId() {
        return id.length() <= 7 ? id : id.substring(0, 7);
    }

    /**
     * The commit's URL, when there is one.
     *
     * @return the link, or empty
     */
    public Optional<String> findLink() {
        return link.isEmpty() ? Optional.empty() : Optional.of(link);
    }
}
