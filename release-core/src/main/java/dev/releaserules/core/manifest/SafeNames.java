package dev.releaserules.core.manifest;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;

/**
 * Checks for names that become file names or git branch names (component names, release ids):
 * ASCII letters, digits, {@code .}, {@code _} and {@code -}, starting with a letter or digit, no
 * {@code ..}, not ending with {@code .} or {@code .lock}, at most 64 characters. This excludes
 * {@code /}, whitespace, shell metacharacters and every character git forbids in ref names.
 */
public final class SafeNames {
    /** The longest name accepted. */
    public static final int MAX_LENGTH = 64;

    private SafeNames() {
    }

    /**
     * Whether a name is safe to use as a file or branch name component.
     *
     * @param name the name, may be null (not safe)
     * @return true when {@link #requireSafe} would accept it
     */
    public static boolean isSafe(String name) {
        return name != null && firstProblem(name) < 0;
    }

    /**
     * Returns the name when it is safe, or throws.
     *
     * @param name the name
     * @param subject what the name is, such as {@code "component name"}, for the message
     * @return the name
     * @throws InvalidInputException when the name is null or not safe, naming the first bad position
     */
    public static String requireSafe(String name, String subject) {
        Checks.notNull(name, subject);
        int problem = firstProblem(name);
        if (problem >= 0) {
            throw new InvalidInputException(subject, name, Expected.SAFE_NAME, problem);
        }
        return name;
    }

    /** The index of the first offending character, the length for a whole-name problem, or -1. */
    private static int firstProblem(String name) {
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            return Math.min(name.length(), MAX_LENGTH);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (i == 0 && !alnum) {
                return 0;
            }
            if (!alnum && c != '.' && c != '_' && c != '-') {
                return i;
            }
            if (c == '.' && i > 0 && name.charAt(i - 1) == '.') {
                return i;
            }
        }
        if (name.endsWith(".")) {
            return name.length() - 1;
        }
        if (name.endsWith(".lock")) {
            return name.length() - 5;
        }
        return -1;
    }
}
