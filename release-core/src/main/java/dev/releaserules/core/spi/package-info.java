/**
 * Ports: the small interfaces through which the rules reach the world (source repository, code
 * hosting, notification, deployment). Adapters in other modules implement them; tests use the
 * in-memory implementations of {@code release-testkit}.
 */
@NullMarked
package dev.releaserules.core.spi;

import org.jspecify.annotations.NullMarked;
