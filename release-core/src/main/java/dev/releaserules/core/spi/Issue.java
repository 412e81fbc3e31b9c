package dev.releaserules.core.spi;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * An issue on the code host, as the host reports it.
 *
 * @param number the host's number for it, positive
 * @param title the title
 * @param body the description, Markdown
 * @param labels the labels, each once, in the order they were given
 * @param state open or closed
 */
public record Issue(int number, String title, String body, List<String> labels, State state) {

    /** Where an issue stands. */
    public enum State {
        /** Open. */
        OPEN,
        /** Closed. */
        CLOSED
    }

    /** Validates and copies the parts. */
    public Issue {
        if (number <= 0) {
            throw new InvalidInputException("issue number", Integer.toString(number), "a positive number");
        }
        Checks.notNull(title, "title");
        Checks.notNull(body, "body");
        labels = List.copyOf(new LinkedHashSet<>(Checks.listCopy(labels, "labels")));
        Checks.notNull(state, "state");
    }

    /**
     * Whether it carries a label.
     *
     * @param label the label, compared exactly
     * @return true when {@link #labels()} contains it
     */
    public boolean hasLabel(String label) {
        return labels.contains(label);
    }
}
