package dev.releaserules.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.spi.CommitChange;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.testkit.git.TempGitRepository;
import dev.releaserules.testkit.jqwik.CommitHistory;
import dev.releaserules.testkit.jqwik.PlannedCommit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

/** The adapter's log and changes against histories from the testkit's {@code @ForAll CommitHistory}. */
class LogProperties {

    @Property(tries = 10)
    @Label("R-C1 the log of a linear history is what was committed, newest first, messages byte for byte")
    void log_of_a_linear_history_is_what_was_committed_newest_first(@ForAll CommitHistory history) {
        try (TempGitRepository repo = TempGitRepository.create()) {
            List<String> ids = history.commitTo(repo);
            List<String> newestFirst = new ArrayList<>(ids);
            Collections.reverse(newestFirst);
            List<String> messages = new ArrayList<>(history.messages());
            Collections.reverse(messages);

            try (SourceRepository source = GitRepositories.open(repo.workTree())) {
                List<Commit> log = source.log(CommitRange.upTo("main"));

                assertThat(log).extracting(Commit::id).containsExactlyElementsOf(newestFirst);
                assertThat(log).extracting(c -> c.message().raw()).containsExactlyElementsOf(messages);
                assertThat(source.log(CommitRange.between(ids.get(0), "main"))).extracting(Commit::id)
                        .containsExactlyElementsOf(newestFirst.subList(0, newestFirst.size() - 1));
            }
        }
    }

    @Property(tries = 10)
    @Label("R-MF3 each change lists exactly the paths its commit wrote")
    void each_change_lists_exactly_the_path_its_commit_wrote(@ForAll CommitHistory history) {
        try (TempGitRepository repo = TempGitRepository.create()) {
            history.commitTo(repo);
            List<List<String>> expected = new ArrayList<>(
                    history.commits().stream().map(c -> sorted(c)).toList());
            Collections.reverse(expected);

            try (SourceRepository source = GitRepositories.open(repo.workTree())) {
                assertThat(source.changes(CommitRange.upTo("main"))).extracting(CommitChange::paths)
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    private static List<String> sorted(PlannedCommit commit) {
        return commit.files().keySet().stream().sorted().toList();
    }
}
