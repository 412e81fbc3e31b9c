package dev.releaserules.core.manifest;

import java.util.Optional;

/** The state of a checklist item. Written in manifests in snake case, such as {@code pending}. */
public enum ChecklistStatus {
    /** Not done yet. */
    PENDING,
    /** Done, usually with who did it. */
    COMPLETED;

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
    public static Optional<ChecklistStatus> findByWireName(String wireName) {
        return WireNames.find(ChecklistStatus.class, wireName);
    }
}
