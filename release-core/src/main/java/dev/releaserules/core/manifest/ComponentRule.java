package dev.releaserules.core.manifest;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /**
     * Validates the parts.
     *
     * @param pattern the prefix or glob
     * @param component the component name
     * @param team the team, or empty
     * @param teamLead the team lead, or empty
     */
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
        return GLOBS.computeIfAbsent(pattern, ComponentRule::globRegex).matcher(path).matches();
    }

    /**
     * Compiled globs by pattern, so that matching paths × rules compiles each glob once (a record
     * cannot keep it); bounded, since patterns come from users' files.
     */
    private static final Map<String, Pattern> GLOBS = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
            return size() > 512;
        }
    });

    private boolean isGlob() {
        return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
    }

    private static Pattern globRegex(String pattern) {
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
