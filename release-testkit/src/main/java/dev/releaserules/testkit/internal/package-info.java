/**
 * Implementation helpers of the testkit. Not exported and not API: anything here may change in any release.
 */
@NullMarked
package dev.releaserules.testkit.internal;

import org.jspecify.annotations.NullMarked;
