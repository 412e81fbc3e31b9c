package dev.releaserules.core.manifest;

import java.util.Optional;

/** The state of a role approval (release manager, tech lead, QA lead...). Written in manifests in snake case, such as {@code pending}. */
public enum ApprovalStatus {
    /** Awaited. */
    PENDING,
    /** Given. */
    APPROVED,
    /** Refused, which blocks the release until given. */
    REJECTED;

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
    public static Optional<ApprovalStatus> findByWireName(String wireName) {
        return WireNames.find(ApprovalStatus.class, wireName);
    }
}
