package dev.releaserules.testkit.assertions;

import dev.releaserules.core.manifest.ManifestUpdate;
import dev.releaserules.testkit.internal.Args;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on what a {@link dev.releaserules.core.manifest.ReleaseDesk} command returned: accepted
 * or refused, and why.
 *
 * <pre>{@code
 * assertThat(desk.comment(manifest, "api", "@mallory", "/approve")).isRefusedMentioning("@mallory");
 * }</pre>
 */
public final class ManifestUpdateAssert extends AbstractAssert<ManifestUpdateAssert, ManifestUpdate> {

    ManifestUpdateAssert(ManifestUpdate actual) {
        super(actual, ManifestUpdateAssert.class);
    }

    /**
     * Verifies that the command was accepted.
     *
     * @return this assertion
     * @throws AssertionError when it was refused; the message gives the refusal
     */
    public ManifestUpdateAssert isAccepted() {
        isNotNull();
        if (!actual.isAccepted()) {
            failWithMessage("%s", FailureMessages.updateShouldBeAccepted(actual));
        }
        return this;
    }

    /**
     * Verifies that the command was refused.
     *
     * @return this assertion
     * @throws AssertionError when it was accepted
     */
    public ManifestUpdateAssert isRefused() {
        isNotNull();
        if (actual.isAccepted()) {
            failWithMessage("%s", FailureMessages.updateShouldBeRefused(actual));
        }
        return this;
    }

    /**
     * Verifies that the command was refused with a reason containing a text.
     *
     * @param text the text expected in the refusal, such as a rule id or a user
     * @return this assertion
     * @throws AssertionError when it was accepted or refused for another reason
     */
    public ManifestUpdateAssert isRefusedMentioning(String text) {
        Args.notNull(text, "text");
        isNotNull();
        if (actual.isAccepted() || !actual.refusal().contains(text)) {
            failWithMessage("%s", FailureMessages.updateShouldBeRefusedMentioning(actual, text));
        }
        return this;
    }
}
