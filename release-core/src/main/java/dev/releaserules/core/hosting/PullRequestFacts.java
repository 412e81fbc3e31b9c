package dev.releaserules.core.hosting;

import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.PullRequest;
import java.util.Locale;
import java.util.Set;

/**
 * What the auto-merge policy (R-M1) looks at in a pull request. Build one with {@link #builder()},
 * or start from what the host reported with {@link #from(PullRequest)}.
 *
 * @param head the source branch, such as {@code backport/v2.3.0-to-develop}
 * @param base the target branch, such as {@code develop}
 * @param labels the labels
 * @param author who opened it
 * @param checks the state of its required checks
 * @param mergeability whether it merges cleanly
 * @param updateDelta for a dependency update, how big it is; {@link UpdateDelta#UNKNOWN} when not
 *     known or not a dependency update
 */
public record PullRequestFacts(String head, String base, Set<String> labels, AuthorKind author, ChecksState checks,
        Mergeability mergeability, UpdateDelta updateDelta) {

    /** Validates and copies the parts. */
    public PullRequestFacts {
        Checks.notBlank(head, "head");
        Checks.notBlank(base, "base");
        labels = Set.copyOf(Checks.listCopy(labels, "labels"));
        Checks.notNull(author, "author");
        Checks.notNull(checks, "checks");
        Checks.notNull(mergeability, "mergeability");
        Checks.notNull(updateDelta, "updateDelta");
    }

    /**
     * Whether it carries a label; labels compare without regard to case, as hosts treat them.
     *
     * @param label the label
     * @return true when one of the labels equals it ignoring case
     */
    public boolean hasLabel(String label) {
        String wanted = Checks.notNull(label, "label").toLowerCase(Locale.ROOT);
        return labels.stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).equals(wanted));
    }

    /**
     * A builder with nothing known yet: a human author, pending checks, unknown mergeability, no
     * labels and an unknown update delta. Head and base must be set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding what a host's pull request says: head, base, labels, and the title a
     * dependency update is read from. Author, checks and mergeability still start unknown.
     *
     * @param pullRequest the pull request
     * @return a new builder
     */
    public static Builder from(PullRequest pullRequest) {
        Checks.notNull(pullRequest, "pullRequest");
        return new Builder().head(pullRequest.head()).base(pullRequest.base()).labels(pullRequest.labels())
                .title(pullRequest.title());
    }

    /**
     * Builds {@link PullRequestFacts}. The update delta is, in this order: the one set with
     * {@link #updateDelta}, the one of the update set with {@link #dependencyUpdate}, the one read from
     * the {@link #title}, else {@link UpdateDelta#UNKNOWN}.
     */
    public static final class Builder {
        private String head;
        private String base;
        private Set<String> labels = Set.of();
        private AuthorKind author = AuthorKind.HUMAN;
        private ChecksState checks = ChecksState.PENDING;
        private Mergeability mergeability = Mergeability.UNKNOWN;
        private UpdateDelta delta;
        private DependencyUpdate update;
        private String title = "";

        private Builder() {
        }

        /**
         * The source branch.
         *
         * @param value the branch
         * @return this builder
         */
        public Builder head(String value) {
            this.head = value;
            return this;
        }

        /**
         * The target branch.
         *
         * @param value the branch
         * @return this builder
         */
        public Builder base(String value) {
            this.base = value;
            return this;
        }

        /**
         * The labels; none unless set.
         *
         * @param value the labels
         * @return this builder
         */
        public Builder labels(Set<String> value) {
            this.labels = value;
            return this;
        }

        /**
         * Who opened it; {@link AuthorKind#HUMAN} unless set.
         *
         * @param value the author kind
         * @return this builder
         */
        public Builder author(AuthorKind value) {
            this.author = value;
            return this;
        }

        /**
         * The required checks' state; {@link ChecksState#PENDING} unless set.
         *
         * @param value the state
         * @return this builder
         */
        public Builder checks(ChecksState value) {
            this.checks = value;
            return this;
        }

        /**
         * Whether it merges cleanly; {@link Mergeability#UNKNOWN} unless set.
         *
         * @param value the mergeability
         * @return this builder
         */
        public Builder mergeability(Mergeability value) {
            this.mergeability = value;
            return this;
        }

        /**
         * The title, read for a dependency update when none is given otherwise.
         *
         * @param value the title
         * @return this builder
         */
        public Builder title(String value) {
            this.title = Checks.notNull(value, "title");
            return this;
        }

        /**
         * The dependency update, when the versions are known.
         *
         * @param value the update
         * @return this builder
         */
        public Builder dependencyUpdate(DependencyUpdate value) {
            this.update = Checks.notNull(value, "dependencyUpdate");
            return this;
        }

        /**
         * The update delta, when the host reports it directly (such as Dependabot's update type).
         *
         * @param value the delta
         * @return this builder
         */
        public Builder updateDelta(UpdateDelta value) {
            this.delta = Checks.notNull(value, "updateDelta");
            return this;
        }

        /**
         * Builds the facts.
         *
         * @return the facts
         * @throws dev.releaserules.core.InvalidInputException when head or base is missing or a value is null
         */
        public PullRequestFacts build() {
            UpdateDelta resolved = delta != null ? delta
                    : update != null ? update.delta()
                    : DependencyUpdate.tryParseTitle(title).map(DependencyUpdate::delta).orElse(UpdateDelta.UNKNOWN);
            return new PullRequestFacts(head, base, labels, author, checks, mergeability, resolved);
        }
    }
}
