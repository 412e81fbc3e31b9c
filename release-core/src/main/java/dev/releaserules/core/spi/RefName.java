package dev.releaserules.core.spi;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;

/**
 * A full git ref name such as {@code refs/heads/release/v2.3.0}, {@code refs/tags/v2.3.0} or
 * {@code refs/release-rules/triggered/v2.3.0}: the one place where short branch and tag names become
 * full ref names and back, so no caller does {@code "refs/heads/" + branch} arithmetic.
 *
 * <p>Only the shape is checked here (under {@code refs/}, a non-empty rest, no spaces or control
 * characters, no {@code ..}); whether git accepts every character is the adapter's check at the
 * point of writing.
 *
 * @param name the full name
 */
public record RefName(String name) implements Comparable<RefName> {
    private static final String REFS = "refs/";
    private static final String HEADS = "refs/heads/";
    private static final String TAGS = "refs/tags/";
    private static final String REMOTES = "refs/remotes/";

    /** Validates the shape. */
    public RefName {
        Checks.notNull(name, "ref name");
        if (!name.startsWith(REFS) || name.length() == REFS.length() || name.endsWith("/") || name.contains("..")
                || name.contains("//") || name.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            throw new InvalidInputException("ref name", name, Messages.FULL_REF_NAME);
        }
    }

    /**
     * Parses a full ref name.
     *
     * @param fullName such as {@code refs/heads/main}
     * @return the ref name
     * @throws InvalidInputException when it is not a full ref name
     */
    public static RefName of(String fullName) {
        return new RefName(fullName);
    }

    /**
     * The ref of a local branch.
     *
     * @param branch the short branch name, such as {@code release/v2.3.0}; a full
     *     {@code refs/heads/...} name is refused
     * @return {@code refs/heads/<branch>}
     */
    public static RefName branch(String branch) {
        return new RefName(HEADS + shortName(branch, "branch"));
    }

    /**
     * The ref of a tag.
     *
     * @param tag the short tag name, such as {@code v2.3.0}
     * @return {@code refs/tags/<tag>}
     */
    public static RefName tag(String tag) {
        return new RefName(TAGS + shortName(tag, "tag"));
    }

    /**
     * The remote-tracking ref of a branch, as a clone has it after a fetch.
     *
     * @param remote the remote, such as {@code origin}
     * @param branch the short branch name
     * @return {@code refs/remotes/<remote>/<branch>}
     */
    public static RefName remoteTracking(String remote, String branch) {
        return new RefName(REMOTES + shortName(remote, "remote") + "/" + shortName(branch, "branch"));
    }

    /**
     * Whether this is a local branch ({@code refs/heads/...}).
     *
     * @return true for a branch
     */
    public boolean isBranch() {
        return name.startsWith(HEADS);
    }

    /**
     * Whether this is a tag ({@code refs/tags/...}).
     *
     * @return true for a tag
     */
    public boolean isTag() {
        return name.startsWith(TAGS);
    }

    /**
     * The name without {@code refs/heads/} or {@code refs/tags/}; other refs keep their full name.
     *
     * @return the short name
     */
    public String shortName() {
        if (isBranch()) {
            return name.substring(HEADS.length());
        }
        return isTag() ? name.substring(TAGS.length()) : name;
    }

    /**
     * A branch as CI or a user may name it, short ({@code release/v2.3.0}) or full
     * ({@code refs/heads/release/v2.3.0}), as its short name. Nothing else is checked.
     *
     * @param nameOrRef the branch name or its full ref name
     * @return the short branch name
     */
    public static String shortBranchName(String nameOrRef) {
        Checks.notNull(nameOrRef, "branch");
        return nameOrRef.startsWith(HEADS) ? nameOrRef.substring(HEADS.length()) : nameOrRef;
    }

    @Override
    public int compareTo(RefName other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }

    private static String shortName(String value, String what) {
        Checks.notBlank(value, what);
        if (value.startsWith(REFS)) {
            throw new InvalidInputException(what + " name", value, Messages.SHORT_NAME);
        }
        return value;
    }
}
