package dev.releaserules.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.flow.BranchCleanup.BackportState;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

class BranchCleanupProperties {

    private final BranchNames names = BranchNames.defaults();

    @Property(tries = 200)
    @Label("R-BC a branch may be deleted exactly when every condition holds")
    void may_delete_iff_all_met(@ForAll boolean deployed, @ForAll BackportState backport, @ForAll boolean tag,
            @ForAll boolean releaseBranch) {
        String branch = releaseBranch ? "release/v1.0.0" : "main";

        BranchCleanupDecision decision = BranchCleanup.builder().branch(branch).deployed(deployed).backport(backport)
                .tagExists(tag).build().decide(names);

        assertThat(decision.mayDelete())
                .isEqualTo(deployed && backport == BackportState.MERGED && tag && releaseBranch);
    }
}
