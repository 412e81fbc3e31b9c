package dev.releaserules.core.manifest;

import dev.releaserules.core.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may sign off and approve (R-SO1): a component's team lead and the delegates named here sign
 * for it; an approval's named user and the role delegates named here give it, except the release
 * manager approval, which only the release manager gives. With the four-eyes rule, an author of a
 * change may not approve it.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class SignOffPolicy {
    private final Map<String, List<String>> delegates;
    private final Map<String, List<String>> roleDelegates;
    private final boolean fourEyes;
    private final String botHandle;

    private SignOffPolicy(Builder b) {
        this.delegates = copy(b.delegates);
        this.roleDelegates = copy(b.roleDelegates);
        this.fourEyes = b.fourEyes;
        this.botHandle = b.botHandle;
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> map) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * The default policy: team leads and named approvers only, no four-eyes rule.
     *
     * @return the policy
     */
    public static SignOffPolicy defaults() {
        return builder().build();
    }

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether a user may sign off a component.
     *
     * @param component the component
     * @param user the user's handle
     * @return true for its team lead or a delegate for it
     */
    public boolean maySignFor(Component component, String user) {
        return (!component.teamLead().isEmpty() && component.teamLead().equals(user))
                || delegates.getOrDefault(component.name(), List.of()).contains(user);
    }

    /**
     * Whether a user may give a role approval.
     *
     * @param manifest the release
     * @param approval the approval
     * @param user the user's handle
     * @return true when allowed
     */
    public boolean mayApprove(ReleaseManifest manifest, Approval approval, String user) {
        if (approval.isRole(Roles.RELEASE_MANAGER)) {
            String manager = manifest.release().releaseManager();
            return manager.isEmpty() ? approval.user().equals(user) : manager.equals(user);
        }
        if (!approval.user().isEmpty() && approval.user().equals(user)) {
            return true;
        }
        return roleDelegates.entrySet().stream()
                .anyMatch(e -> Roles.same(e.getKey(), approval.role()) && e.getValue().contains(user));
    }

    /**
     * Whether the four-eyes rule is on.
     *
     * @return true when authors of a change may not approve it
     */
    public boolean fourEyes() {
        return fourEyes;
    }

    /**
     * The handle recorded when the rules complete a checklist item themselves.
     *
     * @return such as {@code @release-rules}
     */
    public String botHandle() {
        return botHandle;
    }

    /** Builds a {@link SignOffPolicy}; each setter checks its argument at once. */
    public static final class Builder {
        private final Map<String, List<String>> delegates = new LinkedHashMap<>();
        private final Map<String, List<String>> roleDelegates = new LinkedHashMap<>();
        private boolean fourEyes;
        private String botHandle = "@release-rules";

        private Builder() {
        }

        /**
         * Lets a user sign off a component besides its team lead.
         *
         * @param component the component name
         * @param user the delegate's handle
         * @return this builder
         */
        public Builder delegate(String component, String user) {
            SafeNames.requireSafe(component, "component name");
            Checks.notBlank(user, "delegate");
            delegates.computeIfAbsent(component, k -> new ArrayList<>()).add(user);
            return this;
        }

        /**
         * Lets a user give a role approval besides its named user. Has no effect for the release
         * manager approval, which only the release manager gives.
         *
         * @param role the role, such as {@code Tech Lead}
         * @param user the delegate's handle
         * @return this builder
         */
        public Builder roleDelegate(String role, String user) {
            Checks.notBlank(role, "role");
            Checks.notBlank(user, "delegate");
            roleDelegates.computeIfAbsent(role, k -> new ArrayList<>()).add(user);
            return this;
        }

        /**
         * Turns the four-eyes rule on or off.
         *
         * @param enabled whether authors of a change may not approve it
         * @return this builder
         */
        public Builder fourEyes(boolean enabled) {
            this.fourEyes = enabled;
            return this;
        }

        /**
         * Sets the handle recorded when the rules complete a checklist item themselves.
         *
         * @param handle such as {@code @release-rules}
         * @return this builder
         */
        public Builder botHandle(String handle) {
            this.botHandle = Checks.notBlank(handle, "bot handle");
            return this;
        }

        /**
         * Builds the policy.
         *
         * @return the policy
         */
        public SignOffPolicy build() {
            return new SignOffPolicy(this);
        }
    }
}
