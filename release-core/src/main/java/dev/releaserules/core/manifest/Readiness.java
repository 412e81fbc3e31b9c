package dev.releaserules.core.manifest;

import dev.releaserules.core.internal.Checks;
import java.util.List;

/**
 * Whether a release is ready (R-SO2): the list of exactly what is missing, in manifest order
 * (sign-offs, checklist items, approvals, validations). Ready only when the list is empty.
 *
 * @param missing what is missing; empty when ready
 */
public record Readiness(List<Missing> missing) {

    /** Copies the list. */
    public Readiness {
        missing = Checks.listCopy(missing, "missing items");
    }

    /** The kinds of missing things. */
    public enum Kind {
        /** A component's team sign-off has not been given. */
        PENDING_SIGN_OFF,
        /** A component's team sign-off was rejected and not withdrawn. */
        REJECTED_SIGN_OFF,
        /** A required checklist item is not completed. */
        PENDING_CHECKLIST_ITEM,
        /** A role approval has not been given. */
        PENDING_APPROVAL,
        /** A role approval was refused. */
        REJECTED_APPROVAL,
        /** A validation (tests, scans) failed. */
        FAILED_VALIDATION
    }

    /**
     * One missing thing.
     *
     * @param kind what kind of thing
     * @param subject the component, checklist item, role or validation name
     * @param detail who is expected to act or why it is blocked; may be empty
     */
    public record Missing(Kind kind, String subject, String detail) {
        /** Validates the parts. */
        public Missing {
            Checks.notNull(kind, "kind");
            Checks.notBlank(subject, "subject");
            Checks.notNull(detail, "detail");
        }

        /**
         * One line for people, such as {@code sign-off of api pending (@alice)}.
         *
         * @return the description
         */
        public String describe() {
            return Messages.missing(this);
        }
    }

    /**
     * Whether nothing is missing.
     *
     * @return true when ready
     */
    public boolean isReady() {
        return missing.isEmpty();
    }

    /**
     * Returns this readiness when ready, or throws.
     *
     * @return this
     * @throws NotReadyException when something is missing; it carries this value
     */
    public Readiness orThrow() {
        if (!isReady()) {
            throw new NotReadyException(this);
        }
        return this;
    }

    /**
     * The missing things of one kind.
     *
     * @param kind the kind
     * @return those entries, in order
     */
    public List<Missing> of(Kind kind) {
        return missing.stream().filter(m -> m.kind() == kind).toList();
    }
}
