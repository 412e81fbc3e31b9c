package dev.releaserules.core.manifest;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.PathPattern;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

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
        return PATTERNS.computeIfAbsent(pattern, PathPattern::of).matches(Checks.notNull(path, "path"));
    }

    /**
     * Parsed patterns, so that matching paths × rules compiles each glob once (a record cannot keep
     * it); bounded, since patterns come from users' files.
     */
    private static final Map<String, PathPattern> PATTERNS = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PathPattern> eldest) {
            return size() > 512;
        }
    });
}
