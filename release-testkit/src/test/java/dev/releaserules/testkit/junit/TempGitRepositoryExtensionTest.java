package dev.releaserules.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.ReleaseException;
import dev.releaserules.testkit.git.TempGitRepository;
import dev.releaserules.testkit.git.TestIdentities;
import dev.releaserules.testkit.git.TickingClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TempGitRepositoryExtensionTest {

    /** Every repository the tests below were given; {@link #every_repository_was_deleted} checks them. */
    static final List<Path> GIVEN = new CopyOnWriteArrayList<>();

    @RegisterExtension
    final TempGitRepositoryExtension git = TempGitRepositoryExtension.create();

    @AfterAll
    static void every_repository_was_deleted() {
        // The extension's afterEach has run for every test by now.
        assertThat(GIVEN).isNotEmpty().allSatisfy(directory -> assertThat(directory).doesNotExist());
    }

    @Test
    void gives_each_test_a_fresh_repository_with_the_builder_defaults() {
        // given
        TempGitRepository repo = git.repository();
        GIVEN.add(repo.directory());

        // when
        repo.commit("feat: a", Map.of("a.txt", "a\n")).push("refs/heads/main");

        // then
        assertThat(repo.refs()).containsOnlyKeys("refs/heads/main", "refs/remotes/origin/main");
        assertThat(repo.originRefs()).containsOnlyKeys("refs/heads/main");
        assertThat(repo.author()).isEqualTo(TestIdentities.DEVELOPER);
        assertThat(repo.clock().instant()).isEqualTo(TickingClock.STANDARD_START.plus(TickingClock.STANDARD_STEP));
    }

    @Test
    void resolves_the_same_repository_as_a_parameter(TempGitRepository repo) {
        // given
        GIVEN.add(repo.directory());

        // then
        assertThat(repo).isSameAs(git.repository());
        assertThat(repo.refs()).as("fresh: no commit of another test").isEmpty();
        assertThat(repo.workTree()).isDirectory();
    }

    @Test
    void the_same_steps_in_two_tests_give_the_same_commit_id() {
        // given
        TempGitRepository repo = git.repository();
        GIVEN.add(repo.directory());

        // when
        repo.commit("feat: a", Map.of("a.txt", "a\n"));

        // then: the clock starts again for every test, so this id is fixed
        try (TempGitRepository other = TempGitRepository.create()) {
            other.commit("feat: a", Map.of("a.txt", "a\n"));
            assertThat(repo.head()).isEqualTo(other.head());
        }
    }

    @Test
    void builder_rejects_bad_settings_at_once() {
        assertThatThrownBy(() -> TempGitRepositoryExtension.builder().initialBranch(" "))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("initialBranch");
        assertThatThrownBy(() -> TempGitRepositoryExtension.builder().clockStep(Duration.ZERO))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("clock step");
        assertThatThrownBy(() -> TempGitRepositoryExtension.builder().author(null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("author");
    }

    @Test
    void repository_outside_a_test_says_when_it_works() {
        // given
        TempGitRepositoryExtension unregistered = TempGitRepositoryExtension.create();

        // then
        assertThatThrownBy(unregistered::repository).isInstanceOf(ReleaseException.class)
                .hasMessageContaining("only while a test of this extension runs");
    }

    @Nested
    class Configured {
        static final Instant START = Instant.parse("2025-03-04T08:00:00Z");

        @RegisterExtension
        final TempGitRepositoryExtension develop = TempGitRepositoryExtension.builder()
                .origin(false)
                .initialBranch("develop")
                .clockStart(START)
                .clockStep(Duration.ofSeconds(10))
                .author(TestIdentities.RELEASE_BOT)
                .build();

        String headBeforeEach = "";

        @BeforeEach
        void history(TempGitRepository repo) {
            // The repository exists before @BeforeEach methods run, and they may take it as a parameter.
            repo.commit("chore: start", Map.of("version.txt", "0.1.0\n"));
            headBeforeEach = repo.head();
        }

        @Test
        void a_parameter_gets_the_innermost_repository(TempGitRepository repo) {
            // given
            GIVEN.add(repo.directory());
            GIVEN.add(git.repository().directory());

            // then
            assertThat(repo).isSameAs(develop.repository()).isNotSameAs(git.repository());
            assertThat(git.repository().refs()).as("the outer repository is fresh too").isEmpty();
        }

        @Test
        void uses_branch_clock_author_and_no_origin() {
            // given
            TempGitRepository repo = develop.repository();
            GIVEN.add(repo.directory());

            // when
            repo.commit("feat: b", Map.of("b.txt", "b\n"));

            // then
            assertThat(repo.refs()).containsOnlyKeys("refs/heads/develop");
            assertThat(repo.clock().instant()).isEqualTo(START.plusSeconds(20));
            assertThat(repo.author()).isEqualTo(TestIdentities.RELEASE_BOT);
            assertThat(repo.commitId("HEAD~1")).isEqualTo(headBeforeEach);
            assertThatThrownBy(repo::origin).isInstanceOf(ReleaseException.class)
                    .hasMessageContaining("without an origin");
        }
    }
}
