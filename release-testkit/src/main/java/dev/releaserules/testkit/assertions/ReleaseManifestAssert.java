package dev.releaserules.testkit.assertions;

import dev.releaserules.core.manifest.Approval;
import dev.releaserules.core.manifest.ApprovalStatus;
import dev.releaserules.core.manifest.Component;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.ReleaseStatus;
import dev.releaserules.core.manifest.SignOff;
import dev.releaserules.core.manifest.SignOffStatus;
import dev.releaserules.testkit.internal.Args;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link ReleaseManifest}: its status, components, sign-offs, approvals and
 * readiness. A failure names the release id and what was found.
 *
 * <pre>{@code
 * assertThat(manifest).hasStatus(ReleaseStatus.PENDING_APPROVAL)
 *         .hasComponentSignedOffBy("api", "@alice")
 *         .hasSignOff("workers", SignOffStatus.NOT_REQUIRED)
 *         .readiness().isBlockedBy(Readiness.Kind.PENDING_APPROVAL, "Tech Lead");
 * }</pre>
 */
public final class ReleaseManifestAssert extends AbstractAssert<ReleaseManifestAssert, ReleaseManifest> {

    ReleaseManifestAssert(ReleaseManifest actual) {
        super(actual, ReleaseManifestAssert.class);
    }

    /**
     * Verifies the status.
     *
     * @param status the expected status
     * @return this assertion
     * @throws AssertionError when the release is in another status
     */
    public ReleaseManifestAssert hasStatus(ReleaseStatus status) {
        Args.notNull(status, "status");
        isNotNull();
        if (actual.status() != status) {
            failWithMessage("%s", FailureMessages.manifestShouldHaveStatus(actual, status.wireName()));
        }
        return this;
    }

    /**
     * Verifies that the release has a component.
     *
     * @param component the component name
     * @return this assertion
     * @throws AssertionError when there is no component of that name
     */
    public ReleaseManifestAssert hasComponent(String component) {
        component(component);
        return this;
    }

    /**
     * Verifies the status of a component's sign-off.
     *
     * @param component the component name
     * @param status the expected sign-off status
     * @return this assertion
     * @throws AssertionError when there is no such component or its sign-off has another status
     */
    public ReleaseManifestAssert hasSignOff(String component, SignOffStatus status) {
        Args.notNull(status, "status");
        SignOff s = component(component).signOff();
        if (s.status() != status) {
            failWithMessage("%s", FailureMessages.manifestShouldHaveSignOff(actual, component, status.wireName(),
                    describe(s)));
        }
        return this;
    }

    /**
     * Verifies that a component's sign-off is approved by a user.
     *
     * @param component the component name
     * @param user who should have approved, such as {@code @alice}
     * @return this assertion
     * @throws AssertionError when there is no such component, or its sign-off is not approved by that user
     */
    public ReleaseManifestAssert hasComponentSignedOffBy(String component, String user) {
        Args.notNull(user, "user");
        SignOff s = component(component).signOff();
        if (s.status() != SignOffStatus.APPROVED || !s.by().equals(user)) {
            failWithMessage("%s", FailureMessages.manifestShouldHaveSignOff(actual, component, "approved by " + user,
                    describe(s)));
        }
        return this;
    }

    /**
     * Verifies the status of a role approval (roles compare ignoring case, spaces, {@code -} and {@code _}).
     *
     * @param role the role, such as {@code Tech Lead}
     * @param status the expected status
     * @return this assertion
     * @throws AssertionError when the manifest has no approval for the role or it has another status
     */
    public ReleaseManifestAssert hasApproval(String role, ApprovalStatus status) {
        Args.notNull(role, "role");
        Args.notNull(status, "status");
        isNotNull();
        Approval a = actual.findApproval(role).orElse(null);
        if (a == null || a.status() != status) {
            failWithMessage("%s", FailureMessages.manifestShouldHaveApproval(actual, role, status.wireName(),
                    a == null ? "not in the manifest" : a.status().wireName()
                            + (a.user().isEmpty() ? "" : " (" + a.user() + ")")));
        }
        return this;
    }

    /**
     * Verifies that nothing is missing before the release may be approved and deployed (R-SO2).
     *
     * @return this assertion
     * @throws AssertionError when something is missing; the message lists it
     */
    public ReleaseManifestAssert isReady() {
        readiness().isReady();
        return this;
    }

    /**
     * Verifies that something is missing (R-SO2).
     *
     * @return this assertion
     * @throws AssertionError when nothing is missing
     */
    public ReleaseManifestAssert isNotReady() {
        readiness().isBlocked();
        return this;
    }

    /**
     * Assertions on the release's readiness, for chaining.
     *
     * @return assertions on {@link ReleaseManifest#readiness()}
     * @throws AssertionError when the manifest is null
     */
    public ReadinessAssert readiness() {
        isNotNull();
        return new ReadinessAssert(actual.readiness(), "release " + actual.id());
    }

    private Component component(String name) {
        Args.notNull(name, "component");
        isNotNull();
        Component c = actual.findComponent(name).orElse(null);
        if (c == null) {
            throw failure("%s", FailureMessages.manifestShouldHaveComponent(actual, name));
        }
        return c;
    }

    private static String describe(SignOff s) {
        String by = s.by().isEmpty() ? "" : " by " + s.by();
        String reason = s.reason().isEmpty() ? "" : ": " + s.reason();
        return s.status().wireName() + by + reason;
    }
}
