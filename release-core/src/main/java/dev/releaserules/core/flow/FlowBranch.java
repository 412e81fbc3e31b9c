package dev.releaserules.core.flow;

import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.version.Version;

/**
 * A branch name the flow recognises, with what it says.
 *
 * @param name the branch name
 * @param kind the kind of branch
 * @param version the version it names
 */
public record FlowBranch(String name, BranchKind kind, Version version) {

    /** Validates the parts. */
    public FlowBranch {
        Checks.notBlank(name, "name");
        Checks.notNull(kind, "kind");
        Checks.notNull(version, "version");
    }
}
