package dev.releaserules.core.flow;

import dev.releaserules.core.internal.Checks;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a flow command does (or, in a dry run, would do), step by step.
 *
 * @param actions the steps in the order they run
 */
public record Plan(List<PlannedAction> actions) {

    /** Validates and copies the steps. */
    public Plan {
        actions = Checks.listCopy(actions, "actions");
    }

    /**
     * The steps of one kind.
     *
     * @param type the kind, such as {@code PlannedAction.Push.class}
     * @param <T> the kind
     * @return the steps of that kind, in order
     */
    public <T extends PlannedAction> List<T> actionsOf(Class<T> type) {
        return actions.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * The plan as numbered lines.
     *
     * @return one line per step
     */
    public String describe() {
        return java.util.stream.IntStream.range(0, actions.size())
                .mapToObj(i -> (i + 1) + ". " + actions.get(i).describe())
                .collect(Collectors.joining("\n"));
    }
}
