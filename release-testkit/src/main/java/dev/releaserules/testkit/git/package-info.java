/**
 * Real git repositories for tests: {@link dev.releaserules.testkit.git.TempGitRepository} builds a
 * work tree with a bare {@code origin} in a temporary directory, with deterministic identities and a
 * {@link dev.releaserules.testkit.git.TickingClock}, so commit ids are the same on every run.
 */
@NullMarked
package dev.releaserules.testkit.git;

import org.jspecify.annotations.NullMarked;
