/**
 * AssertJ assertions for Release Rules values. Entry point:
 * {@link dev.releaserules.testkit.assertions.ReleaseAssertions#assertThat}; each assertion class
 * extends AssertJ's {@code AbstractAssert}, so {@code as(...)}, {@code satisfies(...)} and the
 * other common assertions work as usual.
 *
 * <p>A failure says what was expected and what was found, using the value's own description (a
 * consistency report's {@code describe()}, a readiness's missing items, a bump recommendation's
 * {@code explain()}). The message texts are built in one place, {@code FailureMessages}, and tested.
 *
 * <p>Needs AssertJ ({@code org.assertj:assertj-core}) at run time; the testkit depends on it at
 * compile scope for the reasons given in {@link dev.releaserules.testkit.jqwik}.
 */
@NullMarked
package dev.releaserules.testkit.assertions;

import org.jspecify.annotations.NullMarked;
