package dev.releaserules.testkit.assertions;

import dev.releaserules.core.validation.Check;
import dev.releaserules.core.validation.ConsistencyReport;
import dev.releaserules.core.validation.Violation;
import dev.releaserules.testkit.internal.Args;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link ConsistencyReport} (R-T2). A failure shows the report's
 * {@link ConsistencyReport#describe()}.
 *
 * <pre>{@code
 * assertThat(report).isNotOk().hasOnlyViolations(Check.VERSION_FILE_MATCHES_TAG).hasViolationMentioning("2.3.4");
 * }</pre>
 */
public final class ConsistencyReportAssert extends AbstractAssert<ConsistencyReportAssert, ConsistencyReport> {

    ConsistencyReportAssert(ConsistencyReport actual) {
        super(actual, ConsistencyReportAssert.class);
    }

    /**
     * Verifies that every check passed.
     *
     * @return this assertion
     * @throws AssertionError when the report lists a violation, or is null
     */
    public ConsistencyReportAssert isOk() {
        isNotNull();
        if (!actual.isOk()) {
            failWithMessage("%s", FailureMessages.reportShouldBeOk(actual));
        }
        return this;
    }

    /**
     * Verifies that at least one check failed.
     *
     * @return this assertion
     * @throws AssertionError when every check passed
     */
    public ConsistencyReportAssert isNotOk() {
        isNotNull();
        if (actual.isOk()) {
            failWithMessage("%s", FailureMessages.reportShouldNotBeOk(actual));
        }
        return this;
    }

    /**
     * Verifies that a check failed.
     *
     * @param check the check expected among the violations
     * @return this assertion
     * @throws AssertionError when that check did not fail
     */
    public ConsistencyReportAssert hasViolation(Check check) {
        Args.notNull(check, "check");
        isNotNull();
        if (!actual.failed(check)) {
            failWithMessage("%s", FailureMessages.reportShouldHaveViolation(actual, check));
        }
        return this;
    }

    /**
     * Verifies that a check did not fail.
     *
     * @param check the check expected to pass (or to have been skipped)
     * @return this assertion
     * @throws AssertionError when that check failed
     */
    public ConsistencyReportAssert hasNoViolation(Check check) {
        Args.notNull(check, "check");
        isNotNull();
        if (actual.failed(check)) {
            failWithMessage("%s", FailureMessages.reportShouldNotHaveViolation(actual, check));
        }
        return this;
    }

    /**
     * Verifies that exactly these checks failed, in any order.
     *
     * @param checks the checks expected to fail, and no other
     * @return this assertion
     * @throws AssertionError when another check failed or one of these did not
     */
    public ConsistencyReportAssert hasOnlyViolations(Check... checks) {
        List<Check> expected = Args.listCopy(Arrays.asList(Args.notNull(checks, "checks")), "checks");
        isNotNull();
        List<Check> found = actual.violations().stream().map(Violation::check).toList();
        if (!(found.containsAll(expected) && expected.containsAll(found))) {
            failWithMessage("%s", FailureMessages.reportShouldHaveOnlyViolations(actual, expected));
        }
        return this;
    }

    /**
     * Verifies that a violation's message contains a text, such as the tag or the version it names.
     *
     * @param text the text expected in a violation's message
     * @return this assertion
     * @throws AssertionError when no violation mentions it
     */
    public ConsistencyReportAssert hasViolationMentioning(String text) {
        Args.notNull(text, "text");
        isNotNull();
        if (actual.violations().stream().noneMatch(v -> v.message().contains(text))) {
            failWithMessage("%s", FailureMessages.reportShouldHaveViolationMentioning(actual, text));
        }
        return this;
    }
}
