package dev.releaserules.core.manifest;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import java.util.regex.Pattern;

/**
 * One entry of a component map (R-MF3): paths matching {@code pattern} belong to {@code component}.
 * A pattern without {@code *} or {@code ?} is a path prefix ({@code services/api/}
 * matches {@code services/api/src/Main.java}); otherwise it is a glob where {@code **} matches
 * across directories, {@code *} and {@code ?} within one.
 *
 * @param pattern a path prefix or glob, relative to the repository root, with {@code /} separators
 * @param component the component name, safe as a file or branch name
 * @param team the owning team, or empty
 * @param teamLead who signs for the component, or empty
 */
public record ComponentRule(String pattern, String component, String team, String teamLead) {

    /** Validates the parts. */
    public ComponentRule {
        Checks.notBlank(pattern, "path pattern");
        if (pattern.startsWith("/") || pattern.contains("\\")) {
            throw new InvalidInputException("path pattern", pattern, "a relative path with / separators");
        }
        SafeNames.requireSafe(component, "component name");
        Checks.notNull(team, "team");
        Checks.notNull(teamLead, "team lead");
    }

    /**
     * Whether a changed path belongs to this rule's component.
     *
     * @param path a path relative to the repository root
     * @return true when it matches
     */
    public boolean matches(String path) {
        Checks.notNull(path, "path");
        if (!isGlob()) {
            String prefix = pattern.endsWith("/") ? pattern : pattern + "/";
            return path.startsWith(prefix) || path.equals(pattern);
        }
        return globRegex().matcher(path).matches();
    }

    private boolean isGlob() {
        return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
    }

    private Pattern globRegex() {
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
