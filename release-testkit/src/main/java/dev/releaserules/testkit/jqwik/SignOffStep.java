package dev.releaserules.testkit.jqwik;

import dev.releaserules.core.manifest.IllegalTransitionException;
import dev.releaserules.core.manifest.ManifestUpdate;
import dev.releaserules.core.manifest.ReleaseDesk;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.ReleaseStatus;
import dev.releaserules.testkit.internal.Args;
import java.util.List;

/**
 * One thing someone does to a release through a {@link ReleaseDesk}: comment on a component's
 * sign-off, withdraw a rejection, give a role approval, complete a checklist item, or move the
 * release to another status. Generated in sequences by
 * {@link ReleaseArbitraries#signOffSequences(ReleaseManifest)}, by the people who may act and by
 * people who may not.
 *
 * <pre>{@code
 * ReleaseManifest m = start;
 * for (SignOffStep step : steps) {
 *     ManifestUpdate update = step.applyTo(desk, m);
 *     m = update.manifest();
 * }
 * }</pre>
 */
public sealed interface SignOffStep {

    /**
     * Applies this step: calls the matching {@link ReleaseDesk} command.
     *
     * @param desk the desk that applies the rules
     * @param manifest the release as it is
     * @return the desk's update: accepted with the new manifest and its events, or refused unchanged
     */
    ManifestUpdate applyTo(ReleaseDesk desk, ReleaseManifest manifest);

    /**
     * Someone comments on a component's sign-off request ({@link ReleaseDesk#comment}).
     *
     * @param component the component
     * @param user who comments
     * @param text the comment, such as {@code /approve} or {@code > /approve} (a quote, which does not count)
     */
    record Comment(String component, String user, String text) implements SignOffStep {
        /** Validates the parts. */
        public Comment {
            Args.notNull(component, "component");
            Args.notBlank(user, "user");
            Args.notNull(text, "text");
        }

        @Override
        public ManifestUpdate applyTo(ReleaseDesk desk, ReleaseManifest manifest) {
            return desk.comment(manifest, component, user, text);
        }
    }

    /**
     * Someone withdraws a component's rejection ({@link ReleaseDesk#withdrawRejection}).
     *
     * @param component the component
     * @param user who withdraws
     */
    record Withdraw(String component, String user) implements SignOffStep {
        /** Validates the parts. */
        public Withdraw {
            Args.notNull(component, "component");
            Args.notBlank(user, "user");
        }

        @Override
        public ManifestUpdate applyTo(ReleaseDesk desk, ReleaseManifest manifest) {
            return desk.withdrawRejection(manifest, component, user);
        }
    }

    /**
     * Someone gives a role approval ({@link ReleaseDesk#approve}).
     *
     * @param role the role, such as {@code Tech Lead}
     * @param user who approves
     */
    record Approve(String role, String user) implements SignOffStep {
        /** Validates the parts. */
        public Approve {
            Args.notNull(role, "role");
            Args.notBlank(user, "user");
        }

        @Override
        public ManifestUpdate applyTo(ReleaseDesk desk, ReleaseManifest manifest) {
            return desk.approve(manifest, role, user);
        }
    }

    /**
     * Someone completes a checklist item ({@link ReleaseDesk#complete}).
     *
     * @param item the item text
     * @param user who completes it
     */
    record Complete(String item, String user) implements SignOffStep {
        /** Validates the parts. */
        public Complete {
            Args.notNull(item, "item");
            Args.notBlank(user, "user");
        }

        @Override
        public ManifestUpdate applyTo(ReleaseDesk desk, ReleaseManifest manifest) {
            return desk.complete(manifest, item, user);
        }
    }

    /**
     * Someone asks to move the release to another status ({@link ReleaseDesk#transition}).
     *
     * <p>A move the status table forbids makes the desk throw an {@link IllegalTransitionException};
     * this step turns it into a refusal carrying the exception's message, so that a random sequence
     * runs to its end and every step has an update to look at.
     *
     * @param target the status asked for
     * @param user who asks
     */
    record Move(ReleaseStatus target, String user) implements SignOffStep {
        /** Validates the parts. */
        public Move {
            Args.notNull(target, "target");
            Args.notBlank(user, "user");
        }

        @Override
        public ManifestUpdate applyTo(ReleaseDesk desk, ReleaseManifest manifest) {
            try {
                return desk.transition(manifest, target, user);
            } catch (IllegalTransitionException refused) {
                return new ManifestUpdate(manifest, List.of(), refused.getMessage());
            }
        }
    }
}
