/**
 * Implementation of the chat transports: request verification, bounded bodies, form and JSON
 * parsing, the manifest lock and the outgoing replies. Not part of the API: anything here may change
 * or disappear in any release, without notice.
 */
@NullMarked
package dev.releaserules.chat.internal;

import org.jspecify.annotations.NullMarked;
