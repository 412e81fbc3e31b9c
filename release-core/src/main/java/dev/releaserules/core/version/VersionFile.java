package dev.releaserules.core.version;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;

/**
 * The version file, the single source of truth for the version (R-V1): one line {@code X.Y.Z} at a
 * configurable path, {@code version.txt} by default.
 *
 * <p>Reading trims one trailing line break ({@code \n} or {@code \r\n}) and blanks around the
 * version; anything else — a second line, a pre-release, a {@code v} prefix, a byte-order mark —
 * is refused with a message naming the path.
 *
 * @param path the file's path from the repository root, with {@code /} separators
 */
public record VersionFile(String path) {

    /** The default path, {@code version.txt}. */
    public static final String DEFAULT_PATH = "version.txt";

    /** Validates the path. */
    public VersionFile {
        Checks.notBlank(path, "version file path");
        if (path.startsWith("/") || path.contains("\\") || ("/" + path + "/").contains("/../")) {
            throw new InvalidInputException("version file path", path, "a relative path with '/' separators and no '..'");
        }
    }

    /**
     * The version file at {@link #DEFAULT_PATH}.
     *
     * @return the default version file
     */
    public static VersionFile defaults() {
        return new VersionFile(DEFAULT_PATH);
    }

    /**
     * Reads the version from the file's content.
     *
     * @param content the file content
     * @return the version
     * @throws InvalidInputException naming the path when the content is not one line {@code X.Y.Z}
     */
    public Version parse(String content) {
        Checks.notNull(content, "version file content");
        String text = content;
        if (text.endsWith("\r\n")) {
            text = text.substring(0, text.length() - 2);
        } else if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        text = stripBlanks(text);
        if (text.isEmpty() || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.charAt(0) == '\uFEFF') {
            throw new InvalidInputException("version file " + path, content, Expected.VERSION_FILE);
        }
        Version version;
        try {
            version = Version.parse(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("version file " + path, content, Expected.VERSION_FILE + " (" + e.expected() + ")");
        }
        if (!version.isRelease()) {
            throw new InvalidInputException("version file " + path, content, Expected.VERSION_FILE
                    + " (no pre-release or build part)");
        }
        return version;
    }

    private static String stripBlanks(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * The file content for a version: the version and one line break.
     *
     * @param version a release version
     * @return such as {@code "2.2.0\n"}
     * @throws InvalidInputException when the version has a pre-release or build part
     */
    public String format(Version version) {
        Checks.notNull(version, "version");
        if (!version.isRelease()) {
            throw new InvalidInputException("version for " + path, version.toString(), Expected.RELEASE_VERSION);
        }
        return version + "\n";
    }
}
