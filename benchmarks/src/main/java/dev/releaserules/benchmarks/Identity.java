package dev.releaserules.benchmarks;

/**
 * A fixed author, committer or tagger identity with its time zone.
 *
 * @param name  the display name
 * @param email the e-mail address
 * @param zone  the time zone offset as git writes it, such as {@code +0100}
 */
record Identity(String name, String email, String zone) {

    /** The identity as a fast-import signature at {@code epochSeconds}. */
    String signature(long epochSeconds) {
        return name + " <" + email + "> " + epochSeconds + " " + zone;
    }
}
