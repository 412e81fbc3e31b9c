package dev.releaserules.notify;

import dev.releaserules.core.ReleaseException;
import java.util.List;

/**
 * Thrown when a notification configuration is refused; lists every problem found, each naming
 * the file, the entry and, for templates, the placeholder. Never shows a secret value.
 */
public class NotificationConfigException extends ReleaseException {
    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems every problem found; at least one
     */
    public NotificationConfigException(List<ConfigProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<ConfigProblem> problems) {
        StringBuilder out = new StringBuilder("Notification configuration refused (").append(problems.size())
                .append(problems.size() == 1 ? " problem)" : " problems)");
        for (ConfigProblem problem : problems) {
            out.append("\n  ").append(problem);
        }
        return out.toString();
    }

    /**
     * Every problem found, in file order.
     *
     * @return the problems
     */
    public List<ConfigProblem> problems() {
        return problems;
    }
}
