/**
 * The GitHub adapter's HTTP client, JSON mapping and messages. No compatibility promise: not
 * exported, may change in any release.
 */
@NullMarked
package dev.releaserules.github.internal;

import org.jspecify.annotations.NullMarked;
