/**
 * Semantic versions (SemVer 2.0.0), increments, staging versions, release tag formats, the version
 * file and the rules that choose the next version (R-V1 to R-V5).
 */
@NullMarked
package dev.releaserules.core.version;

import org.jspecify.annotations.NullMarked;
