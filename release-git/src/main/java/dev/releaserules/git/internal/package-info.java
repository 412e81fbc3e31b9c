/**
 * The JGit implementation of the source-repository port. Not part of the API: anything here may
 * change or disappear in any release, without notice.
 */
@NullMarked
package dev.releaserules.git.internal;

import org.jspecify.annotations.NullMarked;
