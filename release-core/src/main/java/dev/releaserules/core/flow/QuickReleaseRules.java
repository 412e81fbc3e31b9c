package dev.releaserules.core.flow;

import dev.releaserules.core.hosting.HotfixApprovers;
import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.changelog.ChangelogConfig;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.version.TagFormat;
import dev.releaserules.core.version.VersionFile;

/**
 * The configuration of the quick-release flow of the quick-release process: {@code develop} → {@code release/vX.Y.Z}
 * → {@code main}, {@code version.txt}, {@code v} tags, {@code CHANGELOG.md}, an 8 h / 2 h target.
 * Immutable; change it with {@link #from(QuickReleaseRules)}.
 *
 * @param developBranch the development branch releases are cut from
 * @param mainBranch the production branch release pull requests go to
 * @param remote the remote branches and tags are pushed to
 * @param versionFile the version file (R-V1)
 * @param tagFormat the tag format (R-T2)
 * @param changelogPath the changelog file prepended at prepare (R-C1)
 * @param targets the completion targets (R-TL)
 * @param productionWorkflow the workflow post-merge triggers (R-T3)
 * @param recordRefPrefix the namespace of the refs the flow records cutoffs and triggers in
 * @param changelog how release notes are grouped, linked and laid out
 * @param pullRequests the titles and bodies of the release, hotfix and backport pull requests
 * @param unshippedCommits what post-merge does when the branch has commits its tag lacks (R-T3)
 * @param links how events link to pull requests, runs, releases and comparisons (R-NT); none by default
 * @param hotfixApprovers who must approve a hotfix pull request before post-merge triggers production
 *     (R-HF2); {@link HotfixApprovers#notRequired()} by default
 */
public record QuickReleaseRules(String developBranch, String mainBranch, String remote, VersionFile versionFile,
        TagFormat tagFormat, String changelogPath, ReleaseTargets targets, String productionWorkflow,
        String recordRefPrefix, ChangelogConfig changelog, PullRequestTemplates pullRequests,
        UnshippedCommits unshippedCommits, ReleaseLinks links, HotfixApprovers hotfixApprovers) {

    /** Validates the parts. */
    public QuickReleaseRules {
        RefNames.requireValid(Checks.notBlank(developBranch, "developBranch"));
        RefNames.requireValid(Checks.notBlank(mainBranch, "mainBranch"));
        Checks.notBlank(remote, "remote");
        Checks.notNull(versionFile, "versionFile");
        Checks.notNull(tagFormat, "tagFormat");
        new VersionFile(Checks.notBlank(changelogPath, "changelogPath"));
        Checks.notNull(targets, "targets");
        Checks.notBlank(productionWorkflow, "productionWorkflow");
        Checks.notBlank(recordRefPrefix, "recordRefPrefix");
        Checks.notNull(changelog, "changelog");
        Checks.notNull(pullRequests, "pullRequests");
        Checks.notNull(unshippedCommits, "unshippedCommits");
        Checks.notNull(links, "links");
        Checks.notNull(hotfixApprovers, "hotfixApprovers");
        if (!recordRefPrefix.startsWith("refs/") || !recordRefPrefix.endsWith("/")
                || recordRefPrefix.startsWith("refs/heads/") || recordRefPrefix.startsWith("refs/tags/")) {
            throw new dev.releaserules.core.InvalidInputException("record ref prefix", recordRefPrefix,
                    "a namespace under refs/ ending in '/', outside refs/heads/ and refs/tags/");
        }
    }

    /**
     * The rules of the quick-release process as they are.
     *
     * @return the defaults
     */
    public static QuickReleaseRules defaults() {
        return builder().build();
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from existing rules.
     *
     * @param rules the rules to copy
     * @return a new builder
     */
    public static Builder from(QuickReleaseRules rules) {
        Checks.notNull(rules, "rules");
        return new Builder().developBranch(rules.developBranch).mainBranch(rules.mainBranch).remote(rules.remote)
                .versionFile(rules.versionFile).tagFormat(rules.tagFormat).changelogPath(rules.changelogPath)
                .targets(rules.targets).productionWorkflow(rules.productionWorkflow)
                .recordRefPrefix(rules.recordRefPrefix).changelog(rules.changelog)
                .pullRequests(rules.pullRequests).unshippedCommits(rules.unshippedCommits).links(rules.links)
                .hotfixApprovers(rules.hotfixApprovers);
    }

    /**
     * The branch names that follow the tag format.
     *
     * @return the branch names
     */
    public BranchNames branchNames() {
        return new BranchNames(tagFormat);
    }

    /**
     * The ref that records the feature cutoff of a release (R-B2).
     *
     * @param tag the release tag
     * @return such as {@code refs/release-rules/cutoff/v2.3.0}
     */
    public RefName cutoffRef(String tag) {
        return RefName.of(recordRefPrefix + "cutoff/" + tag);
    }

    /**
     * The ref that records that a version's production release was triggered (R-T3).
     *
     * @param tag the release tag
     * @return such as {@code refs/release-rules/triggered/v2.3.0}
     */
    public RefName triggerRef(String tag) {
        return RefName.of(recordRefPrefix + "triggered/" + tag);
    }

    /** Builds {@link QuickReleaseRules}; every property starts at the process's value. */
    public static final class Builder {
        private String developBranch = "develop";
        private String mainBranch = "main";
        private String remote = "origin";
        private VersionFile versionFile = VersionFile.defaults();
        private TagFormat tagFormat = TagFormat.defaults();
        private String changelogPath = "CHANGELOG.md";
        private ReleaseTargets targets = ReleaseTargets.defaults();
        private String productionWorkflow = "release.yaml";
        private String recordRefPrefix = "refs/release-rules/";
        private ChangelogConfig changelog = ChangelogConfig.defaults();
        private PullRequestTemplates pullRequests = PullRequestTemplates.defaults();
        private UnshippedCommits unshippedCommits = UnshippedCommits.REFUSE;
        private ReleaseLinks links = ReleaseLinks.none();
        private HotfixApprovers hotfixApprovers = HotfixApprovers.notRequired();

        private Builder() {
        }

        /**
         * The development branch; {@code develop} by default.
         *
         * @param name the branch
         * @return this builder
         */
        public Builder developBranch(String name) {
            this.developBranch = name;
            return this;
        }

        /**
         * The production branch; {@code main} by default.
         *
         * @param name the branch
         * @return this builder
         */
        public Builder mainBranch(String name) {
            this.mainBranch = name;
            return this;
        }

        /**
         * The remote; {@code origin} by default.
         *
         * @param name the remote
         * @return this builder
         */
        public Builder remote(String name) {
            this.remote = name;
            return this;
        }

        /**
         * The version file; {@code version.txt} by default.
         *
         * @param file the version file
         * @return this builder
         */
        public Builder versionFile(VersionFile file) {
            this.versionFile = file;
            return this;
        }

        /**
         * The tag format; {@code v1.2.3} by default.
         *
         * @param format the format
         * @return this builder
         */
        public Builder tagFormat(TagFormat format) {
            this.tagFormat = format;
            return this;
        }

        /**
         * The changelog path; {@code CHANGELOG.md} by default.
         *
         * @param path the path
         * @return this builder
         */
        public Builder changelogPath(String path) {
            this.changelogPath = path;
            return this;
        }

        /**
         * The completion targets; 8 h and 2 h by default.
         *
         * @param value the targets
         * @return this builder
         */
        public Builder targets(ReleaseTargets value) {
            this.targets = value;
            return this;
        }

        /**
         * The production workflow post-merge triggers; {@code release.yaml} by default.
         *
         * @param workflow the workflow
         * @return this builder
         */
        public Builder productionWorkflow(String workflow) {
            this.productionWorkflow = workflow;
            return this;
        }

        /**
         * The namespace of the record refs; {@code refs/release-rules/} by default.
         *
         * @param prefix the namespace
         * @return this builder
         */
        public Builder recordRefPrefix(String prefix) {
            this.recordRefPrefix = prefix;
            return this;
        }

        /**
         * The changelog configuration; {@link ChangelogConfig#defaults()} unless set.
         *
         * @param config the configuration
         * @return this builder
         */
        public Builder changelog(ChangelogConfig config) {
            this.changelog = config;
            return this;
        }

        /**
         * The titles and bodies of the pull requests the flow opens;
         * {@link PullRequestTemplates#defaults()} unless set.
         *
         * @param templates the templates
         * @return this builder
         */
        public Builder pullRequests(PullRequestTemplates templates) {
            this.pullRequests = templates;
            return this;
        }

        /**
         * What post-merge does when the merged branch has commits its tag does not contain (R-T3);
         * {@link UnshippedCommits#REFUSE} by default.
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder unshippedCommits(UnshippedCommits policy) {
            this.unshippedCommits = policy;
            return this;
        }

        /**
         * How events link to the code host's pages; {@link ReleaseLinks#none()} unless set.
         *
         * @param value the link templates, such as {@code ReleaseLinks.github("https://github.com/acme/shop")}
         * @return this builder
         */
        public Builder links(ReleaseLinks value) {
            this.links = Checks.notNull(value, "links");
            return this;
        }

        /**
         * Who must approve a hotfix pull request (a tech lead and the on-call engineer) before post-merge
         * triggers production (R-HF2); {@link HotfixApprovers#notRequired()} unless set.
         *
         * @param value the approvers
         * @return this builder
         */
        public Builder hotfixApprovers(HotfixApprovers value) {
            this.hotfixApprovers = Checks.notNull(value, "hotfixApprovers");
            return this;
        }

        /**
         * Builds the rules.
         *
         * @return the rules
         * @throws dev.releaserules.core.InvalidInputException when a property is invalid
         */
        public QuickReleaseRules build() {
            return new QuickReleaseRules(developBranch, mainBranch, remote, versionFile, tagFormat, changelogPath,
                    targets, productionWorkflow, recordRefPrefix, changelog, pullRequests, unshippedCommits, links,
                    hotfixApprovers);
        }
    }
}
