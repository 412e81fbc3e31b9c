package dev.releaserules.testkit.assertions;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Runs an assertion that must fail and hands back its message, so tests can check the text. */
final class AssertionFailures {
    private AssertionFailures() {
    }

    static String failure(ThrowingCallable assertion) {
        return assertThatExceptionOfType(AssertionError.class).isThrownBy(assertion).actual().getMessage();
    }
}
