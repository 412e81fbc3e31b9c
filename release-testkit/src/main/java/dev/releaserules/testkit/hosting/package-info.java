/**
 * An in-memory {@link dev.releaserules.core.spi.Hosting} port that records pull requests, labels and
 * workflow triggers, and lets a test merge a pull request as someone.
 */
@NullMarked
package dev.releaserules.testkit.hosting;

import org.jspecify.annotations.NullMarked;
