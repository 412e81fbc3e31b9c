/**
 * Changelogs: the release → sections → entries model built from conventional commits, Markdown rendering in the conventional-changelog and Keep-a-Changelog layouts, and the CHANGELOG.md update that prepends and never loses existing content (R-C1).
 */
@NullMarked
package dev.releaserules.core.changelog;

import org.jspecify.annotations.NullMarked;
