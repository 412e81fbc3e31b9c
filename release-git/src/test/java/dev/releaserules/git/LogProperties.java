package dev.releaserules.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.spi.CommitChange;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.testkit.git.TempGitRepository;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LogProperties {

    record Step(String message, String path) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<String> messages = Combinators.combine(
                Arbitraries.of("feat", "fix", "docs", "chore", "refactor"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12))
                .as((type, text) -> type + ": " + text);
        Arbitrary<String> paths = Arbitraries.of("a.txt", "b.txt", "src/c.java", "docs/d.md");
        return Combinators.combine(messages, paths).as(Step::new).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 10)
    void log_of_a_linear_history_is_what_was_committed_newest_first(@ForAll("histories") List<Step> steps) {
        try (TempGitRepository repo = TempGitRepository.create()) {
            List<String> ids = new ArrayList<>();
            int n = 0;
            for (Step step : steps) {
                ids.add(repo.commit(step.message(), Map.of(step.path(), "content " + n++ + "\n")).head());
            }
            List<String> newestFirst = new ArrayList<>(ids);
            Collections.reverse(newestFirst);
            List<String> messages = new ArrayList<>(steps.stream().map(Step::message).toList());
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
    void each_change_lists_exactly_the_path_its_commit_wrote(@ForAll("histories") List<Step> steps) {
        try (TempGitRepository repo = TempGitRepository.create()) {
            int n = 0;
            for (Step step : steps) {
                repo.commit(step.message(), Map.of(step.path(), "content " + n++ + "\n"));
            }
            List<List<String>> expected = new ArrayList<>(steps.stream().map(s -> List.of(s.path())).toList());
            Collections.reverse(expected);

            try (SourceRepository source = GitRepositories.open(repo.workTree())) {
                assertThat(source.changes(CommitRange.upTo("main"))).extracting(CommitChange::paths)
                        .containsExactlyElementsOf(expected);
            }
        }
    }
}
