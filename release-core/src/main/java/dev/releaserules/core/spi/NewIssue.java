package dev.releaserules.core.spi;

import dev.releaserules.core.internal.Checks;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What to open an issue with.
 *
 * @param title the title, not blank
 * @param body the description, Markdown
 * @param labels the labels to put on it, each once, in order
 */
public record NewIssue(String title, String body, List<String> labels) {

    /** Validates and copies the parts. */
    public NewIssue {
        Checks.notBlank(title, "title");
        Checks.notNull(body, "body");
        for (String label : Checks.listCopy(labels, "labels")) {
            Checks.notBlank(label, "label");
        }
        labels = List.copyOf(new LinkedHashSet<>(labels));
    }
}
