package dev.releaserules.testkit.assertions;

import dev.releaserules.core.manifest.Readiness;
import dev.releaserules.testkit.internal.Args;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a release's {@link Readiness} (R-SO2). A failure lists what is missing, one line
 * per item with its kind.
 *
 * <pre>{@code
 * assertThat(manifest.readiness()).isBlockedBy(Readiness.Kind.PENDING_SIGN_OFF, "api").isNotBlockedBy("portal");
 * }</pre>
 */
public final class ReadinessAssert extends AbstractAssert<ReadinessAssert, Readiness> {
    private final String subject;

    ReadinessAssert(Readiness actual, String subject) {
        super(actual, ReadinessAssert.class);
        this.subject = subject;
    }

    /**
     * Verifies that nothing is missing.
     *
     * @return this assertion
     * @throws AssertionError when something is missing
     */
    public ReadinessAssert isReady() {
        isNotNull();
        if (!actual.isReady()) {
            failWithMessage("%s", FailureMessages.shouldBeReady(subject, actual));
        }
        return this;
    }

    /**
     * Verifies that something is missing.
     *
     * @return this assertion
     * @throws AssertionError when nothing is missing
     */
    public ReadinessAssert isBlocked() {
        isNotNull();
        if (actual.isReady()) {
            failWithMessage("%s", FailureMessages.shouldNotBeReady(subject));
        }
        return this;
    }

    /**
     * Verifies that a missing item of a kind names a subject.
     *
     * @param kind the kind of missing item, such as {@link Readiness.Kind#PENDING_SIGN_OFF}
     * @param subject the component, checklist item, role or validation name
     * @return this assertion
     * @throws AssertionError when no such item is missing
     */
    public ReadinessAssert isBlockedBy(Readiness.Kind kind, String subject) {
        Args.notNull(kind, "kind");
        Args.notNull(subject, "subject");
        isNotNull();
        if (actual.of(kind).stream().noneMatch(m -> m.subject().equals(subject))) {
            failWithMessage("%s", FailureMessages.shouldBeBlockedBy(actual, FailureMessages.blocker(kind, subject)));
        }
        return this;
    }

    /**
     * Verifies that a missing item, of any kind, names a subject.
     *
     * @param subject the component, checklist item, role or validation name
     * @return this assertion
     * @throws AssertionError when nothing missing names it
     */
    public ReadinessAssert isBlockedBy(String subject) {
        Args.notNull(subject, "subject");
        isNotNull();
        if (actual.missing().stream().noneMatch(m -> m.subject().equals(subject))) {
            failWithMessage("%s", FailureMessages.shouldBeBlockedBy(actual, FailureMessages.blocker(subject)));
        }
        return this;
    }

    /**
     * Verifies that no missing item names a subject.
     *
     * @param subject the component, checklist item, role or validation name
     * @return this assertion
     * @throws AssertionError when something missing names it
     */
    public ReadinessAssert isNotBlockedBy(String subject) {
        Args.notNull(subject, "subject");
        isNotNull();
        if (actual.missing().stream().anyMatch(m -> m.subject().equals(subject))) {
            failWithMessage("%s", FailureMessages.shouldNotBeBlockedBy(actual, FailureMessages.blocker(subject)));
        }
        return this;
    }
}
