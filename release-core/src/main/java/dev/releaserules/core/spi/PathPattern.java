package dev.releaserules.core.spi;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import java.util.regex.Pattern;

/**
 * A path pattern relative to the repository root, with {@code /} separators. Without {@code *} or
 * {@code ?} it is a path or directory prefix ({@code packages/vite} matches
 * {@code packages/vite/src/index.ts}, as a git pathspec does); otherwise a glob where {@code **}
 * matches across directories and {@code *} and {@code ?} within one. Immutable; compiled once.
 */
public final class PathPattern {
    private final String pattern;
    private final Pattern glob;

    private PathPattern(String pattern) {
        this.pattern = pattern;
        this.glob = isGlob(pattern) ? compile(pattern) : null;
    }

    /**
     * Reads a pattern.
     *
     * @param pattern such as {@code packages/vite/**} or {@code services/api/}
     * @return the pattern
     * @throws InvalidInputException when it is blank, absolute or uses {@code \} separators
     */
    public static PathPattern of(String pattern) {
        Checks.notBlank(pattern, "path pattern");
        if (pattern.startsWith("/") || pattern.contains("\\")) {
            throw new InvalidInputException("path pattern", pattern, "a relative path or glob with / separators");
        }
        return new PathPattern(pattern);
    }

    /**
     * Whether a path matches.
     *
     * @param path a path relative to the repository root
     * @return true when it matches
     */
    public boolean matches(String path) {
        Checks.notNull(path, "path");
        if (glob == null) {
            String prefix = pattern.endsWith("/") ? pattern : pattern + "/";
            return path.startsWith(prefix) || path.equals(pattern);
        }
        return glob.matcher(path).matches();
    }

    /**
     * The pattern as written.
     *
     * @return the pattern
     */
    public String pattern() {
        return pattern;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PathPattern p && p.pattern.equals(pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }

    private static boolean isGlob(String pattern) {
        return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
    }

    private static Pattern compile(String pattern) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            if (pattern.startsWith("**/", i)) {
                re.append("(?:.*/)?");
                i += 3;
            } else if (pattern.startsWith("**", i)) {
                re.append(".*");
                i += 2;
            } else {
                char c = pattern.charAt(i);
                re.append(c == '*' ? "[^/]*" : c == '?' ? "[^/]" : Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return Pattern.compile(re.toString());
    }
}
