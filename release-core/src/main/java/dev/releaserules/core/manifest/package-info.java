/**
 * Release manifests (YAML) with components, sign-offs, checklists, approvals, the status machine, release trains, deployment, rollback and the Markdown dashboard (R-RT1, R-MF*, R-SO*, R-D*, R-DB).
 */
@NullMarked
package dev.releaserules.core.manifest;

import org.jspecify.annotations.NullMarked;
