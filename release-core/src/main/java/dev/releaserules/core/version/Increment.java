package dev.releaserules.core.version;

/**
 * Which part of a version a release increments, ordered from the least to the most significant so
 * that the larger of two increments is {@code a.compareTo(b) >= 0 ? a : b}.
 */
public enum Increment {
    /** {@code 1.2.3 → 1.2.4}: backwards-compatible fixes. */
    PATCH,
    /** {@code 1.2.3 → 1.3.0}: backwards-compatible features. */
    MINOR,
    /** {@code 1.2.3 → 2.0.0}: breaking changes. */
    MAJOR;

    /**
     * The more significant of this increment and another.
     *
     * @param other the other increment
     * @return {@code other} when it is more significant, else this
     */
    public Increment max(Increment other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
