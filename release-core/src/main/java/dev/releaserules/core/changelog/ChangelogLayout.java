package dev.releaserules.core.changelog;

/**
 * The Markdown layouts a {@link ChangelogRenderer} writes.
 */
public enum ChangelogLayout {
    /**
     * The layout of conventional-changelog and release-please: {@code ## [2.2.0](compare-link) (2026-01-18)}
     * (or {@code ## 2.2.0 (2026-01-18)} without a link), then {@code ### ⚠ BREAKING CHANGES} and one
     * {@code ###} section per commit type, entries {@code * **scope:** description ([abc1234](commit-link))}.
     */
    CONVENTIONAL_CHANGELOG,

    /**
     * The layout of <a href="https://keepachangelog.com/en/1.1.0/">Keep a Changelog 1.1.0</a>:
     * {@code ## [2.2.0] - 2026-01-18}, then {@code ### Added}, {@code ### Changed}, {@code ### Removed},
     * {@code ### Fixed}, entries {@code - **scope:** description ([abc1234](commit-link))}, and the compare
     * link as the reference definition {@code [2.2.0]: compare-link} closing the release. Commit types map
     * to categories as follows: {@code feat} is Added; {@code fix} is Fixed; {@code revert} (and git
     * reverts) is Removed; every other shown type ({@code perf}, {@code refactor}, {@code docs},
     * {@code build}, ... and custom types) is Changed. Breaking changes open the Changed category, each
     * marked {@code **BREAKING:**} (or {@code **BREAKING (scope):**}).
     */
    KEEP_A_CHANGELOG,

    /**
     * The layout of release-please's {@code CHANGELOG.md}: the conventional-changelog layout, with
     * release-please's text rules: scopes as written, descriptions as written ({@code <} outside code
     * spans is still escaped, so raw HTML never reaches the file), {@code #N} and {@code @user} linked, breaking-change notes folded to their
     * first paragraph with the first {@code (#N)} linked. Use it through {@link ChangelogPreset#RELEASE_PLEASE}, which sets the spacing,
     * order and reading that go with it.
     */
    RELEASE_PLEASE
}
