package dev.releaserules.core.changelog;

import dev.releaserules.core.internal.Checks;
import java.util.List;

/**
 * The entries of one commit type in the release notes, such as the Features of {@code feat} commits.
 *
 * @param type the normalised commit type, such as {@code feat}
 * @param title the section's title, such as {@code Features}
 * @param entries the entries, in the order they are rendered
 */
public record Section(String type, String title, List<Entry> entries) {

    /** Validates and copies the parts. */
    public Section {
        Checks.notBlank(type, "type");
        Checks.notBlank(title, "section title");
        entries = Checks.listCopy(entries, "entries");
    }
}
