package dev.releaserules.core.version;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * How release tags are named: {@code v1.2.3} by default, another prefix ({@code release-1.2.3} or
 * none), or per component ({@code api@v1.2.3}, {@code api/v1.2.3}).
 *
 * <p>A tag name is a release tag of this format when it is exactly component, separator, prefix
 * and a valid SemVer version. Anything else — CalVer with leading zeros, {@code latest},
 * {@code v1.2}, {@code v.7.1.0}, another component's tags — never counts as a release.
 *
 * <pre>{@code
 * TagFormat.defaults().format(Version.of(1, 2, 3));            // "v1.2.3"
 * TagFormat.defaults().findVersion("v1.2");                     // Optional.empty()
 * TagFormat.defaults().forComponent("api").format(v);           // "api@v1.2.3"
 * }</pre>
 *
 * @param component the component name for per-component tags, or empty for repository-wide tags
 * @param separator what stands between component and prefix ({@code @}, {@code /}, or {@code -} as
 *     release-please's {@code api-v1.2.3}); empty when
 *     there is no component
 * @param prefix what stands before the version, such as {@code v}; may be empty
 */
public record TagFormat(String component, String separator, String prefix) {

    private static final TagFormat DEFAULTS = new TagFormat("", "", "v");

    /** Validates the parts. */
    public TagFormat {
        Checks.notNull(component, "component");
        Checks.notNull(separator, "separator");
        Checks.notNull(prefix, "prefix");
        if (!component.isEmpty()) {
            checkName(component, "component name");
            if (!separator.equals("@") && !separator.equals("/") && !separator.equals("-")) {
                throw new InvalidInputException("tag separator", separator,
                        "\"@\", \"/\" or \"-\" after a component name");
            }
        } else if (!separator.isEmpty()) {
            throw new InvalidInputException("tag separator", separator, "no separator when there is no component");
        }
        if (!prefix.isEmpty()) {
            checkName(prefix, "tag prefix");
        }
    }

    private static void checkName(String text, String subject) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.';
            if (!ok) {
                throw new InvalidInputException(subject, text, "ASCII letters, digits, '-', '_' and '.'", i);
            }
        }
        if (text.startsWith(".") || text.endsWith(".") || text.contains("..")) {
            throw new InvalidInputException(subject, text, "no leading, trailing or doubled '.'");
        }
    }

    /**
     * The default format: {@code v} followed by the version, no component.
     *
     * @return the format of {@code v1.2.3}
     */
    public static TagFormat defaults() {
        return DEFAULTS;
    }

    /**
     * Repository-wide tags with another prefix.
     *
     * @param prefix the prefix, such as {@code release-}, or empty for bare versions
     * @return the format
     */
    public static TagFormat withPrefix(String prefix) {
        return new TagFormat("", "", prefix);
    }

    /**
     * This format for one component, with {@code @} as separator ({@code api@v1.2.3}).
     *
     * @param name the component name
     * @return the per-component format
     */
    public TagFormat forComponent(String name) {
        return new TagFormat(name, "@", prefix);
    }

    /**
     * This format for one component with a chosen separator ({@code api/v1.2.3}, or release-please's
     * {@code api-v1.2.3}).
     *
     * @param name the component name
     * @param separator {@code @}, {@code /} or {@code -}
     * @return the per-component format
     */
    public TagFormat forComponent(String name, String separator) {
        return new TagFormat(name, separator, prefix);
    }

    /**
     * The tag name of a version.
     *
     * @param version the version
     * @return such as {@code v1.2.3}
     */
    public String format(Version version) {
        Checks.notNull(version, "version");
        return component + separator + prefix + version;
    }

    /**
     * The version a tag name stands for, when it is a tag of this format.
     *
     * @param tagName the tag name without {@code refs/tags/}
     * @return the version (release or pre-release), or empty when the name is not a tag of this format
     */
    public Optional<Version> findVersion(String tagName) {
        if (tagName == null) {
            return Optional.empty();
        }
        String head = component + separator + prefix;
        if (!tagName.startsWith(head)) {
            return Optional.empty();
        }
        return Version.tryParse(tagName.substring(head.length()));
    }

    /**
     * The version a tag name of this format stands for.
     *
     * @param tagName the tag name
     * @return the version
     * @throws InvalidInputException when the name is not a tag of this format, naming the expected form
     */
    public Version requireVersion(String tagName) {
        return findVersion(tagName).orElseThrow(() -> new InvalidInputException("tag name",
                String.valueOf(tagName), "a release tag of the form " + format(Version.of(1, 2, 3))));
    }

    /**
     * Whether a tag name is a plain release tag of this format: no pre-release, no build metadata
     * (for the default format, {@code ^v[0-9]+\.[0-9]+\.[0-9]+$} with SemVer's no-leading-zero rule).
     *
     * @param tagName the tag name
     * @return true for a release tag
     */
    public boolean isReleaseTag(String tagName) {
        return findVersion(tagName).map(Version::isRelease).orElse(false);
    }

    /**
     * The release tag a tag name stands for: a tag of this format whose version has no build
     * metadata, and no pre-release unless those count.
     *
     * @param tagName the tag name without {@code refs/tags/}
     * @param includePreReleases whether a pre-release tag counts
     * @return the release tag, or empty when the name is not one
     */
    public Optional<ReleaseTag> findReleaseTag(String tagName, boolean includePreReleases) {
        return findVersion(tagName)
                .filter(v -> v.build().isEmpty() && (includePreReleases || !v.isPreRelease()))
                .map(v -> new ReleaseTag(tagName, v));
    }

    /**
     * The release tag with the highest version precedence among tag names — never by date or name.
     *
     * @param tagNames tag names of any kinds; those not of this format are ignored
     * @param includePreReleases whether pre-release tags count
     * @return the latest tag, or empty when no name is a (matching) release tag
     */
    public Optional<ReleaseTag> latest(Collection<String> tagNames, boolean includePreReleases) {
        Checks.notNull(tagNames, "tagNames");
        ReleaseTag best = null;
        for (String name : tagNames) {
            Optional<ReleaseTag> candidate = findReleaseTag(name, includePreReleases);
            if (candidate.isPresent() && (best == null || candidate.get().compareTo(best) > 0)) {
                best = candidate.get();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Why this format matches none of a repository's tags when a near variant would: the usual
     * misconfiguration of a component's tags ({@code create-vite@v1.2.3} configured,
     * {@code create-vite@1.2.3} tagged). Empty when some tag matches, or when no variant does.
     *
     * @param tagNames the repository's tag names
     * @return the explanation, naming an example tag and the format that would match it
     */
    public Optional<String> explainNoMatch(Collection<String> tagNames) {
        Checks.notNull(tagNames, "tag names");
        if (tagNames.stream().anyMatch(this::isReleaseTag)) {
            return Optional.empty();
        }
        List<TagFormat> variants = new java.util.ArrayList<>();
        for (String sep : List.of(separator, "@", "/", "-")) {
            for (String pre : List.of("", "v", prefix)) {
                TagFormat variant = new TagFormat(component, component.isEmpty() ? "" : sep, pre);
                if (!variant.equals(this) && !variants.contains(variant)) {
                    variants.add(variant);
                }
            }
        }
        for (TagFormat variant : variants) {
            Optional<String> example = tagNames.stream().filter(variant::isReleaseTag).sorted().findFirst();
            if (example.isPresent()) {
                long count = tagNames.stream().filter(variant::isReleaseTag).count();
                return Optional.of("no tag matches " + pattern() + ", but " + count + " tag" + (count == 1 ? "" : "s")
                        + " such as " + example.get() + " match " + variant.pattern() + ": use "
                        + variant.describeFactory());
            }
        }
        return Optional.empty();
    }

    /**
     * The shape of this format's tags.
     *
     * @return such as {@code create-vite@vX.Y.Z}
     */
    public String pattern() {
        return component + separator + prefix + "X.Y.Z";
    }

    private String describeFactory() {
        String base = "TagFormat.withPrefix(\"" + prefix + "\")";
        return component.isEmpty() ? base : base + ".forComponent(\"" + component + "\", \"" + separator + "\")";
    }
}
