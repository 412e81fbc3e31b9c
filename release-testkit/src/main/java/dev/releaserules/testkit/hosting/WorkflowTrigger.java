package dev.releaserules.testkit.hosting;

import dev.releaserules.testkit.internal.Args;
import java.util.Map;

/**
 * A workflow trigger {@link InMemoryHosting} recorded.
 *
 * @param workflow the workflow's name or file
 * @param ref the branch or tag it was triggered on
 * @param inputs the inputs it was given
 */
public record WorkflowTrigger(String workflow, String ref, Map<String, String> inputs) {

    /** Validates and copies the parts. */
    public WorkflowTrigger {
        Args.notBlank(workflow, "workflow");
        Args.notBlank(ref, "ref");
        inputs = Args.mapCopy(inputs, "inputs");
    }
}
