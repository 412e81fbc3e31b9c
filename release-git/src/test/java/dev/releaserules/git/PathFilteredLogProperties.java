package dev.releaserules.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.Identity;
import dev.releaserules.core.spi.PathFilter;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.testkit.git.TempGitRepository;
import dev.releaserules.testkit.repository.InMemorySourceRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A path-filtered log is what {@code git log A..B -- <paths>} gives, history simplification of
 * merges included: git itself is the oracle for the JGit adapter, and the in-memory repository
 * replaying the same history must keep the same commits.
 */
class PathFilteredLogProperties {
    private static final List<String> DIRS = List.of("packages/vite", "packages/create-vite", "docs");
    private static final Identity DEV = new Identity("Test Developer", "dev@example.com");

    /** One step of a two-branch history: a commit on a branch touching one directory, or a merge. */
    record Step(int branch, int dir, boolean merge) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Step> step = Arbitraries.integers().between(0, 1).flatMap(b -> Arbitraries.integers().between(0, 2)
                .flatMap(d -> Arbitraries.integers().between(0, 4).map(m -> new Step(b, d, m == 0))));
        return step.list().ofMinSize(3).ofMaxSize(14);
    }

    @Property(tries = 20)
    @Label("R-C1 a path-filtered log equals git log -- <paths>, on JGit and in memory, merges simplified as git does")
    void path_filtered_log_matches_git(@ForAll("histories") List<Step> steps) throws Exception {
        String[] branches = {"main", "side"};
        try (TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build()) {
            InMemorySourceRepository memory = InMemorySourceRepository.init("main");
            Map<String, String> first = Map.of("packages/vite/a.txt", "0\n", "packages/create-vite/a.txt", "0\n",
                    "docs/a.txt", "0\n");
            repo.commit("c0", first).branch("side");
            memory.commitOn("main", first, "c0");
            memory.createRef(dev.releaserules.core.spi.RefName.branch("side"), memory.requireCommit("main"));
            String base = repo.head();
            boolean[] news = {false, false}; // whether a branch has commits the other one lacks
            int n = 1;
            Instant time = Instant.parse("2030-01-01T00:00:00Z");
            for (Step step : steps) {
                String here = branches[step.branch()];
                String other = branches[1 - step.branch()];
                repo.checkout(here);
                memory.checkout(here);
                if (step.merge()) {
                    if (!news[1 - step.branch()]) {
                        continue;
                    }
                    repo.merge(other, "m" + n);
                    memory.merge(here, "refs/heads/" + other, "m" + n, DEV, time = time.plusSeconds(1));
                    news[1 - step.branch()] = false;
                    news[step.branch()] = true;
                } else {
                    Map<String, String> files = Map.of(DIRS.get(step.dir()) + "/f" + n + ".txt", n + "\n");
                    repo.commit("c" + n, files);
                    memory.commitOn(here, files, "c" + n);
                    news[step.branch()] = true;
                }
                n++;
            }
            try (SourceRepository jgit = GitRepositories.open(repo.workTree())) {
                for (String dir : DIRS) {
                    CommitRange range = CommitRange.between(base, "main").withPaths(PathFilter.including(dir));
                    List<String> expected = gitLog(repo, base + "..main", dir);
                    assertThat(subjects(jgit.log(range))).as("JGit, %s", dir).isEqualTo(expected);
                    CommitRange memoryRange = CommitRange.between(firstCommit(memory), "main")
                            .withPaths(PathFilter.including(dir));
                    assertThat(subjects(memory.log(memoryRange))).as("in memory, %s", dir)
                            .containsExactlyInAnyOrderElementsOf(expected);
                }
                CommitRange globbed = CommitRange.between(base, "main")
                        .withPaths(PathFilter.including("packages/**").excluding("packages/create-vite"));
                assertThat(subjects(jgit.log(globbed))).as("JGit, glob with exclude")
                        .isEqualTo(gitLog(repo, base + "..main", "packages/vite"));
            }
        }
    }

    private static String firstCommit(InMemorySourceRepository memory) {
        List<Commit> all = memory.log(CommitRange.upTo("main"));
        return all.get(all.size() - 1).id();
    }

    private static List<String> subjects(List<Commit> commits) {
        return commits.stream().map(c -> c.message().subject()).toList();
    }

    private static List<String> gitLog(TempGitRepository repo, String range, String path)
            throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "log", "--format=%s", range, "--", path)
                .directory(repo.workTree().toFile()).redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor()).as("git log: %s", out).isZero();
        List<String> lines = new ArrayList<>();
        out.lines().filter(l -> !l.isBlank()).forEach(lines::add);
        return lines;
    }
}
