package dev.releaserules.testkit.jqwik;

import dev.releaserules.testkit.internal.Args;
import java.util.Map;

/**
 * One commit of a generated {@link CommitHistory}: its message and the files it writes.
 *
 * @param message the full commit message, as git will store it
 * @param files path (with {@code /}) → UTF-8 content; may be empty for an empty commit
 */
public record PlannedCommit(String message, Map<String, String> files) {

    /**
     * Validates and copies the parts.
     *
     * @param message the commit message, not null
     * @param files the files, not null, without null keys or values
     * @throws dev.releaserules.core.InvalidInputException when a part is null
     */
    public PlannedCommit {
        Args.notNull(message, "message");
        files = Args.mapCopy(files, "files");
    }
}
