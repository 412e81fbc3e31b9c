package dev.releaserules.core.manifest;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The status of a release (R-MF1) and the table of allowed moves between statuses:
 * {@code draft → pending_approval → approved → deploying → deployed}, and {@code rolled_back} from
 * {@code deploying} or {@code deployed}. Every other move is refused with an
 * {@link IllegalTransitionException}.
 */
public enum ReleaseStatus {
    /** Being put together; sign-offs are not yet requested. */
    DRAFT,
    /** Sign-offs, checklist items and approvals are being collected. */
    PENDING_APPROVAL,
    /** Everything required is in; the release may be deployed. */
    APPROVED,
    /** Components are being deployed one by one. */
    DEPLOYING,
    /** Every component was deployed and verified. */
    DEPLOYED,
    /** The release was rolled back. */
    ROLLED_BACK,
    /** Called off before deploying, with who and why recorded (R-MF1). */
    CANCELLED;

    private static final Map<ReleaseStatus, Set<ReleaseStatus>> ALLOWED = table();

    private static Map<ReleaseStatus, Set<ReleaseStatus>> table() {
        Map<ReleaseStatus, Set<ReleaseStatus>> t = new EnumMap<>(ReleaseStatus.class);
        t.put(DRAFT, EnumSet.of(PENDING_APPROVAL, CANCELLED));
        t.put(PENDING_APPROVAL, EnumSet.of(APPROVED, CANCELLED));
        t.put(APPROVED, EnumSet.of(DEPLOYING, CANCELLED));
        t.put(DEPLOYING, EnumSet.of(DEPLOYED, ROLLED_BACK));
        t.put(DEPLOYED, EnumSet.of(ROLLED_BACK));
        t.put(ROLLED_BACK, EnumSet.noneOf(ReleaseStatus.class));
        t.put(CANCELLED, EnumSet.noneOf(ReleaseStatus.class));
        t.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        return Collections.unmodifiableMap(t);
    }

    /**
     * The statuses this status may move to.
     *
     * @return an unmodifiable set; empty for {@link #ROLLED_BACK}
     */
    public Set<ReleaseStatus> allowedTargets() {
        return ALLOWED.get(this);
    }

    /**
     * Whether the table allows moving from this status to another.
     *
     * @param target the status to move to
     * @return true when the move is in the table
     */
    public boolean canMoveTo(ReleaseStatus target) {
        return target != null && ALLOWED.get(this).contains(target);
    }

    /**
     * Checks a move against the table.
     *
     * @param target the status to move to
     * @return {@code target}
     * @throws IllegalTransitionException when the table does not allow the move
     */
    public ReleaseStatus requireMoveTo(ReleaseStatus target) {
        dev.releaserules.core.internal.Checks.notNull(target, "target status");
        if (!canMoveTo(target)) {
            throw new IllegalTransitionException(this, target);
        }
        return target;
    }

    /**
     * The name used in manifests, such as {@code pending_approval}.
     *
     * @return the wire name
     */
    public String wireName() {
        return WireNames.of(this);
    }

    /**
     * Finds the status with a wire name.
     *
     * @param wireName such as {@code approved}
     * @return the status, or empty when none has that name
     */
    public static Optional<ReleaseStatus> findByWireName(String wireName) {
        return WireNames.find(ReleaseStatus.class, wireName);
    }
}
