package dev.releaserules.core.hosting;

import dev.releaserules.core.internal.Checks;
import java.util.List;

/**
 * What the reviews of a hotfix pull request say about its approval (R-HF2).
 *
 * @param techLeads the tech leads who approved
 * @param onCall the on-call engineers who approved
 * @param missing what is still missing, one line each; empty when approved
 */
public record HotfixApproval(List<String> techLeads, List<String> onCall, List<String> missing) {

    /** Copies the lists. */
    public HotfixApproval {
        techLeads = Checks.listCopy(techLeads, "techLeads");
        onCall = Checks.listCopy(onCall, "onCall");
        missing = Checks.listCopy(missing, "missing");
    }

    /**
     * Whether the hotfix may go to production.
     *
     * @return true when nothing is missing
     */
    public boolean isApproved() {
        return missing.isEmpty();
    }
}
