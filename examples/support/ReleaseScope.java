// Shared by changelog.java and next-version.java through //SOURCES support/ReleaseScope.java: which releases.

import dev.releaserules.core.changelog.ChangelogConfig;
import dev.releaserules.core.flow.Component;
import dev.releaserules.core.flow.ReleaseHistory;
import dev.releaserules.core.spi.PathFilter;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.TagFormat;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/**
 * The releases a command works on, as picocli options: the whole repository with tags vX.Y.Z (and
 * X.Y.Z), or one component of a monorepo with its own tags (api@1.2.3, api/v1.2.3, api-v1.2.3) and
 * the commits that touch its paths.
 */
public final class ReleaseScope {
    @Option(names = "--tag-prefix", paramLabel = "P",
            description = "the prefix of release tags before X.Y.Z; repeatable (default: v, and none)")
    List<String> tagPrefixes = new ArrayList<>();

    @Option(names = "--component", paramLabel = "NAME",
            description = "one component of a monorepo: its tags are NAME<separator><prefix>X.Y.Z")
    String component;

    @Option(names = "--separator", paramLabel = "SEP", defaultValue = "@",
            description = "what stands between --component and the version: @ (default), / or -")
    String separator;

    @Option(names = "--path", paramLabel = "PATTERN",
            description = "only commits that touch this directory or glob (**, *, ?); repeatable")
    List<String> paths = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "PATTERN", description = "but not this directory or glob; repeatable")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--pre-releases", description = "pre-release tags (X.Y.Z-rc.1) are releases too")
    boolean preReleases;

    /** The tag formats: one per prefix, for the component when one is named. */
    public List<TagFormat> formats() {
        List<String> prefixes = tagPrefixes.isEmpty() ? (component == null ? List.of("v", "") : List.of("", "v"))
                : tagPrefixes;
        List<TagFormat> formats = new ArrayList<>();
        for (String prefix : prefixes) {
            TagFormat format = prefix.equals("v") ? TagFormat.defaults() : TagFormat.withPrefix(prefix);
            formats.add(component == null ? format : format.forComponent(component, separator));
        }
        return formats;
    }

    /** The path filter of --path and --exclude; every path when neither is given. */
    public PathFilter pathFilter() {
        PathFilter filter = paths.isEmpty() ? PathFilter.all() : PathFilter.including(paths.toArray(String[]::new));
        return excludes.isEmpty() ? filter : filter.excluding(excludes.toArray(String[]::new));
    }

    /** The component, when one is named: its directory's CHANGELOG.md unless --path says otherwise. */
    public java.util.Optional<Component> component() {
        if (component == null) {
            return java.util.Optional.empty();
        }
        String changelog = paths.size() == 1 && !paths.get(0).contains("*") ? paths.get(0).replaceAll("/+$", "")
                + "/CHANGELOG.md" : "CHANGELOG.md";
        return java.util.Optional.of(new Component(component, pathFilter(), formats().get(0), changelog));
    }

    /** The release history of this scope. */
    public ReleaseHistory history(SourceRepository repository, ChangelogConfig config) {
        return ReleaseHistory.builder().repository(repository).tagFormats(formats()).paths(pathFilter())
                .includePreReleases(preReleases).changelog(config).build();
    }
}
