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
    private final ChangelogConfig config;

    private ChangelogRenderer(ChangelogConfig config) {
        this.config = config;
        this.layout = config.layout();
        this.breakingTitle = config.breakingTitle();
    }

    /**
     * A renderer with the layout and breaking-changes title of a configuration.
     *
     * @param config the configuration
     * @return the renderer
     */
    public static ChangelogRenderer of(ChangelogConfig config) {
        Checks.notNull(config, "config");
        return new ChangelogRenderer(config);
    }

    /**
     * A renderer with a layout and the default breaking-changes title.
     *
     * @param layout the layout
     * @return the renderer
     */
    public static ChangelogRenderer of(ChangelogLayout layout) {
        return new ChangelogRenderer(ChangelogConfig.builder().layout(Checks.notNull(layout, "layout")).build());
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
        ChangelogSpacing spacing = config.spacing();
        int blank = spacing.beforeSection();
        if (!breaking.isEmpty()) {
            blankLines(lines, blank);
            lines.add("### " + breakingTitle);
            lines.add("");
            breaking.forEach(b -> lines.add(layout == ChangelogLayout.RELEASE_PLEASE ? releasePleaseNote(b, newline)
                    : breakingItem("* ", "", b, newline)));
            blank = spacing.afterBreakingChanges();
        }
        for (Section section : notes.sections()) {
            blankLines(lines, blank);
            lines.add("### " + section.title());
            lines.add("");
            section.entries().forEach(e -> lines.add(item("* ", e)));
            blank = spacing.beforeSection();
        }
        return lines;
    }

    private static void blankLines(List<String> lines, int count) {
        for (int i = 0; i < count; i++) {
            lines.add("");
        }
    }

    private String releasePleaseNote(BreakingChange change, String newline) {
        StringBuilder out = new StringBuilder("* ");
        if (!change.scope().isEmpty()) {
            out.append("**").append(Markdown.line(change.scope())).append(":** ");
        }
        String[] lines = ReleasePleaseText.note(change.note(), config).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append(newline);
            }
            // Each line is made safe on its own; the four-space indent of release-please stays.
            String line = lines[i];
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            String safe = Markdown.line(line);
            out.append(line, 0, indent).append(i > 0 && safe.startsWith("#") && indent < 4 ? "\\" : "").append(safe);
        }
        return out.toString();
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

    private String item(String bullet, Entry entry) {
        StringBuilder out = new StringBuilder(bullet);
        boolean releasePlease = layout == ChangelogLayout.RELEASE_PLEASE;
        if (entry.hasScope()) {
            out.append("**").append(releasePlease ? Markdown.line(entry.scope()) : Markdown.scope(entry.scope()))
                    .append(":** ");
        }
        String description = releasePlease ? ReleasePleaseText.description(entry.description(), config)
                : ReleasePleaseText.linkDigitIssues(entry.description(), config);
        out.append(Markdown.line(description)).append(" (");
        for (int i = 0; i < entry.commits().size(); i++) {
            CommitRef ref = entry.commits().get(i);
            if (i > 0) {
                out.append(", ");
            }
            out.append(ref.findLink().map(link -> "[" + ref.shortId() + "](" + link + ")").orElse(ref.shortId()));
        }
        out.append(')');
        List<String> linked = ReleasePleaseText.linkedIssues(entry.description(), releasePlease);
        List<String> references = entry.references().stream().filter(n -> !linked.contains(n)).toList();
        if (!references.isEmpty()) {
            out.append(", closes");
            for (String number : references) {
                out.append(' ').append(config.issueLink(number).map(link -> "[#" + number + "](" + link + ")")
                        .orElse("#" + number));
            }
        }
        return out.toString();
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
