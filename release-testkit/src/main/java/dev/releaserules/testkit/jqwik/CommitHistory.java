package dev.releaserules.testkit.jqwik;

import dev.releaserules.testkit.git.TempGitRepository;
import dev.releaserules.testkit.internal.Args;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated sequence of commits, oldest first, ready to be committed to a
 * {@link TempGitRepository}.
 *
 * <pre>{@code
 * @Property(tries = 10)
 * void log_lists_every_commit(@ForAll CommitHistory history) {
 *     try (TempGitRepository repo = TempGitRepository.create()) {
 *         List<String> ids = history.commitTo(repo);
 *         ...
 *     }
 * }
 * }</pre>
 *
 * @param commits the commits, oldest first; not empty
 */
public record CommitHistory(List<PlannedCommit> commits) {

    /**
     * Validates and copies the commits.
     *
     * @param commits the commits, oldest first
     * @throws dev.releaserules.core.InvalidInputException when the list is null, empty or holds null
     */
    public CommitHistory {
        commits = Args.listCopy(commits, "commits");
        if (commits.isEmpty()) {
            throw new dev.releaserules.core.InvalidInputException("commits", "[]", "at least one commit");
        }
    }

    /**
     * The messages, oldest first.
     *
     * @return one message per commit
     */
    public List<String> messages() {
        return commits.stream().map(PlannedCommit::message).toList();
    }

    /**
     * Commits every planned commit to a repository, on its current branch, oldest first.
     *
     * @param repository the repository to commit to
     * @return the new commit ids, oldest first
     * @throws dev.releaserules.core.ReleaseException when git refuses a commit
     */
    public List<String> commitTo(TempGitRepository repository) {
        Args.notNull(repository, "repository");
        List<String> ids = new ArrayList<>(commits.size());
        for (PlannedCommit commit : commits) {
            ids.add(repository.commit(commit.message(), commit.files()).head());
        }
        return List.copyOf(ids);
    }
}
