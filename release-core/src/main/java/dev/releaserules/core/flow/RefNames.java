package dev.releaserules.core.flow;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import java.nio.charset.StandardCharsets;

/**
 * Validates branch and tag names against git's ref-name rules ({@code git check-ref-format --branch}),
 * so a name the rules build from user input can never be refused by git halfway through a release.
 * Beyond git's format rules, a name must be encodable as UTF-8 (no unpaired surrogates) and is
 * bounded: at most {@value #MAX_BYTES} bytes, each component at most {@value #MAX_COMPONENT_BYTES}
 * bytes, as refs are files.
 */
public final class RefNames {
    /** The longest name accepted, in bytes of UTF-8. */
    public static final int MAX_BYTES = 1_000;
    /** The longest component between slashes, in bytes of UTF-8: most file systems allow no longer file name. */
    public static final int MAX_COMPONENT_BYTES = 255;

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
        // Checked first, so a huge name costs no more than its length to refuse.
        if (name.length() > MAX_BYTES) {
            return "it is longer than " + MAX_BYTES + " bytes";
        }
        String unpaired = unpairedSurrogate(name);
        if (unpaired != null) {
            return unpaired;
        }
        if (name.startsWith("-")) {
            return "it starts with '-' (git would read it as an option)";
        }
        if (name.equals("HEAD")) {
            return "it is \"HEAD\"";
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
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "it is longer than " + MAX_BYTES + " bytes";
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
            if (part.getBytes(StandardCharsets.UTF_8).length > MAX_COMPONENT_BYTES) {
                return "a component is longer than " + MAX_COMPONENT_BYTES + " bytes (a ref is a file)";
            }
        }
        return null;
    }

    // A lone surrogate has no UTF-8 form: git would get a '?' in its place, a different name.
    private static String unpairedSurrogate(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("unpaired surrogate U+%04X at position %d (not encodable as UTF-8)", (int) c, i);
            }
        }
        return null;
    }
}
