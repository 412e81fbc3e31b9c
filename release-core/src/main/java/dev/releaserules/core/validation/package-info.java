/**
 * Tag/version consistency checks (R-T2), reported as a typed report that lists every failed check, never as a boolean.
 */
@NullMarked
package dev.releaserules.core.validation;

import org.jspecify.annotations.NullMarked;
