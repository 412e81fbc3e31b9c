/**
 * Rules the code host applies: the auto-merge policy (R-M1) as a pure decision over the facts of a
 * pull request, so a tool can apply it to any host through the hosting port.
 */
@NullMarked
package dev.releaserules.core.hosting;

import org.jspecify.annotations.NullMarked;
