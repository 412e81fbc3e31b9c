package dev.releaserules.core.changelog;

import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.version.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The notes of one release: its version and date, the previous version and the compare link when
 * known, the sections in the order they are rendered, and the commits of the range that have no entry.
 *
 * <p>Every commit of the range given to the {@link ChangelogGenerator} is in exactly one entry of one
 * section or in {@link #excluded()}. The breaking changes are not a section of their own in this model:
 * {@link #breakingChanges()} derives them from the entries, and renderers put them first. Immutable and
 * thread-safe; made by the generator or with {@link #builder()}.
 */
public final class ReleaseNotes {
    private final Version version;
    private final Optional<Version> previousVersion;
    private final LocalDate date;
    private final Optional<String> compareLink;
    private final List<Section> sections;
    private final List<ExcludedCommit> excluded;
    private final @Nullable List<BreakingChange> breaking;

    private ReleaseNotes(Builder b) {
        this.breaking = b.breaking == null ? null : Checks.listCopy(b.breaking, "breakingChanges");
        this.version = Checks.notNull(b.version, "version");
        this.previousVersion = Optional.ofNullable(b.previousVersion);
        this.date = Checks.notNull(b.date, "date");
        this.compareLink = b.compareLink.isEmpty() ? Optional.empty() : Optional.of(b.compareLink);
        this.sections = Checks.listCopy(b.sections, "sections");
        this.excluded = Checks.listCopy(b.excluded, "excluded");
    }

    /**
     * A builder; version and date are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The version released.
     *
     * @return the version
     */
    public Version version() {
        return version;
    }

    /**
     * The version released before, when there is one.
     *
     * @return the previous version, or empty for a first release
     */
    public Optional<Version> previousVersion() {
        return previousVersion;
    }

    /**
     * The release date.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The link comparing the previous release with this one, when the configuration has a compare URL
     * template and both tags were given.
     *
     * @return the link, or empty
     */
    public Optional<String> compareLink() {
        return compareLink;
    }

    /**
     * The sections, in the order they are rendered; sections without entries are left out.
     *
     * @return the sections
     */
    public List<Section> sections() {
        return sections;
    }

    /**
     * The commits of the range that have no entry, in range order, each with the reason.
     *
     * @return the excluded commits
     */
    public List<ExcludedCommit> excluded() {
        return excluded;
    }

    /**
     * Every entry, section after section.
     *
     * @return the entries in rendering order
     */
    public List<Entry> entries() {
        List<Entry> all = new ArrayList<>();
        sections.forEach(s -> all.addAll(s.entries()));
        return List.copyOf(all);
    }

    /**
     * The breaking changes: every breaking-change note of every entry, in rendering order, unless
     * they were {@linkplain Builder#breakingChanges(List) given in another order}.
     *
     * @return the notes; empty when the release breaks nothing
     */
    public List<BreakingChange> breakingChanges() {
        if (breaking != null) {
            return breaking;
        }
        List<BreakingChange> notes = new ArrayList<>();
        for (Entry entry : entries()) {
            for (String note : entry.breakingNotes()) {
                notes.add(new BreakingChange(entry.scope(), note, entry.commits()));
            }
        }
        return List.copyOf(notes);
    }

    /**
     * The section of a commit type, when the release has one.
     *
     * @param type the normalised type, such as {@code feat}
     * @return the section, or empty
     */
    public Optional<Section> findSection(String type) {
        Checks.notNull(type, "type");
        return sections.stream().filter(s -> s.type().equals(type)).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReleaseNotes other && version.equals(other.version)
                && previousVersion.equals(other.previousVersion) && date.equals(other.date)
                && compareLink.equals(other.compareLink) && sections.equals(other.sections)
                && excluded.equals(other.excluded) && breakingChanges().equals(other.breakingChanges());
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, previousVersion, date, compareLink, sections, excluded);
    }

    @Override
    public String toString() {
        return "ReleaseNotes[version=" + version + ", previousVersion=" + previousVersion + ", date=" + date
                + ", compareLink=" + compareLink + ", sections=" + sections + ", excluded=" + excluded + "]";
    }

    /** Builds {@link ReleaseNotes}; not thread-safe, each setter validates its argument at once. */
    public static final class Builder {
        private @Nullable Version version;
        private @Nullable Version previousVersion;
        private @Nullable LocalDate date;
        private String compareLink = "";
        private List<Section> sections = List.of();
        private List<ExcludedCommit> excluded = List.of();
        private @Nullable List<BreakingChange> breaking;

        private Builder() {
        }

        /**
         * Sets the breaking changes in the order they are rendered, when that is not the entries'
         * order (release-please lists them in the commits' order); they are derived from the
         * entries unless set.
         *
         * @param breakingChanges the notes
         * @return this builder
         */
        public Builder breakingChanges(List<BreakingChange> breakingChanges) {
            this.breaking = Checks.listCopy(breakingChanges, "breakingChanges");
            return this;
        }

        /**
         * Sets the version released (required).
         *
         * @param version the version
         * @return this builder
         */
        public Builder version(Version version) {
            this.version = Checks.notNull(version, "version");
            return this;
        }

        /**
         * Sets the previous version (optional).
         *
         * @param previousVersion the previous version
         * @return this builder
         */
        public Builder previousVersion(Version previousVersion) {
            this.previousVersion = Checks.notNull(previousVersion, "previousVersion");
            return this;
        }

        /**
         * Sets the release date (required).
         *
         * @param date the date
         * @return this builder
         */
        public Builder date(LocalDate date) {
            this.date = Checks.notNull(date, "date");
            return this;
        }

        /**
         * Sets the compare link (optional; empty means none).
         *
         * @param compareLink the URL, or empty
         * @return this builder
         */
        public Builder compareLink(String compareLink) {
            this.compareLink = Checks.notNull(compareLink, "compareLink");
            return this;
        }

        /**
         * Sets the sections, in rendering order.
         *
         * @param sections the sections
         * @return this builder
         */
        public Builder sections(List<Section> sections) {
            this.sections = Checks.listCopy(sections, "sections");
            return this;
        }

        /**
         * Sets the excluded commits.
         *
         * @param excluded the excluded commits, in range order
         * @return this builder
         */
        public Builder excluded(List<ExcludedCommit> excluded) {
            this.excluded = Checks.listCopy(excluded, "excluded");
            return this;
        }

        /**
         * Builds the notes.
         *
         * @return the notes
         * @throws dev.releaserules.core.InvalidInputException when the version or date is missing
         */
        public ReleaseNotes build() {
            return new ReleaseNotes(this);
        }
    }
}
