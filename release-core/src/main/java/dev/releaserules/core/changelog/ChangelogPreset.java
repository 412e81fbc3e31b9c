package dev.releaserules.core.changelog;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Ready-made changelog configurations for the layouts people compare against: release-please's
 * {@code CHANGELOG.md}, conventional-changelog's and Keep a Changelog's.
 *
 * <pre>{@code
 * ChangelogConfig config = ChangelogPreset.RELEASE_PLEASE.config("https://github.com/acme/app");
 * }</pre>
 */
public enum ChangelogPreset {
    /**
     * release-please's layout and reading: the conventional-changelog layout with two blank lines before
     * each section, issue links for {@code #N} in descriptions, {@code @user} links, footer references
     * ({@code Fixes #12}) after the entry as {@code , closes [#12](...)}, one entry per conventional
     * header (headers in bodies and footers included, no merging of equal descriptions), entries in
     * release-please's order, git's {@code Revert "..."} commits left out, descriptions starting with
     * an upper-case letter, commits with a {@code Release-As:} footer listed whatever their type, and
     * the release dated by its last change.
     */
    RELEASE_PLEASE,

    /** conventional-changelog's layout: {@link ChangelogConfig#defaults()} with links. */
    CONVENTIONAL,

    /** The Keep a Changelog 1.1.0 layout (see {@link ChangelogLayout#KEEP_A_CHANGELOG}). */
    KEEP_A_CHANGELOG;

    private static final Pattern URL = Pattern.compile("https?://[^\\s()<>{}]+[^/\\s()<>{}]");

    /**
     * The preset by its command-line name: {@code release-please}, {@code conventional} or
     * {@code keep-a-changelog} (any case, {@code _} for {@code -}).
     *
     * @param name the name
     * @return the preset
     * @throws InvalidInputException when the name is none of these
     */
    public static ChangelogPreset parse(String name) {
        Checks.notNull(name, "preset");
        String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ChangelogPreset preset : values()) {
            if (preset.name().equals(key)) {
                return preset;
            }
        }
        throw new InvalidInputException("changelog preset", name, Messages.PRESET);
    }

    /**
     * The preset's name on a command line, such as {@code release-please}.
     *
     * @return the name
     */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The bump rules of the tool the preset follows: {@link dev.releaserules.core.commit.BumpRules#releasePlease()}
     * for {@link #RELEASE_PLEASE} (its {@code Release-As:} footers set the version), the
     * {@linkplain dev.releaserules.core.commit.BumpRules#defaults() defaults} for the others.
     *
     * @return the rules
     */
    public dev.releaserules.core.commit.BumpRules bumpRules() {
        return this == RELEASE_PLEASE ? dev.releaserules.core.commit.BumpRules.releasePlease()
                : dev.releaserules.core.commit.BumpRules.defaults();
    }

    /**
     * The preset without links (no repository URL known).
     *
     * @return the configuration
     */
    public ChangelogConfig config() {
        return builder().build();
    }

    /**
     * The preset with the links of a repository on a GitHub-like host: commits
     * {@code <url>/commit/<hash>}, compare {@code <url>/compare/<previous tag>...<tag>}, issues
     * {@code <url>/issues/<number>}, users {@code <host>/<user>}.
     *
     * @param repositoryUrl such as {@code https://github.com/acme/app}; a trailing {@code /} or
     *     {@code .git} is left out
     * @return the configuration
     * @throws InvalidInputException when the URL is not an http(s) URL without spaces or brackets
     */
    public ChangelogConfig config(String repositoryUrl) {
        return builder(repositoryUrl).build();
    }

    /**
     * A builder that starts from the preset, to change a knob or two.
     *
     * @return the builder
     */
    public ChangelogConfig.Builder builder() {
        ChangelogConfig.Builder b = ChangelogConfig.builder();
        return switch (this) {
            case RELEASE_PLEASE -> b.layout(ChangelogLayout.RELEASE_PLEASE).spacing(ChangelogSpacing.releasePlease())
                    .sectionOrder(List.of("feat", "fix", "perf", "revert", "docs", "style", "chore", "refactor",
                            "test", "build", "ci"))
                    .entryOrder(EntryOrder.RELEASE_PLEASE).mergeSameChange(false).multiHeaderBodies(true)
                    .footerReferences(true).gitReverts(false).dateSource(ReleaseDateSource.LAST_CHANGE)
                    .capitalize(true).showReleaseAs(true);
            case CONVENTIONAL -> b;
            case KEEP_A_CHANGELOG -> b.layout(ChangelogLayout.KEEP_A_CHANGELOG);
        };
    }

    /**
     * A builder that starts from the preset with a repository's links (see {@link #config(String)}).
     *
     * @param repositoryUrl such as {@code https://github.com/acme/app}
     * @return the builder
     */
    public ChangelogConfig.Builder builder(String repositoryUrl) {
        Checks.notNull(repositoryUrl, "repository URL");
        String url = repositoryUrl.strip();
        if (url.endsWith(".git")) {
            url = url.substring(0, url.length() - 4);
        }
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        if (!URL.matcher(url).matches()) {
            throw new InvalidInputException("repository URL", repositoryUrl, Messages.REPOSITORY_URL);
        }
        int path = url.indexOf('/', url.indexOf("//") + 2);
        String host = path < 0 ? url : url.substring(0, path);
        ChangelogConfig.Builder b = builder().commitUrl(url + "/commit/{hash}")
                .compareUrl(url + "/compare/{previous_tag}...{tag}");
        if (this == RELEASE_PLEASE) {
            b.issueUrl(url + "/issues/{number}").userUrl(host + "/{user}");
        }
        return b;
    }
}
