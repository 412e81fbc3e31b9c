package dev.releaserules.core.flow;

import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.spi.TagRef;
import dev.releaserules.core.version.ReleaseTag;
import dev.releaserules.core.version.TagFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds release tags in a repository: by version precedence, never by date or name; tags that are
 * not release tags of the format (junk such as {@code latest} or {@code v.7.1.0}, other components'
 * tags) never count. The repository's tags are read once per call; reachability, when asked for, is
 * checked from the highest candidate down and stops at the first reachable one.
 *
 * <pre>{@code
 * Optional<ReleaseTag> latest = ReleaseTags.latest(repository, TagFormat.defaults(), false);
 * Optional<ReleaseTag> onMain = ReleaseTags.latestReachable(repository, TagFormat.defaults(), false, "main");
 * }</pre>
 */
public final class ReleaseTags {
    private ReleaseTags() {
    }

    /**
     * Every release tag of a format, highest version first.
     *
     * @param repository the repository
     * @param format the tag format
     * @param includePreReleases whether pre-release tags count
     * @return the release tags, by descending precedence
     */
    public static List<ReleaseTag> all(SourceRepository repository, TagFormat format, boolean includePreReleases) {
        Checks.notNull(repository, "repository");
        Checks.notNull(format, "format");
        List<ReleaseTag> tags = new ArrayList<>();
        for (TagRef ref : repository.tags()) {
            format.findReleaseTag(ref.name(), includePreReleases).ifPresent(tags::add);
        }
        tags.sort(Comparator.reverseOrder());
        return List.copyOf(tags);
    }

    /**
     * The release tag with the highest version.
     *
     * @param repository the repository
     * @param format the tag format
     * @param includePreReleases whether pre-release tags count
     * @return the latest release tag, or empty when there is none
     */
    public static Optional<ReleaseTag> latest(SourceRepository repository, TagFormat format, boolean includePreReleases) {
        return newest(repository, format, includePreReleases, 1).stream().findFirst();
    }

    /**
     * The release tags with the highest versions, such as the latest release and the one before it
     * for the latest release's notes. Only the tags' names are read, and only the tags returned are
     * resolved (a tag that does not point at a commit is skipped), so this stays cheap with
     * thousands of annotated tags, where {@link #all} reads every tag object.
     *
     * @param repository the repository
     * @param format the tag format
     * @param includePreReleases whether pre-release tags count
     * @param count how many tags at most, at least 1
     * @return up to {@code count} release tags, by descending precedence
     */
    public static List<ReleaseTag> newest(SourceRepository repository, TagFormat format, boolean includePreReleases,
            int count) {
        Checks.notNull(repository, "repository");
        Checks.notNull(format, "format");
        if (count < 1) {
            throw new InvalidInputException("tag count", Integer.toString(count), "1 or more");
        }
        List<ReleaseTag> candidates = new ArrayList<>();
        for (String name : repository.tagNames()) {
            format.findReleaseTag(name, includePreReleases).ifPresent(candidates::add);
        }
        candidates.sort(Comparator.reverseOrder());
        List<ReleaseTag> out = new ArrayList<>(count);
        for (ReleaseTag tag : candidates) {
            if (out.size() == count) {
                break;
            }
            if (repository.findCommit(RefName.tag(tag.name()).name()).isPresent()) {
                out.add(tag);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The release tag with the highest version among those reachable from a revision, for teams that
     * cut stable releases on branches and want only what a branch contains.
     *
     * @param repository the repository
     * @param format the tag format
     * @param includePreReleases whether pre-release tags count
     * @param revision the branch or commit whose history the tag must be in
     * @return the latest reachable release tag, or empty when there is none
     */
    public static Optional<ReleaseTag> latestReachable(SourceRepository repository, TagFormat format,
            boolean includePreReleases, String revision) {
        Checks.notBlank(revision, "revision");
        return mergedInto(repository, format, includePreReleases, revision).stream().findFirst();
    }

    /**
     * The release tags a revision contains ({@code git tag --merged <revision>}), newest first by
     * version precedence: one walk of the revision's history for all of them, not one ancestry
     * check per tag.
     *
     * @param repository the repository
     * @param format the tag format
     * @param includePreReleases whether pre-release tags count
     * @param revision the revision, such as {@code main} or {@code HEAD}
     * @return the tags whose commit the revision reaches
     * @throws dev.releaserules.core.spi.RepositoryException when the revision does not exist
     */
    public static List<ReleaseTag> mergedInto(SourceRepository repository, TagFormat format, boolean includePreReleases,
            String revision) {
        Checks.notNull(repository, "repository");
        Checks.notNull(format, "format");
        Checks.notBlank(revision, "revision");
        java.util.Map<ReleaseTag, String> commitOf = new java.util.HashMap<>();
        for (TagRef ref : repository.tags()) {
            format.findReleaseTag(ref.name(), includePreReleases).ifPresent(tag -> commitOf.put(tag, ref.commitId()));
        }
        java.util.Set<String> reachable = repository.reachableFrom(revision, java.util.Set.copyOf(commitOf.values()));
        return commitOf.keySet().stream().filter(t -> reachable.contains(commitOf.get(t)))
                .sorted(Comparator.reverseOrder()).toList();
    }
}
