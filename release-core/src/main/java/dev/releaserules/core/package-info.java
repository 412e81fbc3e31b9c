/**
 * Entry points shared by every rule: the one unchecked exception family rooted at
 * {@link dev.releaserules.core.ReleaseException}.
 */
@NullMarked
package dev.releaserules.core;

import org.jspecify.annotations.NullMarked;
