/**
 * Implementation helpers shared by the Release Rules modules. Not part of the API: anything here
 * may change or disappear in any release, without notice.
 */
@NullMarked
package dev.releaserules.core.internal;

import org.jspecify.annotations.NullMarked;
