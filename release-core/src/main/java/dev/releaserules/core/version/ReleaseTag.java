package dev.releaserules.core.version;

import dev.releaserules.core.internal.Checks;

/**
 * A tag name recognised as a release tag, with the version it names.
 *
 * @param name the tag name, such as {@code v1.2.3} or {@code api@v1.2.3}
 * @param version the version the tag names
 */
public record ReleaseTag(String name, Version version) implements Comparable<ReleaseTag> {

    /** Validates the parts. */
    public ReleaseTag {
        Checks.notBlank(name, "tag name");
        Checks.notNull(version, "version");
    }

    /**
     * Orders by version precedence, then by name so that the order is total.
     *
     * @param other the other tag
     * @return negative, zero or positive as this tag's version is lower, equal or higher
     */
    @Override
    public int compareTo(ReleaseTag other) {
        int byVersion = version.compareTo(other.version);
        return byVersion != 0 ? byVersion : name.compareTo(other.name);
    }

    /**
     * Equal when the name and the version are. Written out because a record's generated
     * {@code equals} and {@code hashCode} link method handles on their first call, which a
     * command-line process pays at start-up.
     *
     * @param other the other object
     * @return whether it is an equal release tag
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ReleaseTag tag && name.equals(tag.name) && version.equals(tag.version);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + version.hashCode();
    }
}
