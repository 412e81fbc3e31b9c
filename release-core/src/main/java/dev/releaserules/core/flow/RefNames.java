package dev.releaserules.core.flow;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;

/**
 * Validates branch and tag names against git's ref-name rules ({@code git check-ref-format}), so a
 * name the rules build from user input can never be refused by git halfway through a release.
 */
public final class RefNames {
    private RefNames() {
    }

    /**
     * Checks a short ref name such as {@code release/v2.3.0} or {@code v2.3.0}.
     *
     * @param name the branch or tag name, without {@code refs/heads/} or {@code refs/tags/}
     * @return the name
     * @throws InvalidInputException naming the name, the position and the broken rule
     */
    public static String requireValid(String name) {
        Checks.notNull(name, "ref name");
        String problem = findProblem(name);
        if (problem != null) {
            throw new InvalidInputException("git ref name", name, FlowMessages.REF_NAME + " (" + problem + ")");
        }
        return name;
    }

    /**
     * Whether a short ref name is valid for git.
     *
     * @param name the branch or tag name
     * @return true when git accepts it
     */
    public static boolean isValid(String name) {
        return name != null && findProblem(name) == null;
    }

    private static String findProblem(String name) {
        if (name.isEmpty()) {
            return "it is empty";
        }
        if (name.equals("@")) {
            return "it is \"@\"";
        }
        if (name.startsWith("/") || name.endsWith("/")) {
            return "it starts or ends with '/'";
        }
        if (name.endsWith(".")) {
            return "it ends with '.'";
        }
        if (name.contains("..")) {
            return "it contains \"..\"";
        }
        if (name.contains("//")) {
            return "it contains \"//\"";
        }
        if (name.contains("@{")) {
            return "it contains \"@{\"";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || c == ' ' || c == '~' || c == '^' || c == ':' || c == '?' || c == '*'
                    || c == '[' || c == '\\') {
                return "character " + (c < 0x20 || c == 0x7f ? String.format("U+%04X", (int) c) : "'" + c + "'")
                        + " at position " + i;
            }
        }
        for (String part : name.split("/", -1)) {
            if (part.startsWith(".")) {
                return "a component starts with '.'";
            }
            if (part.endsWith(".lock")) {
                return "a component ends with \".lock\"";
            }
        }
        return null;
    }
}
