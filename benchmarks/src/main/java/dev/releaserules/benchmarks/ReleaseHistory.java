package dev.releaserules.benchmarks;

import dev.releaserules.core.changelog.ChangelogConfig;
import dev.releaserules.core.changelog.ChangelogGenerator;
import dev.releaserules.core.changelog.ChangelogRenderer;
import dev.releaserules.core.changelog.ReleaseNotes;
import dev.releaserules.core.changelog.ReleaseNotesCommand;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.flow.ReleaseTags;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.ReleaseTag;
import dev.releaserules.core.version.TagFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The changelog of a repository's releases written with the public API only, as a user of the
 * library would write it: the release tags of one or more formats by descending precedence, and for
 * each release the notes of the commits since the release before it by precedence (R-C1, the same
 * boundary the release flow's prepare step uses), dated by the tagged commit's time in UTC.
 *
 * <p>Release tags not reachable from {@code main} (patch releases on maintenance branches) are
 * releases too, so they get their own section; the next release on {@code main} then lists the
 * commits it has and that patch release lacks.
 */
public final class ReleaseHistory {
    private final SourceRepository repository;
    private final List<TagFormat> formats;
    private final boolean preReleases;
    private final ChangelogGenerator generator;
    private final ChangelogRenderer renderer;

    /**
     * A history over a repository.
     *
     * @param repository the repository, open; the caller closes it
     * @param formats the tag formats whose tags are releases, such as {@code v1.2.3} and {@code 1.2.3}
     * @param preReleases whether pre-release tags are releases too
     */
    public ReleaseHistory(SourceRepository repository, List<TagFormat> formats, boolean preReleases) {
        this.repository = repository;
        this.formats = List.copyOf(formats);
        this.preReleases = preReleases;
        ChangelogConfig config = ChangelogConfig.defaults();
        this.generator = ChangelogGenerator.of(config);
        this.renderer = ChangelogRenderer.of(config);
    }

    /**
     * The release tags of every format, highest precedence first.
     *
     * @return the release tags
     */
    public List<ReleaseTag> releaseTags() {
        List<ReleaseTag> tags = new ArrayList<>();
        for (TagFormat format : formats) {
            tags.addAll(ReleaseTags.all(repository, format, preReleases));
        }
        tags.sort(Comparator.reverseOrder());
        return tags;
    }

    /**
     * Writes the notes of every release, newest first.
     *
     * @param out where the Markdown goes
     * @return the number of releases written
     */
    public int writeAll(Appendable out) {
        List<ReleaseTag> tags = releaseTags();
        for (int i = 0; i < tags.size(); i++) {
            ReleaseTag previous = i + 1 < tags.size() ? tags.get(i + 1) : null;
            append(out, renderer.render(notes(tags.get(i), previous)));
            append(out, "\n");
        }
        return tags.size();
    }

    /**
     * Writes the notes of the release with the highest precedence.
     *
     * @param out where the Markdown goes
     * @return 1, or 0 when the repository has no release tag
     */
    public int writeLatest(Appendable out) {
        // Only the two newest tags of each format are resolved, not every tag object.
        List<ReleaseTag> tags = new ArrayList<>();
        for (TagFormat format : formats) {
            tags.addAll(ReleaseTags.newest(repository, format, preReleases, 2));
        }
        tags.sort(Comparator.reverseOrder());
        if (tags.isEmpty()) {
            return 0;
        }
        append(out, renderer.render(notes(tags.get(0), tags.size() > 1 ? tags.get(1) : null)));
        return 1;
    }

    /**
     * The notes of one release.
     *
     * @param tag the release
     * @param previous the release before it by precedence, or null for the first release
     * @return the notes
     */
    public ReleaseNotes notes(ReleaseTag tag, ReleaseTag previous) {
        String until = "refs/tags/" + tag.name();
        List<Commit> commits = previous == null
                ? repository.log(CommitRange.upTo(until))
                : repository.log(CommitRange.between("refs/tags/" + previous.name(), until));
        Commit tagged = repository.readCommit(until);
        ReleaseNotesCommand command = generator.notes()
                .version(tag.version())
                .date(LocalDate.ofInstant(tagged.time(), ZoneOffset.UTC))
                .tag(tag.name())
                .commits(commits);
        if (previous != null) {
            command.previousVersion(previous.version()).previousTag(previous.name());
        }
        return command.call();
    }

    private static void append(Appendable out, String text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
