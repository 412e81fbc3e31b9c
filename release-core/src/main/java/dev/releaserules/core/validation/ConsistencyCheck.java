package dev.releaserules.core.validation;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.version.TagFormat;
import dev.releaserules.core.version.Version;
import dev.releaserules.core.version.VersionFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tag/version consistency check before deploying (R-T2), as a pure function: the tag name,
 * the requested version and the version file's content at the tag go in, a report listing every
 * failed check comes out.
 *
 * <pre>{@code
 * ConsistencyReport report = ConsistencyCheck.builder()
 *         .tag("v2.2.0")
 *         .requestedVersion("2.2.0")
 *         .versionFileContent("2.2.0\n")
 *         .check();
 * report.orThrow();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; the builder is not.
 */
public final class ConsistencyCheck {
    private final TagFormat tagFormat;
    private final VersionFile versionFile;
    private final String tag;
    private final String requestedVersion;
    private final Optional<String> versionFileContent;
    private final boolean tagExists;
    private final String uncontainedBranch;
    private final String uncontainedHead;
    private final int unshippedCommits;

    private ConsistencyCheck(Builder builder) {
        this.tagFormat = builder.tagFormat;
        this.versionFile = builder.versionFile;
        this.tag = Checks.notNull(builder.tag, "tag");
        this.requestedVersion = Checks.notNull(builder.requestedVersion, "requestedVersion");
        this.versionFileContent = Optional.ofNullable(builder.versionFileContent);
        this.tagExists = builder.tagExists;
        this.uncontainedBranch = builder.uncontainedBranch;
        this.uncontainedHead = builder.uncontainedHead;
        this.unshippedCommits = builder.unshippedCommits;
    }

    /**
     * A builder with the default tag format ({@code v1.2.3}) and version file ({@code version.txt}).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs every check.
     *
     * @return the report; {@link ConsistencyReport#isOk()} when all passed
     */
    public ConsistencyReport check() {
        List<Violation> violations = new ArrayList<>();
        List<Check> skipped = new ArrayList<>();
        String example = tagFormat.format(Version.of(1, 2, 3));

        Optional<Version> tagVersion = tagFormat.findVersion(tag).filter(Version::isRelease);
        if (tagVersion.isEmpty()) {
            violations.add(new Violation(Check.TAG_FORMAT, Messages.tagFormat(tag, example)));
        }
        if (!tagExists) {
            violations.add(new Violation(Check.TAG_EXISTS, Messages.tagMissing(tag)));
        }
        Optional<Version> requested = Version.tryParse(requestedVersion).filter(Version::isRelease);
        if (requested.isEmpty()) {
            violations.add(new Violation(Check.REQUESTED_VERSION_FORMAT, Messages.requestedFormat(requestedVersion)));
        }
        if (tagVersion.isPresent() && requested.isPresent()) {
            if (!tagVersion.get().equals(requested.get())) {
                violations.add(new Violation(Check.TAG_MATCHES_REQUESTED_VERSION,
                        Messages.tagMismatch(tag, tagVersion.get().toString(), requested.get().toString())));
            }
        } else {
            skipped.add(Check.TAG_MATCHES_REQUESTED_VERSION);
        }

        if (!uncontainedBranch.isEmpty()) {
            violations.add(new Violation(Check.TAG_CONTAINS_BRANCH_HEAD,
                    Messages.branchHeadNotInTag(tag, uncontainedBranch, uncontainedHead, unshippedCommits)));
        }
        if (!tagExists) {
            skipped.add(Check.VERSION_FILE_PRESENT);
            skipped.add(Check.VERSION_FILE_FORMAT);
            skipped.add(Check.VERSION_FILE_MATCHES_TAG);
            return new ConsistencyReport(tag, requestedVersion, violations, skipped);
        }
        if (versionFileContent.isEmpty()) {
            violations.add(new Violation(Check.VERSION_FILE_PRESENT, Messages.fileMissing(versionFile.path(), tag)));
            skipped.add(Check.VERSION_FILE_FORMAT);
            skipped.add(Check.VERSION_FILE_MATCHES_TAG);
            return new ConsistencyReport(tag, requestedVersion, violations, skipped);
        }
        Optional<Version> fileVersion = parseFile(versionFileContent.get());
        if (fileVersion.isEmpty()) {
            violations.add(new Violation(Check.VERSION_FILE_FORMAT,
                    Messages.fileFormat(versionFile.path(), tag, versionFileContent.get())));
        }
        if (fileVersion.isPresent() && tagVersion.isPresent()) {
            if (!fileVersion.get().equals(tagVersion.get())) {
                violations.add(new Violation(Check.VERSION_FILE_MATCHES_TAG, Messages.fileMismatch(versionFile.path(),
                        tag, fileVersion.get().toString(), tagVersion.get().toString())));
            }
        } else {
            skipped.add(Check.VERSION_FILE_MATCHES_TAG);
        }
        return new ConsistencyReport(tag, requestedVersion, violations, skipped);
    }

    private Optional<Version> parseFile(String content) {
        try {
            return Optional.of(versionFile.parse(content));
        } catch (InvalidInputException malformed) {
            return Optional.empty();
        }
    }

    /** Collects the inputs of a {@link ConsistencyCheck}; single use, not thread-safe. */
    public static final class Builder {
        private TagFormat tagFormat = TagFormat.defaults();
        private VersionFile versionFile = VersionFile.defaults();
        private String tag;
        private String requestedVersion;
        private String versionFileContent;
        private boolean tagExists = true;
        private String uncontainedBranch = "";
        private String uncontainedHead = "";
        private int unshippedCommits;

        private Builder() {
        }

        /**
         * Records that the tag does not contain the head of its release or hotfix branch (R-T3): the
         * report then lists {@link Check#TAG_CONTAINS_BRANCH_HEAD} as failed.
         *
         * @param branch the branch, such as {@code hotfix/v2.2.1}
         * @param head the branch head's commit id
         * @param commits how many commits of the branch the tag lacks, positive
         * @return this builder
         */
        public Builder branchHeadNotInTag(String branch, String head, int commits) {
            this.uncontainedBranch = Checks.notBlank(branch, "branch");
            this.uncontainedHead = Checks.notBlank(head, "head");
            if (commits <= 0) {
                throw new InvalidInputException("unshipped commits", Integer.toString(commits), "a positive count");
            }
            this.unshippedCommits = commits;
            return this;
        }

        /**
         * Records that the tag does not exist in the repository: the report then lists
         * {@link Check#TAG_EXISTS} as failed and skips the version file checks.
         *
         * @return this builder
         */
        public Builder tagMissing() {
            this.tagExists = false;
            return this;
        }

        /**
         * The tag format; {@link TagFormat#defaults()} unless set.
         *
         * @param format the format
         * @return this builder
         */
        public Builder tagFormat(TagFormat format) {
            this.tagFormat = Checks.notNull(format, "tagFormat");
            return this;
        }

        /**
         * The version file; {@link VersionFile#defaults()} unless set. Its path names the file in messages.
         *
         * @param file the version file
         * @return this builder
         */
        public Builder versionFile(VersionFile file) {
            this.versionFile = Checks.notNull(file, "versionFile");
            return this;
        }

        /**
         * The tag to check, as given (for example from a workflow input).
         *
         * @param tagName the tag name; required
         * @return this builder
         */
        public Builder tag(String tagName) {
            this.tag = Checks.notNull(tagName, "tag");
            return this;
        }

        /**
         * The version the caller asks to deploy, as given.
         *
         * @param version the requested version; required
         * @return this builder
         */
        public Builder requestedVersion(String version) {
            this.requestedVersion = Checks.notNull(version, "requestedVersion");
            return this;
        }

        /**
         * The version file's content at the tag. Leave unset when the file does not exist there.
         *
         * @param content the content
         * @return this builder
         */
        public Builder versionFileContent(String content) {
            this.versionFileContent = Checks.notNull(content, "versionFileContent");
            return this;
        }

        /**
         * Builds the check and runs it.
         *
         * @return the report
         * @throws InvalidInputException when the tag or the requested version was not set
         */
        public ConsistencyReport check() {
            return new ConsistencyCheck(this).check();
        }
    }
}
