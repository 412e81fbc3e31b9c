package dev.releaserules.core.commit;

/**
 * A parsed commit message: a conventional commit, a merge commit, a git revert, or a message that
 * follows none of these forms. A message that is not conventional is a value
 * ({@link NonConventional}), never an exception.
 *
 * <pre>{@code
 * switch (CommitMessage.parse(raw)) {
 *     case ConventionalCommit c -> ...
 *     case MergeCommit m -> ...
 *     case RevertCommit r -> ...
 *     case NonConventional n -> ...
 * }
 * }</pre>
 */
public sealed interface CommitMessage permits ConventionalCommit, MergeCommit, RevertCommit, NonConventional {

    /**
     * Parses a commit message. Never throws for any text: empty, huge or binary input gives a
     * {@link NonConventional} value. Runs in time linear in the message length.
     *
     * @param raw the full commit message as stored in git
     * @return the parsed message
     * @throws dev.releaserules.core.InvalidInputException only when {@code raw} is null
     */
    static CommitMessage parse(String raw) {
        return CommitParser.parse(raw);
    }

    /**
     * The full message as it was given.
     *
     * @return the raw message; never null
     */
    String raw();

    /**
     * The first line of the message, without its line terminator.
     *
     * @return the subject line; empty for an empty message
     */
    default String subject() {
        String raw = raw();
        int end = raw.indexOf('\n');
        String line = end < 0 ? raw : raw.substring(0, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
