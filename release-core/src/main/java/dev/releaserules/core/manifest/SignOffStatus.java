package dev.releaserules.core.manifest;

import java.util.Optional;

/** The state of a component's team sign-off (R-SO1). Written in manifests in snake case, such as {@code pending}. */
public enum SignOffStatus {
    /** Awaited from the component's team lead. */
    PENDING,
    /** The team lead approved the component. */
    APPROVED,
    /** The team lead rejected it, which blocks the release until withdrawn. */
    REJECTED,
    /** The component has no changes (R-MF2) or the release type skips team sign-offs. */
    NOT_REQUIRED;

    /**
     * The name used in manifests.
     *
     * @return the snake-case wire name
     */
    public String wireName() {
        return WireNames.of(this);
    }

    /**
     * Finds the value with a wire name.
     *
     * @param wireName the snake-case name
     * @return the value, or empty when none has that name
     */
    public static Optional<SignOffStatus> findByWireName(String wireName) {
        return WireNames.find(SignOffStatus.class, wireName);
    }
}
