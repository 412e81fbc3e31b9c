package dev.releaserules.core.flow;

import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.changelog.ChangelogConfig;
import dev.releaserules.core.commit.BumpRecommendation;
import dev.releaserules.core.commit.BumpRules;
import dev.releaserules.core.changelog.ChangelogGenerator;
import dev.releaserules.core.changelog.ChangelogRenderer;
import dev.releaserules.core.changelog.ReleaseNotes;
import dev.releaserules.core.changelog.ReleaseNotesBuilder;
import dev.releaserules.core.changelog.ReleaseDateSource;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.PathFilter;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.spi.TagRef;
import dev.releaserules.core.version.ReleaseTag;
import dev.releaserules.core.version.TagFormat;
import dev.releaserules.core.version.Version;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The releases of a repository and their notes, for writing a whole changelog from history or the
 * notes of the latest release (R-C1). Releases are the release tags of one or more formats, ordered
 * by version precedence; each release's notes hold the commits since the release before it by
 * precedence, the same boundary prepare uses, dated by the tagged commit's time in UTC.
 *
 * <p>A patch release cut on a maintenance branch is a release too, with its own section; the next
 * release on the main line then lists the commits it has that the patch release lacks.
 *
 * <pre>{@code
 * ReleaseHistory history = ReleaseHistory.builder().repository(repository)
 *         .tagFormats(List.of(TagFormat.defaults(), TagFormat.withPrefix(""))).build();
 * history.writeAll(writer);                   // every release, newest first
 * Optional<ReleaseNotes> latest = history.latest();
 * }</pre>
 *
 * <p>Reads only. Immutable; as thread-safe as its repository.
 */
public final class ReleaseHistory {
    private final SourceRepository repository;
    private final List<TagFormat> formats;
    private final boolean includePreReleases;
    private final ChangelogGenerator generator;
    private final ChangelogRenderer renderer;
    private final PathFilter paths;
    private final ReleaseDateSource dateSource;
    private final Map<Version, LocalDate> dates;

    private ReleaseHistory(Builder b) {
        this.dateSource = b.config.dateSource();
        this.dates = Map.copyOf(b.dates);
        this.paths = b.paths;
        this.repository = b.repository;
        this.formats = b.formats;
        this.includePreReleases = b.includePreReleases;
        this.generator = ChangelogGenerator.of(b.config);
        this.renderer = ChangelogRenderer.of(b.config);
    }

    /**
     * A builder; the defaults are the tag format {@code v1.2.3}, no pre-releases and the default
     * changelog configuration.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Every release tag of the formats, highest precedence first.
     *
     * @return the releases
     */
    public List<ReleaseTag> releases() {
        List<ReleaseTag> tags = new ArrayList<>();
        for (TagFormat format : formats) {
            tags.addAll(ReleaseTags.all(repository, format, includePreReleases));
        }
        if (tags.isEmpty()) {
            refuseNearMisses();
        }
        return onePerVersion(tags);
    }

    /** No release at all, while a near variant of a format matches tags: a misconfiguration, not a new repository. */
    private void refuseNearMisses() {
        List<String> names = repository.tagNames();
        for (TagFormat format : formats) {
            format.explainNoMatch(names).ifPresent(why -> {
                throw new InvalidInputException("tag format", format.pattern(), "a format the repository's tags use ("
                        + why + ")");
            });
        }
    }

    /** The newest {@code count} releases of every format, one per version, newest first; tag names only are read. */
    private List<ReleaseTag> newest(int count) {
        List<ReleaseTag> tags = new ArrayList<>();
        for (TagFormat format : formats) {
            tags.addAll(ReleaseTags.newest(repository, format, includePreReleases, count));
        }
        return onePerVersion(tags);
    }

    /**
     * One release per version, newest first: where several formats name the same version
     * ({@code v10.2.3} and {@code 10.2.3}), the tag of the format listed first is kept.
     */
    private static List<ReleaseTag> onePerVersion(List<ReleaseTag> tags) {
        Map<Version, ReleaseTag> byVersion = new LinkedHashMap<>();
        for (ReleaseTag tag : tags) {
            byVersion.putIfAbsent(tag.version(), tag);
        }
        List<ReleaseTag> unique = new ArrayList<>(byVersion.values());
        unique.sort(Comparator.reverseOrder());
        return List.copyOf(unique);
    }

    /**
     * The notes of the release with the highest precedence. Only the two newest tags of each format
     * are resolved, so this stays cheap with thousands of tags.
     *
     * @return the notes, or empty when the repository has no release tag
     */
    public Optional<ReleaseNotes> latest() {
        List<ReleaseTag> unique = newest(2);
        if (unique.isEmpty()) {
            refuseNearMisses();
            return Optional.empty();
        }
        return Optional.of(notes(unique.get(0), unique.size() > 1 ? unique.get(1) : null, tagTimes()));
    }

    /**
     * The notes of one release: the commits since the release before it by precedence (all of its
     * history for the first release).
     *
     * @param release a release, one of {@link #releases()}
     * @return the notes
     * @throws InvalidInputException when the tag is not one of this history's releases
     */
    public ReleaseNotes notes(ReleaseTag release) {
        Checks.notNull(release, "release");
        List<ReleaseTag> tags = releases();
        int index = tags.indexOf(release);
        if (index < 0) {
            throw new InvalidInputException("release", release.name(), "one of the release tags " + formats);
        }
        return notes(release, index + 1 < tags.size() ? tags.get(index + 1) : null, tagTimes());
    }

    /**
     * The tagger times of the annotated tags, by tag name, read once per call when the date source
     * is the tag; an empty map otherwise, so the other sources cost no tag read.
     */
    private Map<String, Instant> tagTimes() {
        if (dateSource != ReleaseDateSource.TAG) {
            return Map.of();
        }
        Map<String, Instant> times = new HashMap<>();
        for (TagRef tag : repository.tags()) {
            tag.taggerTime().ifPresent(time -> times.put(tag.name(), time));
        }
        return times;
    }

    private ReleaseNotes notes(ReleaseTag release, @Nullable ReleaseTag previous, Map<String, Instant> tagTimes) {
        String until = RefName.tag(release.name()).name();
        // Release boundaries come from the tags, so a release whose tagged commit touches none of the
        // paths keeps its place (with whatever of the paths changed since the release before it).
        List<Commit> commits = previous == null
                ? repository.log(CommitRange.upTo(until).withPaths(paths))
                : repository.log(CommitRange.between(RefName.tag(previous.name()).name(), until).withPaths(paths));
        ReleaseNotesBuilder builder = generator.notes()
                .version(release.version())
                .date(date(release, until, commits, tagTimes))
                .tag(release.name())
                .commits(commits);
        if (previous != null) {
            builder.previousVersion(previous.version()).previousTag(previous.name());
        }
        return builder.build();
    }

    private LocalDate date(ReleaseTag release, String until, List<Commit> commits, Map<String, Instant> tagTimes) {
        LocalDate given = dates.get(release.version());
        if (given != null) {
            return given;
        }
        Instant tagTime = tagTimes.get(release.name());
        if (tagTime != null) {
            return LocalDate.ofInstant(tagTime, ZoneOffset.UTC);
        }
        Commit tagged = repository.readCommit(until);
        Commit dated = tagged;
        if (dateSource == ReleaseDateSource.LAST_CHANGE) {
            dated = commits.stream().filter(c -> !c.id().equals(tagged.id())).findFirst().orElse(tagged);
        }
        return LocalDate.ofInstant(dated.time(), ZoneOffset.UTC);
    }

    /**
     * The notes of a release not tagged yet: the commits after the newest release up to a revision
     * (the whole history up to it when there is no release), over this history's paths, as the
     * section of the upcoming version.
     *
     * @param version the upcoming version, such as {@code 2.3.0}
     * @param date its date
     * @param until the revision it would be cut from, such as {@code HEAD}
     * @return the notes
     * @throws InvalidInputException when a tag format matches no tag while a near variant does
     */
    public ReleaseNotes upcoming(Version version, LocalDate date, String until) {
        Checks.notNull(version, "version");
        Checks.notNull(date, "date");
        Checks.notBlank(until, "until");
        List<ReleaseTag> unique = newest(1);
        ReleaseNotesBuilder builder = generator.notes().version(version).date(date);
        if (unique.isEmpty()) {
            refuseNearMisses();
            return builder.commits(repository.log(CommitRange.upTo(until).withPaths(paths))).build();
        }
        ReleaseTag newest = unique.get(0);
        return builder.previousVersion(newest.version()).previousTag(newest.name()).tag(formats.get(0).format(version))
                .commits(repository.log(CommitRange.between(RefName.tag(newest.name()).name(), until).withPaths(paths)))
                .build();
    }

    /**
     * The renderer of this history's changelog configuration, for notes from {@link #notes},
     * {@link #latest()} or {@link #upcoming}.
     *
     * @return the renderer
     */
    public ChangelogRenderer renderer() {
        return renderer;
    }

    /**
     * The tag formats whose tags are this history's releases.
     *
     * @return the formats, the first one naming new tags
     */
    public List<TagFormat> tagFormats() {
        return formats;
    }

    /**
     * The next version the commits since the newest release call for, over this history's paths
     * (one package of a monorepo) up to a revision: the newest release's version incremented as the
     * bump rules say, with the commits that drove it. Without any release, the current version is
     * {@code 0.0.0}. With rules that read {@code Release-As:} footers
     * ({@link BumpRules#releasePlease()}), the newest such footer in the range sets the version and
     * the explanation names its commit ({@code 1.2.0 → 3.0.0 (Release-As in a1b2c3d): 2 fixes}).
     *
     * <pre>{@code
     * BumpRecommendation next = ReleaseHistory.builder().repository(repo)
     *         .tagFormats(List.of(TagFormat.withPrefix("").forComponent("create-vite", "@")))
     *         .paths(PathFilter.including("packages/create-vite")).build()
     *         .recommendNext(BumpRules.defaults(), "HEAD");
     * }</pre>
     *
     * @param rules the bump rules
     * @param until the revision the next release would be cut from, such as {@code HEAD} or {@code main}
     * @return the recommendation; {@link BumpRecommendation#increment()} is empty when nothing calls for a release
     * @throws InvalidInputException when a tag format matches no tag while a near variant does, or a
     *     {@code Release-As:} footer holds no version
     * @throws dev.releaserules.core.commit.ReleaseAsException when a {@code Release-As:} footer asks for
     *     a version not greater than the newest release's (rule R-V2)
     */
    public BumpRecommendation recommendNext(BumpRules rules, String until) {
        Checks.notNull(rules, "rules");
        Checks.notBlank(until, "until");
        List<ReleaseTag> unique = newest(1);
        if (unique.isEmpty()) {
            refuseNearMisses();
            return rules.recommend(Version.parse("0.0.0"), repository.log(CommitRange.upTo(until).withPaths(paths)));
        }
        ReleaseTag newest = unique.get(0);
        return rules.recommend(newest.version(), repository.log(
                CommitRange.between(RefName.tag(newest.name()).name(), until).withPaths(paths)));
    }

    /**
     * Writes the Markdown of every release, newest first, each section followed by a blank line.
     *
     * @param out where the Markdown goes
     * @return the number of releases written
     * @throws ReleaseException when writing to {@code out} fails
     */
    public int writeAll(Appendable out) {
        Checks.notNull(out, "output");
        List<ReleaseTag> tags = releases();
        Map<String, Instant> tagTimes = tagTimes();
        for (int i = 0; i < tags.size(); i++) {
            ReleaseTag previous = i + 1 < tags.size() ? tags.get(i + 1) : null;
            append(out, renderer.render(notes(tags.get(i), previous, tagTimes)) + "\n");
        }
        return tags.size();
    }

    /**
     * Writes the Markdown of the release with the highest precedence.
     *
     * @param out where the Markdown goes
     * @return 1, or 0 when the repository has no release tag
     * @throws ReleaseException when writing to {@code out} fails
     */
    public int writeLatest(Appendable out) {
        Checks.notNull(out, "output");
        Optional<ReleaseNotes> latest = latest();
        latest.ifPresent(notes -> append(out, renderer.render(notes)));
        return latest.isPresent() ? 1 : 0;
    }

    private static void append(Appendable out, String text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new ReleaseException("Cannot write the changelog: " + e.getMessage(), e);
        }
    }

    /** Configures a {@link ReleaseHistory}. */
    public static final class Builder {
        private SourceRepository repository;
        private List<TagFormat> formats = List.of(TagFormat.defaults());
        private boolean includePreReleases;
        private ChangelogConfig config = ChangelogConfig.defaults();
        private PathFilter paths = PathFilter.all();
        private final Map<Version, LocalDate> dates = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Gives the date of a release, which wins over the configuration's
         * {@linkplain ChangelogConfig#dateSource() date source} (a release whose notes were written
         * on another day than its commits say).
         *
         * @param version the release's version
         * @param date its date
         * @return this builder
         */
        public Builder releaseDate(Version version, LocalDate date) {
            dates.put(Checks.notNull(version, "version"), Checks.notNull(date, "date"));
            return this;
        }

        /**
         * One component of a monorepo: its tag format and paths (the changelog file stays the
         * caller's to write, at {@link Component#changelogPath()}).
         *
         * @param component the component
         * @return this builder
         */
        public Builder component(Component component) {
            Checks.notNull(component, "component");
            this.formats = List.of(component.tagFormat());
            this.paths = component.paths();
            return this;
        }

        /**
         * Sets the repository (required).
         *
         * @param value the repository, open; the caller closes it
         * @return this builder
         */
        public Builder repository(SourceRepository value) {
            this.repository = Checks.notNull(value, "repository");
            return this;
        }

        /**
         * Sets the tag formats whose tags are releases, such as {@code v1.2.3} and {@code 1.2.3} for a
         * repository that changed conventions.
         *
         * @param values one format or more; {@link TagFormat#defaults()} unless set
         * @return this builder
         */
        public Builder tagFormats(List<TagFormat> values) {
            List<TagFormat> copy = Checks.listCopy(values, "tag formats");
            if (copy.isEmpty()) {
                throw new InvalidInputException("tag formats", "[]", "at least one tag format");
            }
            this.formats = copy;
            return this;
        }

        /**
         * Only the commits that change these paths, as {@code git log -- <paths>} keeps them (a
         * package of a monorepo); every commit unless set.
         *
         * @param value the paths
         * @return this builder
         */
        public Builder paths(PathFilter value) {
            this.paths = Checks.notNull(value, "paths");
            return this;
        }

        /**
         * Chooses whether pre-release tags are releases with their own sections.
         *
         * @param value true to include them; false unless set
         * @return this builder
         */
        public Builder includePreReleases(boolean value) {
            this.includePreReleases = value;
            return this;
        }

        /**
         * Sets the changelog configuration (sections, layout).
         *
         * @param value the configuration; {@link ChangelogConfig#defaults()} unless set
         * @return this builder
         */
        public Builder changelog(ChangelogConfig value) {
            this.config = Checks.notNull(value, "changelog configuration");
            return this;
        }

        /**
         * Builds the history.
         *
         * @return the history
         * @throws InvalidInputException when the repository is not set
         */
        public ReleaseHistory build() {
            Checks.required(repository, "repository", "repository(sourceRepository)", "build()");
            return new ReleaseHistory(this);
        }
    }
}
