/**
 * The quick-release flow as decisions: branch naming (R-B1), feature cutoff (R-B2), prepare, staging, validate, post-merge, backport and hotfix steps (R-V*, R-T*, R-S1, R-L1, R-TL), driven through the ports of dev.releaserules.core.spi.
 */
@NullMarked
package dev.releaserules.core.flow;

import org.jspecify.annotations.NullMarked;
