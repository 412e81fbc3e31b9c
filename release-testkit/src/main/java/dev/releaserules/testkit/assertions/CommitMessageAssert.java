package dev.releaserules.testkit.assertions;

import dev.releaserules.core.commit.CommitMessage;
import dev.releaserules.core.commit.ConventionalCommit;
import dev.releaserules.core.commit.NonConventional;
import dev.releaserules.testkit.internal.Args;
import java.util.Locale;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a parsed {@link CommitMessage}. A failure shows the raw message (escaped, and cut
 * after 200 characters) and what it was parsed as.
 *
 * <pre>{@code
 * assertThat(CommitMessage.parse("feat(api)!: drop v1")).isConventional().hasType("feat").isBreaking();
 * }</pre>
 */
public final class CommitMessageAssert extends AbstractAssert<CommitMessageAssert, CommitMessage> {

    CommitMessageAssert(CommitMessage actual) {
        super(actual, CommitMessageAssert.class);
    }

    /**
     * Verifies that the message is a conventional commit.
     *
     * @return this assertion
     * @throws AssertionError when it is a merge, a revert or not conventional
     */
    public CommitMessageAssert isConventional() {
        isNotNull();
        if (!(actual instanceof ConventionalCommit)) {
            failWithMessage("%s", FailureMessages.messageShouldBeConventional(actual));
        }
        return this;
    }

    /**
     * Verifies that the message follows no form: not conventional, not a merge, not a revert.
     *
     * @return this assertion
     * @throws AssertionError when it is any of those
     */
    public CommitMessageAssert isNonConventional() {
        isNotNull();
        if (!(actual instanceof NonConventional)) {
            failWithMessage("%s", FailureMessages.messageShouldBeNonConventional(actual));
        }
        return this;
    }

    /**
     * Verifies that the message is a breaking conventional commit ({@code !} or a
     * {@code BREAKING CHANGE} footer).
     *
     * @return this assertion
     * @throws AssertionError when it is not conventional or not breaking
     */
    public CommitMessageAssert isBreaking() {
        isNotNull();
        if (!(actual instanceof ConventionalCommit c && c.isBreaking())) {
            failWithMessage("%s", FailureMessages.messageShouldBeBreaking(actual));
        }
        return this;
    }

    /**
     * Verifies that the message is a conventional commit that is not breaking.
     *
     * @return this assertion
     * @throws AssertionError when it is not conventional or is breaking
     */
    public CommitMessageAssert isNotBreaking() {
        isConventional();
        ConventionalCommit c = (ConventionalCommit) actual;
        if (c.isBreaking()) {
            failWithMessage("%s", FailureMessages.messageShouldNotBeBreaking(c));
        }
        return this;
    }

    /**
     * Verifies the type of a conventional commit, ignoring case ({@code Feat} is {@code feat}).
     *
     * @param type the expected type, such as {@code fix}
     * @return this assertion
     * @throws AssertionError when the message is not conventional or of another type
     */
    public CommitMessageAssert hasType(String type) {
        Args.notBlank(type, "type");
        isNotNull();
        if (!(actual instanceof ConventionalCommit c && c.normalizedType().equals(type.toLowerCase(Locale.ROOT)))) {
            failWithMessage("%s", FailureMessages.messageShouldHaveType(actual, type));
        }
        return this;
    }
}
