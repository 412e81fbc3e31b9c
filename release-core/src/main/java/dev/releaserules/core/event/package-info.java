/**
 * Typed release events (R-N1 and the manifest engine's), which notifiers turn into messages.
 * Core only creates events; delivering them is the job of adapters such as {@code release-notify}.
 */
@NullMarked
package dev.releaserules.core.event;

import org.jspecify.annotations.NullMarked;
