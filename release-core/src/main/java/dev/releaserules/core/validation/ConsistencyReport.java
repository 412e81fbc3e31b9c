package dev.releaserules.core.validation;

import dev.releaserules.core.internal.Checks;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of the tag/version consistency check (R-T2): every failed check, and the checks that
 * could not run because an input they need was already invalid. Never a bare boolean.
 *
 * @param tag the tag that was checked, as given
 * @param requestedVersion the requested version, as given
 * @param violations the failed checks, in check order; empty when all passed
 * @param skipped checks that did not run because an earlier check failed (for example the tag
 *     could not be compared with the version file because the tag was malformed)
 */
public record ConsistencyReport(String tag, String requestedVersion, List<Violation> violations, List<Check> skipped) {

    /** Validates and copies the parts. */
    public ConsistencyReport {
        Checks.notNull(tag, "tag");
        Checks.notNull(requestedVersion, "requestedVersion");
        violations = Checks.listCopy(violations, "violations");
        skipped = Checks.listCopy(skipped, "skipped");
    }

    /**
     * Whether every check passed.
     *
     * @return true when there is no violation
     */
    public boolean isOk() {
        return violations.isEmpty();
    }

    /**
     * Whether a given check failed.
     *
     * @param check the check
     * @return true when it is among the violations
     */
    public boolean failed(Check check) {
        return violations.stream().anyMatch(v -> v.check() == check);
    }

    /**
     * Returns this report when every check passed, else throws.
     *
     * @return this report
     * @throws ConsistencyException carrying this report, with every failed check in its message
     */
    public ConsistencyReport orThrow() {
        if (!isOk()) {
            throw new ConsistencyException(this);
        }
        return this;
    }

    /**
     * A multi-line description: a summary line, then one line per failed check.
     *
     * @return the description
     */
    public String describe() {
        if (isOk()) {
            return Messages.passed(tag, requestedVersion);
        }
        return Messages.failedSummary(tag, requestedVersion, violations.size()) + "\n"
                + violations.stream().map(v -> "  - " + v).collect(Collectors.joining("\n"));
    }
}
