package dev.releaserules.core.flow;

import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.version.TagFormat;
import dev.releaserules.core.version.Version;
import java.util.Optional;

/**
 * Branch names of the quick-release flow (R-B1): {@code release/vX.Y.Z}, {@code hotfix/vX.Y.Z} and
 * {@code backport/vX.Y.Z-to-develop}. The version part follows the tag format, so per-component or
 * unprefixed tags give matching branch names. Every name is a valid git ref name.
 *
 * @param tagFormat the tag format whose names follow {@code release/} and {@code hotfix/}
 */
public record BranchNames(TagFormat tagFormat) {

    /** Validates the format. */
    public BranchNames {
        Checks.notNull(tagFormat, "tagFormat");
    }

    /**
     * The names for {@code v}-prefixed tags.
     *
     * @return branch names with the default tag format
     */
    public static BranchNames defaults() {
        return new BranchNames(TagFormat.defaults());
    }

    /**
     * The release branch of a version.
     *
     * @param version a release version
     * @return such as {@code release/v2.3.0}
     */
    public String release(Version version) {
        return RefNames.requireValid("release/" + tagFormat.format(version));
    }

    /**
     * The hotfix branch of a version.
     *
     * @param version a release version
     * @return such as {@code hotfix/v2.3.1}
     */
    public String hotfix(Version version) {
        return RefNames.requireValid("hotfix/" + tagFormat.format(version));
    }

    /**
     * The backport branch bringing a version to a target branch.
     *
     * @param version the released version
     * @param target the branch it goes back to, such as {@code develop}
     * @return such as {@code backport/v2.3.0-to-develop}
     */
    public String backport(Version version, String target) {
        RefNames.requireValid(Checks.notBlank(target, "target"));
        return RefNames.requireValid("backport/" + tagFormat.format(version) + "-to-" + target);
    }

    /**
     * The kind of a flow branch from its prefix alone ({@code release/}, {@code hotfix/},
     * {@code backport/}), whatever follows it. Policies that must err on the safe side use this
     * rather than {@link #findReleaseOrHotfix}: {@code release/next} is still a release branch to them.
     *
     * @param branch a branch name, with or without {@code refs/heads/}; null gives empty
     * @return the kind, or empty when the name has none of the prefixes
     */
    public Optional<BranchKind> findKind(String branch) {
        if (branch == null) {
            return Optional.empty();
        }
        String name = RefName.shortBranchName(branch);
        if (name.startsWith("release/")) {
            return Optional.of(BranchKind.RELEASE);
        }
        if (name.startsWith("hotfix/")) {
            return Optional.of(BranchKind.HOTFIX);
        }
        if (name.startsWith("backport/")) {
            return Optional.of(BranchKind.BACKPORT);
        }
        return Optional.empty();
    }

    /**
     * Recognises a release or hotfix branch name.
     *
     * @param branch a branch name, with or without {@code refs/heads/}
     * @return what it names, or empty when it is neither a release nor a hotfix branch of this format
     */
    public Optional<FlowBranch> findReleaseOrHotfix(String branch) {
        if (branch == null) {
            return Optional.empty();
        }
        String name = RefName.shortBranchName(branch);
        BranchKind kind;
        String rest;
        if (name.startsWith("release/")) {
            kind = BranchKind.RELEASE;
            rest = name.substring("release/".length());
        } else if (name.startsWith("hotfix/")) {
            kind = BranchKind.HOTFIX;
            rest = name.substring("hotfix/".length());
        } else {
            return Optional.empty();
        }
        return tagFormat.findVersion(rest).filter(Version::isRelease).map(v -> new FlowBranch(name, kind, v));
    }

    /**
     * Recognises a release or hotfix branch name that must be one.
     *
     * @param branch a branch name
     * @return what it names
     * @throws InvalidInputException when it is neither
     */
    public FlowBranch requireReleaseOrHotfix(String branch) {
        return findReleaseOrHotfix(branch).orElseThrow(() -> new InvalidInputException("branch name",
                String.valueOf(branch), FlowMessages.BRANCH_NAME));
    }
}
