/**
 * Implementation of the notification channels, routing file, HTTP retries and outbox stores. Not
 * part of the API: anything here may change or disappear in any release, without notice.
 */
@NullMarked
package dev.releaserules.notify.internal;

import org.jspecify.annotations.NullMarked;
