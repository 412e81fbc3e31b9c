package dev.releaserules.core.flow;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.PathFilter;
import dev.releaserules.core.version.TagFormat;

/**
 * One releasable part of a monorepo: its name, the paths its commits touch, the format of its release
 * tags and its own changelog file. Give it to {@link ReleaseHistory.Builder#component(Component)} for
 * the component's releases, notes and next version.
 *
 * <pre>{@code
 * Component createVite = new Component("create-vite", PathFilter.including("packages/create-vite"),
 *         TagFormat.withPrefix("").forComponent("create-vite", "@"), "packages/create-vite/CHANGELOG.md");
 * BumpRecommendation next = ReleaseHistory.builder().repository(repository).component(createVite).build()
 *         .recommendNext(BumpRules.defaults(), "HEAD");
 * }</pre>
 *
 * @param name the component's name, such as {@code create-vite}; no whitespace
 * @param paths the paths whose commits belong to it
 * @param tagFormat the format of its release tags, such as {@code create-vite@1.2.3}
 * @param changelogPath its changelog file, relative to the repository root with {@code /} separators,
 *     such as {@code packages/create-vite/CHANGELOG.md}
 */
public record Component(String name, PathFilter paths, TagFormat tagFormat, String changelogPath) {

    /** Validates the parts. */
    public Component {
        Checks.notBlank(name, "component name");
        Checks.notNull(paths, "paths");
        Checks.notNull(tagFormat, "tag format");
        Checks.notBlank(changelogPath, "changelog path");
        if (name.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new InvalidInputException("component name", name, FlowMessages.COMPONENT_NAME);
        }
        if (changelogPath.startsWith("/") || changelogPath.endsWith("/") || changelogPath.contains("\\")
                || changelogPath.contains("//") || changelogPath.equals("..") || changelogPath.startsWith("../")
                || changelogPath.contains("/../") || changelogPath.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("changelog path", changelogPath, FlowMessages.CHANGELOG_PATH);
        }
    }

    /**
     * A component that lives in one directory, with its changelog there: {@code CHANGELOG.md} in that
     * directory.
     *
     * @param name the component's name
     * @param directory its directory, such as {@code packages/create-vite}
     * @param tagFormat the format of its release tags
     * @return the component
     */
    public static Component inDirectory(String name, String directory, TagFormat tagFormat) {
        Checks.notBlank(directory, "directory");
        String dir = directory.endsWith("/") ? directory.substring(0, directory.length() - 1) : directory;
        return new Component(name, PathFilter.including(dir), tagFormat, dir + "/CHANGELOG.md");
    }
}
