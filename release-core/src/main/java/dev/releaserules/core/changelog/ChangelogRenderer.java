package dev.releaserules.core.changelog;

import dev.releaserules.core.internal.Checks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders {@link ReleaseNotes} as the Markdown section of one release, in the configured
 * {@link ChangelogLayout}. Thread-safe.
 *
 * <p>The conventional-changelog layout, with a compare link and commit links:
 * <pre>{@code
 * ## [2.2.0](https://git.example.com/acme/app/compare/v2.1.1...v2.2.0) (2026-01-18)
 *
 * ### ⚠ BREAKING CHANGES
 *
 * * **api:** the v1 endpoints are gone
 *
 * ### Features
 *
 * * **api:** remove the v1 endpoints ([abc1234](https://git.example.com/acme/app/commit/abc1234...))
 * }</pre>
 *
 * <p>Breaking changes come first, one item per note, without commit links (the entry in its type's
 * section carries them); multi-line notes continue on lines indented by two spaces. An entry that
 * stands for several commits lists every short id: {@code ([abc1234](...), [def5678](...))}; without
 * commit links the short ids are plain: {@code (abc1234, def5678)}. See {@link ChangelogLayout} for the
 * Keep a Changelog layout and its category mapping. User text is escaped only where it would break
 * the layout: line breaks, raw HTML, headings, and the Markdown of scopes (which are set in bold).
 * The output ends with one line break.
 */
public final class ChangelogRenderer {
    private static final String NL = "\n";

    private final ChangelogLayout layout;
    private final String breakingTitle;

    private ChangelogRenderer(ChangelogLayout layout, String breakingTitle) {
        this.layout = layout;
        this.breakingTitle = breakingTitle;
    }

    /**
     * A renderer with the layout and breaking-changes title of a configuration.
     *
     * @param config the configuration
     * @return the renderer
     */
    public static ChangelogRenderer of(ChangelogConfig config) {
        Checks.notNull(config, "config");
        return new ChangelogRenderer(config.layout(), config.breakingTitle());
    }

    /**
     * A renderer with a layout and the default breaking-changes title.
     *
     * @param layout the layout
     * @return the renderer
     */
    public static ChangelogRenderer of(ChangelogLayout layout) {
        return new ChangelogRenderer(Checks.notNull(layout, "layout"), ChangelogConfig.BREAKING_TITLE);
    }

    /**
     * The layout this renderer writes.
     *
     * @return the layout
     */
    public ChangelogLayout layout() {
        return layout;
    }

    /**
     * Renders the notes with {@code \n} line breaks.
     *
     * @param notes the notes
     * @return the Markdown of the release, from its {@code ##} heading to a final line break
     */
    public String render(ReleaseNotes notes) {
        return render(notes, NL);
    }

    /**
     * Renders the notes with the given line break, such as {@code \r\n} to match an existing file.
     *
     * @param notes the notes
     * @param newline {@code \n} or {@code \r\n}
     * @return the Markdown of the release
     */
    String render(ReleaseNotes notes, String newline) {
        Checks.notNull(notes, "notes");
        List<String> lines = layout == ChangelogLayout.KEEP_A_CHANGELOG ? keepAChangelog(notes, newline)
                : conventional(notes, newline);
        return String.join(newline, lines) + newline;
    }

    /**
     * The heading line that starts a release in this layout, as {@link #render} writes it.
     *
     * @param notes the notes
     * @return the heading, without a line break
     */
    public String heading(ReleaseNotes notes) {
        Checks.notNull(notes, "notes");
        String version = notes.version().toString();
        if (layout == ChangelogLayout.KEEP_A_CHANGELOG) {
            return "## [" + version + "] - " + notes.date();
        }
        String title = notes.compareLink().map(link -> "[" + version + "](" + link + ")").orElse(version);
        return "## " + title + " (" + notes.date() + ")";
    }

    private List<String> conventional(ReleaseNotes notes, String newline) {
        List<String> lines = new ArrayList<>();
        lines.add(heading(notes));
        List<BreakingChange> breaking = notes.breakingChanges();
        if (!breaking.isEmpty()) {
            lines.add("");
            lines.add("### " + breakingTitle);
            lines.add("");
            breaking.forEach(b -> lines.add(breakingItem("* ", "", b, newline)));
        }
        for (Section section : notes.sections()) {
            lines.add("");
            lines.add("### " + section.title());
            lines.add("");
            section.entries().forEach(e -> lines.add(item("* ", e)));
        }
        return lines;
    }

    private List<String> keepAChangelog(ReleaseNotes notes, String newline) {
        Map<String, List<String>> categories = new LinkedHashMap<>();
        for (String category : List.of("Added", "Changed", "Removed", "Fixed")) {
            categories.put(category, new ArrayList<>());
        }
        notes.breakingChanges().forEach(b -> categories.get("Changed").add(breakingItem("- ", "BREAKING", b, newline)));
        for (Section section : notes.sections()) {
            List<String> items = categories.get(category(section.type()));
            section.entries().forEach(e -> items.add(item("- ", e)));
        }
        List<String> lines = new ArrayList<>();
        lines.add(heading(notes));
        categories.forEach((category, items) -> {
            if (!items.isEmpty()) {
                lines.add("");
                lines.add("### " + category);
                lines.add("");
                lines.addAll(items);
            }
        });
        notes.compareLink().ifPresent(link -> {
            lines.add("");
            lines.add("[" + notes.version() + "]: " + link);
        });
        return lines;
    }

    private static String category(String type) {
        return switch (type) {
            case "feat" -> "Added";
            case "fix" -> "Fixed";
            case "revert" -> "Removed";
            default -> "Changed";
        };
    }

    private static String item(String bullet, Entry entry) {
        StringBuilder out = new StringBuilder(bullet);
        if (entry.hasScope()) {
            out.append("**").append(Markdown.scope(entry.scope())).append(":** ");
        }
        out.append(Markdown.line(entry.description())).append(" (");
        for (int i = 0; i < entry.commits().size(); i++) {
            CommitRef ref = entry.commits().get(i);
            if (i > 0) {
                out.append(", ");
            }
            out.append(ref.findLink().map(link -> "[" + ref.shortId() + "](" + link + ")").orElse(ref.shortId()));
        }
        return out.append(')').toString();
    }

    private static String breakingItem(String bullet, String marker, BreakingChange change, String newline) {
        StringBuilder out = new StringBuilder(bullet);
        String scope = change.scope().isEmpty() ? "" : Markdown.scope(change.scope());
        if (!marker.isEmpty()) {
            out.append("**").append(marker).append(scope.isEmpty() ? "" : " (" + scope + ")").append(":** ");
        } else if (!scope.isEmpty()) {
            out.append("**").append(scope).append(":** ");
        }
        return out.append(Markdown.block(change.note(), "  ", newline)).toString();
    }
}
