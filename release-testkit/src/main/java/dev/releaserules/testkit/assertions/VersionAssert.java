package dev.releaserules.testkit.assertions;

import dev.releaserules.core.version.Version;
import dev.releaserules.testkit.internal.Args;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Version}; comparisons use SemVer precedence ({@link Version#compareTo}),
 * so build metadata is ignored and a pre-release is less than its release.
 *
 * <pre>{@code
 * assertThat(Version.parse("2.3.0-rc.1700000000")).isPreRelease().hasPreRelease("rc.1700000000").isLessThan("2.3.0");
 * }</pre>
 */
public final class VersionAssert extends AbstractAssert<VersionAssert, Version> {

    VersionAssert(Version actual) {
        super(actual, VersionAssert.class);
    }

    /**
     * Verifies that the version is a pre-release.
     *
     * @return this assertion
     * @throws AssertionError when it has no pre-release part
     */
    public VersionAssert isPreRelease() {
        isNotNull();
        if (!actual.isPreRelease()) {
            failWithMessage("%s", FailureMessages.versionShouldBePreRelease(actual));
        }
        return this;
    }

    /**
     * Verifies that the version is a plain release {@code X.Y.Z}.
     *
     * @return this assertion
     * @throws AssertionError when it has a pre-release or build part
     */
    public VersionAssert isRelease() {
        isNotNull();
        if (!actual.isRelease()) {
            failWithMessage("%s", FailureMessages.versionShouldBeRelease(actual));
        }
        return this;
    }

    /**
     * Verifies the pre-release part.
     *
     * @param dotted the expected pre-release identifiers joined with dots, such as {@code rc.1}
     * @return this assertion
     * @throws AssertionError when the version has another pre-release part or none
     */
    public VersionAssert hasPreRelease(String dotted) {
        Args.notNull(dotted, "pre-release");
        isNotNull();
        if (!actual.isPreRelease() || !String.join(".", actual.preRelease()).equals(dotted)) {
            failWithMessage("%s", FailureMessages.versionShouldHavePreRelease(actual, dotted));
        }
        return this;
    }

    /**
     * Verifies the build metadata.
     *
     * @param dotted the expected build identifiers joined with dots, such as {@code sha.abc123}
     * @return this assertion
     * @throws AssertionError when the version has other build metadata or none
     */
    public VersionAssert hasBuild(String dotted) {
        Args.notNull(dotted, "build");
        isNotNull();
        if (actual.build().isEmpty() || !String.join(".", actual.build()).equals(dotted)) {
            failWithMessage("%s", FailureMessages.versionShouldHaveBuild(actual, dotted));
        }
        return this;
    }

    /**
     * Verifies that the version is greater than another by SemVer precedence.
     *
     * @param other the version it should exceed
     * @return this assertion
     * @throws AssertionError when it is less or of the same precedence
     */
    public VersionAssert isGreaterThan(Version other) {
        Args.notNull(other, "other version");
        isNotNull();
        if (!actual.isGreaterThan(other)) {
            failWithMessage("%s", FailureMessages.versionShouldBeGreaterThan(actual, other));
        }
        return this;
    }

    /**
     * Verifies that the version is greater than another by SemVer precedence.
     *
     * @param other the version it should exceed, such as {@code 2.2.0}
     * @return this assertion
     * @throws AssertionError when it is less or of the same precedence
     * @throws dev.releaserules.core.InvalidInputException when {@code other} is not a version
     */
    public VersionAssert isGreaterThan(String other) {
        return isGreaterThan(Version.parse(other));
    }

    /**
     * Verifies that the version is less than another by SemVer precedence.
     *
     * @param other the version it should be below
     * @return this assertion
     * @throws AssertionError when it is greater or of the same precedence
     */
    public VersionAssert isLessThan(Version other) {
        Args.notNull(other, "other version");
        isNotNull();
        if (actual.compareTo(other) >= 0) {
            failWithMessage("%s", FailureMessages.versionShouldBeLessThan(actual, other));
        }
        return this;
    }

    /**
     * Verifies that the version is less than another by SemVer precedence.
     *
     * @param other the version it should be below, such as {@code 2.3.0}
     * @return this assertion
     * @throws AssertionError when it is greater or of the same precedence
     * @throws dev.releaserules.core.InvalidInputException when {@code other} is not a version
     */
    public VersionAssert isLessThan(String other) {
        return isLessThan(Version.parse(other));
    }

    /**
     * Verifies that the version has the same precedence as another: they differ at most in build
     * metadata.
     *
     * @param other the other version
     * @return this assertion
     * @throws AssertionError when their precedence differs
     */
    public VersionAssert hasSamePrecedenceAs(Version other) {
        Args.notNull(other, "other version");
        isNotNull();
        if (!actual.hasSamePrecedence(other)) {
            failWithMessage("%s", FailureMessages.versionShouldHaveSamePrecedence(actual, other));
        }
        return this;
    }
}
