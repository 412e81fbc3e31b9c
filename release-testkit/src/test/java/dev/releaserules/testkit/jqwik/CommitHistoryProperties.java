package dev.releaserules.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.testkit.git.TempGitRepository;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;

/** Generated histories, committed to real repositories. */
class CommitHistoryProperties {

    @Property(tries = 10)
    @Label("R-C1 a generated history commits as planned: one commit per entry, messages kept byte for byte")
    void histories_commit_as_planned(@ForAll CommitHistory history) throws Exception {
        try (TempGitRepository repo = TempGitRepository.create()) {
            List<String> ids = history.commitTo(repo);

            List<String> logged = new ArrayList<>();
            List<String> messages = new ArrayList<>();
            for (RevCommit c : Git.wrap(repo.repository()).log().call()) {
                logged.add(c.getName());
                messages.add(c.getFullMessage());
            }
            Collections.reverse(logged);
            Collections.reverse(messages);

            assertThat(ids).hasSize(history.commits().size()).doesNotHaveDuplicates();
            assertThat(logged).isEqualTo(ids);
            assertThat(messages).isEqualTo(history.messages());
        }
    }
}
