/**
 * Commits and their messages: the Conventional Commits 1.0.0 parser, merge and revert commits,
 * and the bump recommendation that says which increment a set of commits calls for, and why.
 */
@NullMarked
package dev.releaserules.core.commit;

import org.jspecify.annotations.NullMarked;
