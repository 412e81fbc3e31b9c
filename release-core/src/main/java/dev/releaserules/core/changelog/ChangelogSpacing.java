package dev.releaserules.core.changelog;

import dev.releaserules.core.InvalidInputException;

/**
 * How many blank lines a rendered release puts before its {@code ###} section headings.
 *
 * <p>conventional-changelog and Keep a Changelog put one blank line before every heading
 * ({@link #single()}); release-please puts two, except before the section that follows the breaking
 * changes, which gets one ({@link #releasePlease()}).
 *
 * @param beforeSection blank lines before a section heading (and before the breaking-changes heading);
 *     1 to 3
 * @param afterBreakingChanges blank lines between the last breaking-change note and the next section
 *     heading; 1 to 3
 */
public record ChangelogSpacing(int beforeSection, int afterBreakingChanges) {

    /** Validates the counts. */
    public ChangelogSpacing {
        check(beforeSection, "blank lines before a section");
        check(afterBreakingChanges, "blank lines after the breaking changes");
    }

    /**
     * One blank line before every heading.
     *
     * @return the spacing of conventional-changelog and Keep a Changelog
     */
    public static ChangelogSpacing single() {
        return new ChangelogSpacing(1, 1);
    }

    /**
     * Two blank lines before a section heading, one after the breaking changes.
     *
     * @return the spacing of release-please
     */
    public static ChangelogSpacing releasePlease() {
        return new ChangelogSpacing(2, 1);
    }

    private static void check(int count, String subject) {
        if (count < 1 || count > 3) {
            throw new InvalidInputException(subject, Integer.toString(count), Messages.BLANK_LINES);
        }
    }
}
