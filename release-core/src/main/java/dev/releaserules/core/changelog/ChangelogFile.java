package dev.releaserules.core.changelog;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.internal.AtomicFiles;
import dev.releaserules.core.internal.BoundedFiles;
import dev.releaserules.core.internal.Utf8;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.version.Version;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import java.util.regex.Pattern;

/**
 * Adds the notes of a release to a {@code CHANGELOG.md} (R-C1): once per version, newest on top, and
 * without changing a byte of what is already there. Immutable and thread-safe.
 *
 * <p>The update is a pure function of the existing content:
 * <ul>
 *   <li>No content (an absent or empty file): the {@linkplain Builder#title title} (default
 *       {@code # Changelog}, none when empty), a blank line, then the release.</li>
 *   <li>Content with release headings (lines such as {@code ## [2.1.1](...) (2026-01-02)},
 *       {@code ## 2.1.1 (2026-01-02)}, {@code ## [2.1.1] - 2026-01-02}, {@code # [2.0.0](...)} or
 *       {@code ## v2.1.1}: one to three {@code #}, then the version, optionally in brackets or after a
 *       {@code v}): the release and a blank line are inserted where the first release heading starts,
 *       so the title and any text above the releases (such as an {@code [Unreleased]} section) stay on
 *       top. A blank line is added before the release when the text above does not end with one.</li>
 *   <li>Content without release headings: it is all preamble; the release goes after it, separated by
 *       a blank line. The title is never added to existing content.</li>
 * </ul>
 * Release headings are read as CommonMark: a heading line inside fenced code, an HTML block (such as
 * a comment) or a block quote is text, not a release. Line breaks may be LF, CRLF or CR alone.
 * Everything outside the inserted text is kept byte for byte, including line breaks and a missing
 * final line break; the inserted text uses the line break of the existing content's first line. A
 * changelog that is a symbolic link is updated where the link points; the link stays.
 *
 * <p>A version that already has a release heading is refused with a {@link RuleViolationException}
 * for {@code R-C1} naming the version, unless {@link IfPresent#REPLACE} is asked for: then the text from
 * that heading up to the next release heading (or the end) is replaced, and nothing else changes.
 *
 * <pre>{@code
 * ChangelogFile changelog = ChangelogFile.builder().renderer(ChangelogRenderer.of(config)).build();
 * changelog.update(Path.of("CHANGELOG.md"), notes);            // temp file + atomic move
 * }</pre>
 */
public final class ChangelogFile {
    /** The default title of a new changelog. */
    public static final String DEFAULT_TITLE = "# Changelog";
    /** The largest changelog file read, in bytes. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    private static final Pattern RELEASE_HEADING = Pattern.compile(
            "#{1,3}[ \\t]+\\[?v?(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?)(?=[\\]\\s(]|$)");

    /** What to do when the changelog already has a section for the version. */
    public enum IfPresent {
        /** Refuse with a {@link RuleViolationException} for {@code R-C1} (the default). */
        REFUSE,
        /** Replace that version's section, and only it. */
        REPLACE
    }

    // Blocks only: headings are all this class looks for, and inline parsing would only cost time.
    private static final Parser HEADINGS = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .inlineParserFactory(context -> (lines, node) -> { })
            .build();

    private final String title;
    private final ChangelogRenderer renderer;

    private ChangelogFile(Builder b) {
        this.title = b.title;
        this.renderer = b.renderer;
    }

    /**
     * A builder: title {@value #DEFAULT_TITLE}, renderer for the default configuration.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The title a new changelog starts with.
     *
     * @return the title line, or empty for none
     */
    public String title() {
        return title;
    }

    /**
     * Adds a release to the content of a changelog, refusing a version it already has.
     *
     * @param existing the current content; empty when the file does not exist
     * @param notes the release
     * @return the new content
     * @throws RuleViolationException for {@code R-C1} when the version already has a section
     */
    public String update(String existing, ReleaseNotes notes) {
        return update(existing, notes, IfPresent.REFUSE);
    }

    /**
     * Adds a release to the content of a changelog.
     *
     * @param existing the current content; empty when the file does not exist
     * @param notes the release
     * @param ifPresent what to do when the version already has a section
     * @return the new content
     * @throws RuleViolationException for {@code R-C1} when the version already has a section and
     *     {@code ifPresent} is {@link IfPresent#REFUSE}
     * @throws InvalidInputException when the content has no release yet and ends inside a block
     *     that never closes (such as an HTML block opened by {@code <?}), which would swallow the new
     *     release's heading
     */
    public String update(String existing, ReleaseNotes notes, IfPresent ifPresent) {
        Checks.notNull(existing, "existing changelog");
        Checks.notNull(notes, "notes");
        Checks.notNull(ifPresent, "ifPresent");
        String newline = newline(existing);
        String release = renderer.render(notes, newline);
        List<Heading> headings = headings(existing);
        Optional<Heading> present = headings.stream()
                .filter(h -> h.version().equals(notes.version().toString()))
                .findFirst();
        if (present.isPresent()) {
            Heading heading = present.get();
            if (ifPresent == IfPresent.REFUSE) {
                throw new RuleViolationException(dev.releaserules.core.Rule.R_C1, Messages.alreadyPresent(notes.version(),
                        heading.line()));
            }
            int next = headings.stream().mapToInt(Heading::offset).filter(o -> o > heading.offset()).findFirst()
                    .orElse(existing.length());
            String replacement = next < existing.length() ? release + newline : release;
            return existing.substring(0, heading.offset()) + replacement + existing.substring(next);
        }
        if (existing.isEmpty()) {
            return title.isEmpty() ? release : title + newline + newline + release;
        }
        if (headings.isEmpty()) {
            String updated = existing + separator(existing, newline) + release;
            if (!versions(updated).contains(notes.version().toString())) {
                // The content ends inside a block that never closes (an HTML block opened by "<?" or
                // "<!--", a code fence): a reader would take the new heading for part of it.
                throw new InvalidInputException("changelog content", lastLine(existing), Messages.OPEN_BLOCK_AT_END);
            }
            return updated;
        }
        int at = headings.get(0).offset();
        String before = existing.substring(0, at);
        String gap = at == 0 || endsWithBlankLine(before) ? "" : newline;
        return before + gap + release + newline + existing.substring(at);
    }

    /**
     * Adds a release to a changelog file, refusing a version it already has; see
     * {@link #update(Path, ReleaseNotes, IfPresent)}.
     *
     * @param file the changelog file; created when missing
     * @param notes the release
     * @throws RuleViolationException for {@code R-C1} when the version already has a section
     * @throws ReleaseException when the file cannot be read or written
     */
    public void update(Path file, ReleaseNotes notes) {
        update(file, notes, IfPresent.REFUSE);
    }

    /**
     * Adds a release to a changelog file: reads it (a missing file is empty), computes the new content
     * with {@link #update(String, ReleaseNotes, IfPresent)}, writes it to a temporary file in the same
     * directory and moves that over the file atomically, so readers see the old or the new content,
     * never a part. The file keeps its POSIX permissions. On failure the temporary file is removed and
     * the changelog is untouched.
     *
     * @param file the changelog file; its directory must exist
     * @param notes the release
     * @param ifPresent what to do when the version already has a section
     * @throws RuleViolationException for {@code R-C1} when the version already has a section and
     *     {@code ifPresent} is {@link IfPresent#REFUSE}
     * @throws InvalidInputException when the file is not UTF-8 text
     * @throws ReleaseException when the file cannot be read or written
     */
    public void update(Path file, ReleaseNotes notes, IfPresent ifPresent) {
        Checks.notNull(file, "changelog file");
        Path target = writeTarget(file);
        String existing = read(target);
        String updated = update(existing, notes, ifPresent);
        try {
            AtomicFiles.writeString(target, updated);
        } catch (IOException e) {
            throw new ReleaseException(Messages.writeFailed(file, e), e);
        }
    }

    // A symbolic link is updated where it points, so the link stays a link.
    private static Path writeTarget(Path file) {
        Path absolute = file.toAbsolutePath();
        if (!Files.isSymbolicLink(absolute)) {
            return absolute;
        }
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            throw new ReleaseException(Messages.readFailed(file, e), e);
        }
    }

    private static String read(Path file) {
        if (!Files.exists(file)) {
            return "";
        }
        byte[] bytes;
        try {
            bytes = BoundedFiles.read(file, MAX_BYTES);
        } catch (BoundedFiles.NotRegularFileException e) {
            throw new InvalidInputException("changelog file", file.toString(), Messages.REGULAR_FILE);
        } catch (BoundedFiles.TooLargeException e) {
            throw new InvalidInputException("changelog file", file.toString(), Messages.atMostBytes(MAX_BYTES));
        } catch (IOException e) {
            throw new ReleaseException(Messages.readFailed(file, e), e);
        }
        // Strict decoding: a lenient one would replace bad bytes and so lose them on write.
        int bad = Utf8.firstBadByte(bytes);
        if (bad >= 0) {
            throw new InvalidInputException("changelog file", file.toString(), Messages.notUtf8(bad));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Whether a changelog has a section for a version.
     *
     * @param content the changelog content
     * @param version the version
     * @return true when a release heading names the version
     */
    public static boolean hasVersion(String content, Version version) {
        Checks.notNull(content, "changelog content");
        Checks.notNull(version, "version");
        return headings(content).stream().anyMatch(h -> h.version().equals(version.toString()));
    }

    /**
     * A version's section of a changelog, its heading included, up to the next release heading: the
     * notes of a code-host release (R-GR).
     *
     * @param content the changelog content
     * @param version the version
     * @return the section without trailing blank lines, or empty when no release heading names it
     */
    public static java.util.Optional<String> findSection(String content, Version version) {
        Checks.notNull(content, "changelog content");
        Checks.notNull(version, "version");
        List<Heading> all = headings(content);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).version().equals(version.toString())) {
                int end = i + 1 < all.size() ? all.get(i + 1).offset() : content.length();
                return java.util.Optional.of(content.substring(all.get(i).offset(), end).strip());
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The versions of a changelog's release headings, top to bottom.
     *
     * @param content the changelog content
     * @return the versions as written, such as {@code 2.1.1}
     */
    public static List<String> versions(String content) {
        Checks.notNull(content, "changelog content");
        return headings(content).stream().map(Heading::version).toList();
    }

    private static String lastLine(String content) {
        String trimmed = content.stripTrailing();
        int cut = Math.max(trimmed.lastIndexOf('\n'), trimmed.lastIndexOf('\r'));
        return trimmed.substring(cut + 1);
    }

    // Release headings as a Markdown reader sees them: top-level ATX headings only, so a "## 2.3.0"
    // inside fenced code, an HTML comment or a block quote is text, not a release. Line breaks are
    // CommonMark's (LF, CRLF or CR alone).
    private static List<Heading> headings(String content) {
        List<Heading> headings = new ArrayList<>();
        Node document = HEADINGS.parse(content);
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (!(block instanceof org.commonmark.node.Heading heading) || heading.getLevel() > 3
                    || heading.getSourceSpans().isEmpty()) {
                continue;
            }
            SourceSpan span = heading.getSourceSpans().get(0);
            int start = lineStart(content, span.getInputIndex());
            String line = content.substring(start, span.getInputIndex() + span.getLength());
            Matcher m = RELEASE_HEADING.matcher(line.stripLeading());
            if (m.lookingAt()) {
                headings.add(new Heading(start, span.getLineIndex() + 1, m.group(1)));
            }
        }
        return headings;
    }

    private static int lineStart(String content, int index) {
        int at = index;
        while (at > 0 && content.charAt(at - 1) != '\n' && content.charAt(at - 1) != '\r') {
            at--;
        }
        return at;
    }

    private static String newline(String content) {
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\n') {
                return "\n";
            }
            if (c == '\r') {
                return i + 1 < content.length() && content.charAt(i + 1) == '\n' ? "\r\n" : "\r";
            }
        }
        return "\n";
    }

    private static String separator(String content, String newline) {
        if (endsWithBlankLine(content)) {
            return "";
        }
        return content.endsWith("\n") || content.endsWith("\r") ? newline : newline + newline;
    }

    private static boolean endsWithBlankLine(String text) {
        return text.endsWith("\n\n") || text.endsWith("\n\r\n") || text.endsWith("\r\r") || text.equals("\n")
                || text.equals("\r\n") || text.equals("\r");
    }

    private record Heading(int offset, int line, String version) {
    }

    /** Builds a {@link ChangelogFile}; not thread-safe. */
    public static final class Builder {
        private String title = DEFAULT_TITLE;
        private ChangelogRenderer renderer = ChangelogRenderer.of(ChangelogConfig.defaults());

        private Builder() {
        }

        /**
         * Sets the title line a new changelog starts with; empty for none.
         *
         * @param title one line, such as {@code # Changelog}
         * @return this builder
         * @throws InvalidInputException when the title holds a line break or control character
         */
        public Builder title(String title) {
            Checks.notNull(title, "title");
            for (int i = 0; i < title.length(); i++) {
                if (Character.isISOControl(title.charAt(i))) {
                    throw new InvalidInputException("changelog title", title, Messages.TITLE, i);
                }
            }
            this.title = title.strip();
            return this;
        }

        /**
         * Sets the renderer of the release sections.
         *
         * @param renderer the renderer
         * @return this builder
         */
        public Builder renderer(ChangelogRenderer renderer) {
            this.renderer = Checks.notNull(renderer, "renderer");
            return this;
        }

        /**
         * Builds the changelog file updater.
         *
         * @return the updater
         */
        public ChangelogFile build() {
            return new ChangelogFile(this);
        }
    }
}
