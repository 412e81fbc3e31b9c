package dev.releaserules.core.manifest;

import java.util.Optional;

/** The kinds of release (R-RT1); their schedules and approval needs are in {@link ReleaseTrain}. */
public enum ReleaseType {
    /** The weekly release train. */
    REGULAR,
    /** An urgent fix of a single component, outside the train. */
    HOTFIX,
    /** The monthly release that all stakeholders approve. */
    MAJOR;

    /**
     * The name used in manifests, such as {@code hotfix}.
     *
     * @return the wire name
     */
    public String wireName() {
        return WireNames.of(this);
    }

    /**
     * Finds the type with a wire name.
     *
     * @param wireName such as {@code regular}
     * @return the type, or empty when none has that name
     */
    public static Optional<ReleaseType> findByWireName(String wireName) {
        return WireNames.find(ReleaseType.class, wireName);
    }
}
