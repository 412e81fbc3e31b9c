package dev.releaserules.core;

import dev.releaserules.core.internal.Texts;
import java.util.OptionalInt;

/**
 * Thrown when an input (a version, tag, branch name, commit message, file, command, template...)
 * is not of the expected form.
 *
 * <p>The message names the kind of input, quotes the input (shortened and with control characters
 * escaped) and says what was expected, for example
 * {@code Invalid version "v1.2": expected MAJOR.MINOR.PATCH without a prefix}.
 */
public class InvalidInputException extends ReleaseException {
    private static final long serialVersionUID = 1L;

    private final String subject;
    private final String input;
    private final String expected;
    private final int position;

    /**
     * Creates the exception.
     *
     * @param subject what kind of input it is, such as {@code "version"} or {@code "tag name"}
     * @param input the rejected input as given; quoted in the message in shortened form
     * @param expected what the input should have been
     */
    public InvalidInputException(String subject, String input, String expected) {
        this(subject, input, expected, -1);
    }

    /**
     * Creates the exception with the zero-based position of the first offending character.
     *
     * @param subject what kind of input it is, such as {@code "version"} or {@code "tag name"}
     * @param input the rejected input as given; quoted in the message in shortened form
     * @param expected what the input should have been
     * @param position zero-based index into {@code input}, or {@code -1} when not known
     */
    public InvalidInputException(String subject, String input, String expected, int position) {
        super(message(subject, input, expected, position));
        this.subject = subject;
        this.input = input;
        this.expected = expected;
        this.position = position;
    }

    private static String message(String subject, String input, String expected, int position) {
        String where = position >= 0 ? " at position " + position : "";
        return "Invalid " + subject + " " + Texts.quote(input) + where + ": expected " + expected;
    }

    /**
     * The kind of input that was rejected.
     *
     * @return for example {@code "version"}; never null
     */
    public String subject() {
        return subject;
    }

    /**
     * The rejected input, exactly as given.
     *
     * @return the input; never null (a missing input is the empty string)
     */
    public String input() {
        return input;
    }

    /**
     * What the input should have been.
     *
     * @return a short description of the expected form; never null
     */
    public String expected() {
        return expected;
    }

    /**
     * The zero-based position of the first offending character, when known.
     *
     * @return the position, or empty when the problem is not at one place
     */
    public OptionalInt position() {
        return position >= 0 ? OptionalInt.of(position) : OptionalInt.empty();
    }
}
