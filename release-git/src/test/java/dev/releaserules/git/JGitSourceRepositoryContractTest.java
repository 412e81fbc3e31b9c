package dev.releaserules.git;

import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.testkit.git.TempGitRepository;
import dev.releaserules.testkit.repository.SourceRepositoryContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/** The port's contract suite on the JGit adapter, over real repositories with a bare origin. */
class JGitSourceRepositoryContractTest extends SourceRepositoryContract {
    private final List<TempGitRepository> repositories = new ArrayList<>();

    @Override
    protected SourceRepository published() {
        TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build();
        repositories.add(repo);
        repo.commit("chore: start", Map.of("version.txt", "2.2.0\n")).tag("v2.2.0")
                .branch("develop").checkout("develop")
                .commit("feat(api): add the orders endpoint", Map.of("api.txt", "orders\n"))
                .push("refs/heads/main", "refs/heads/develop", "refs/tags/v2.2.0");
        return GitRepositories.open(repo.workTree());
    }

    @AfterEach
    void closeRepositories() {
        repositories.forEach(TempGitRepository::close);
    }
}
