package dev.releaserules.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.spi.Identity;
import dev.releaserules.core.spi.RefLease;
import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.spi.RepositoryException;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.testkit.git.TempGitRepository;
import dev.releaserules.testkit.git.TestIdentities;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PushTest {
    private static final Instant TIME = Instant.parse("2024-02-01T09:00:00Z");
    private static final RefName BRANCH = RefName.branch("release/v2.3.0");
    private static final RefName TAG = RefName.tag("v2.3.0");

    private static TempGitRepository published() {
        TempGitRepository repo = TempGitRepository.builder().initialBranch("develop").build();
        repo.commit("feat: x", Map.of("version.txt", "2.2.0\n")).push("refs/heads/develop");
        return repo;
    }

    /** Prepares release/v2.3.0 with its commit and annotated tag locally, as the prepare step does. */
    private static String prepare(SourceRepository source, Identity who) {
        source.createRef(BRANCH, source.requireCommit("develop"));
        String id = source.commit("release/v2.3.0", Map.of("version.txt", "2.3.0\n"), "chore(release): 2.3.0 by " + who.name(),
                who, TIME);
        source.createTag("v2.3.0", id, "Release 2.3.0", who, TIME);
        return id;
    }

    @Test
    @DisplayName("R-T1 pushes the release branch and its tag together; remoteRefs reports the tag peeled")
    void pushes_branch_and_tag_together() {
        // given
        try (TempGitRepository repo = published(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            String id = prepare(source, TestIdentities.RELEASE_BOT);

            // when
            source.push("origin", created(source, BRANCH, TAG));

            // then
            assertThat(repo.originRefs()).containsEntry(BRANCH.name(), id).containsEntry(TAG.name(), repo.refs().get(TAG.name()));
            assertThat(source.remoteRefs("origin")).containsEntry(BRANCH, id).containsEntry(TAG, id)
                    .containsEntry(RefName.branch("develop"), repo.commitId("develop"));
        }
    }

    @Test
    @DisplayName("R-T1 mustBeNew refuses refs the remote already has, naming them, and pushes none of the others")
    void must_be_new_refuses_existing_refs() {
        // given
        try (TempGitRepository repo = published(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            prepare(source, TestIdentities.RELEASE_BOT);
            repo.push(TAG.name());

            // when / then
            assertThatThrownBy(() -> source.push("origin", created(source, BRANCH, TAG)))
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.PUSH_REJECTED))
                    .hasMessage("Push to \"origin\" was rejected; no ref was updated: refs/tags/v2.3.0 already exists on the remote");
            assertThat(repo.originRefs()).doesNotContainKey(BRANCH.name());
        }
    }

    @Test
    @DisplayName("R-T3 a leased push moves a tag and creates a record together, and refuses both on a stale lease")
    void leased_push_moves_a_tag_atomically() {
        try (TempGitRepository repo = published(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            String tagged = prepare(source, TestIdentities.RELEASE_BOT);
            source.push("origin", created(source, BRANCH, TAG));
            String oldTagId = source.findRefId(TAG).orElseThrow();
            String fix = source.commit("release/v2.3.0", Map.of("fix.txt", "fix\n"), "fix: late", TestIdentities.RELEASE_BOT,
                    TIME);
            RefName record = RefName.of("refs/release-rules/triggered/v2.3.0");

            String newTagId = source.moveTag("v2.3.0", oldTagId, fix, "Release 2.3.0", TestIdentities.RELEASE_BOT, TIME);
            assertThatThrownBy(() -> source.push("origin", List.of(RefLease.move(TAG, newTagId, newTagId),
                    RefLease.create(record, fix))))
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.PUSH_REJECTED))
                    .hasMessageContaining(TAG.name());
            assertThat(repo.originRefs()).containsEntry(TAG.name(), oldTagId).doesNotContainKey(record.name());

            source.push("origin", List.of(RefLease.move(TAG, oldTagId, newTagId), RefLease.create(record, fix)));

            assertThat(source.remoteRefs("origin")).containsEntry(TAG, fix).containsEntry(record, fix);
            assertThat(repo.originRefs()).containsEntry(TAG.name(), newTagId);
            assertThat(source.findCommit(TAG.name())).contains(fix);
            assertThat(tagged).isNotEqualTo(fix);
        }
    }

    @Test
    @DisplayName("R-T3 a leased delete removes a remote ref only while it holds the expected id")
    void leased_delete() {
        try (TempGitRepository repo = published(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            String develop = source.requireCommit("develop");
            RefName record = RefName.of("refs/release-rules/triggered/v2.3.0");
            source.push("origin", List.of(RefLease.create(record, develop)));
            String other = source.commit("develop", Map.of("a.txt", "a\n"), "feat: a", TestIdentities.RELEASE_BOT, TIME);

            assertThatThrownBy(() -> source.push("origin", List.of(RefLease.delete(record, other))))
                    .isInstanceOf(RepositoryException.class);
            assertThat(repo.originRefs()).containsKey(record.name());

            source.push("origin", List.of(RefLease.delete(record, develop)));

            assertThat(repo.originRefs()).doesNotContainKey(record.name());
            assertThatThrownBy(() -> source.push("origin", List.of(RefLease.delete(record, develop))))
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.PUSH_REJECTED));
        }
    }

    @Test
    @DisplayName("R-T1 the push is atomic: one rejected ref (not a fast-forward) keeps the others off the remote")
    void push_is_atomic() {
        // given
        try (TempGitRepository repo = published(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            try (TempGitRepository other = repo.cloneOrigin(TestIdentities.OTHER_DEVELOPER)) {
                other.commit("feat: theirs", Map.of("t.txt", "t\n")).push("refs/heads/develop");
            }
            repo.commit("feat: ours", Map.of("o.txt", "o\n"));
            source.createTag("v2.3.0", repo.head(), "Release 2.3.0", TestIdentities.RELEASE_BOT, TIME);

            // when / then
            String stale = source.requireCommit("develop~1");
            assertThatThrownBy(() -> source.push("origin", List.of(
                    RefLease.move(RefName.branch("develop"), stale, source.requireCommit("develop")),
                    RefLease.create(TAG, source.findRefId(TAG).orElseThrow()))))
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.PUSH_REJECTED))
                    .hasMessageStartingWith("Push to \"origin\" was rejected; no ref was updated: ")
                    .hasMessageContaining("refs/heads/develop rejected");
            assertThat(repo.originRefs()).doesNotContainKey(TAG.name());
        }
    }

    @Test
    @DisplayName("R-T1 R-T3 two clones pushing the same new release branch and tag at once: exactly one wins")
    void concurrent_pushes_of_the_same_new_refs() throws Exception {
        for (int round = 0; round < 3; round++) {
            // given
            try (TempGitRepository repo = published();
                    TempGitRepository alice = repo.cloneOrigin(TestIdentities.DEVELOPER);
                    TempGitRepository bob = repo.cloneOrigin(TestIdentities.OTHER_DEVELOPER);
                    SourceRepository a = GitRepositories.open(alice.workTree());
                    SourceRepository b = GitRepositories.open(bob.workTree())) {
                Map<SourceRepository, String> prepared = Map.of(a, prepare(a, TestIdentities.DEVELOPER),
                        b, prepare(b, TestIdentities.OTHER_DEVELOPER));
                CountDownLatch start = new CountDownLatch(1);
                ExecutorService pool = Executors.newFixedThreadPool(2);
                try {
                    List<Future<SourceRepository>> results = new ArrayList<>();
                    for (SourceRepository source : List.of(a, b)) {
                        results.add(pool.submit(() -> {
                            start.await();
                            source.push("origin", created(source, BRANCH, TAG));
                            return source;
                        }));
                    }

                    // when
                    start.countDown();
                    List<SourceRepository> winners = new ArrayList<>();
                    List<RepositoryException> losers = new ArrayList<>();
                    for (Future<SourceRepository> result : results) {
                        try {
                            winners.add(result.get(30, TimeUnit.SECONDS));
                        } catch (java.util.concurrent.ExecutionException e) {
                            losers.add((RepositoryException) e.getCause());
                        }
                    }

                    // then
                    assertThat(winners).hasSize(1);
                    assertThat(losers).singleElement().satisfies(e -> {
                        assertThat(e.reason()).isEqualTo(RepositoryException.Reason.PUSH_REJECTED);
                        assertThat(e.getMessage()).startsWith("Push to \"origin\" was rejected; no ref was updated: ")
                                .contains("refs/heads/release/v2.3.0").contains("refs/tags/v2.3.0");
                    });
                    assertThat(repo.originRefs()).containsEntry(BRANCH.name(), prepared.get(winners.get(0)));
                } finally {
                    pool.shutdownNow();
                }
            }
        }
    }

    @Test
    void an_unreachable_or_unknown_remote_is_refused() throws Exception {
        // given
        try (TempGitRepository repo = published(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            StoredConfig config = repo.repository().getConfig();
            config.setString("remote", "gone", "url", repo.directory().resolve("gone.git").toString());
            config.save();

            // when / then
            assertThatThrownBy(() -> source.push("gone", created(source, RefName.branch("develop"))))
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REMOTE_UNREACHABLE))
                    .hasMessageStartingWith("Remote \"gone\" cannot be reached: ");
            assertThatThrownBy(() -> source.remoteRefs("gone"))
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REMOTE_UNREACHABLE));
            assertThatThrownBy(() -> source.remoteRefs("upstream"))
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REMOTE_UNREACHABLE))
                    .hasMessage("Remote \"upstream\" is not configured in this repository");
        }
    }

    @Test
    void credentials_in_a_remote_url_never_reach_the_message() throws Exception {
        // given
        try (TempGitRepository repo = published(); SourceRepository source = GitRepositories.open(repo.workTree())) {
            StoredConfig config = repo.repository().getConfig();
            config.setString("remote", "secret", "url", "https://bot:s3cr3t-token@127.0.0.1:1/org/repo.git");
            config.save();

            // when / then
            assertThatThrownBy(() -> source.remoteRefs("secret"))
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REMOTE_UNREACHABLE))
                    .message().doesNotContain("s3cr3t-token");
        }
    }

    @Test
    void pushing_a_ref_that_does_not_exist_locally_is_refused() {
        // given
        try (TempGitRepository repo = published(); SourceRepository source = GitRepositories.open(repo.workTree())) {

            // when / then
            String missing = "0123456789012345678901234567890123456789";
            assertThatThrownBy(() -> source.push("origin", List.of(RefLease.create(TAG, missing))))
                    .isInstanceOfSatisfying(RepositoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REF_NOT_FOUND))
                    .hasMessage("Revision \"" + missing + "\" does not exist in the repository");
        }
    }

    @Test
    @DisplayName("a remote that accepts the connection and never answers fails the push with REMOTE_UNREACHABLE at the push time limit")
    void a_hung_remote_is_a_typed_error_at_the_push_time_limit() throws Exception {
        // given: a git:// server on loopback that accepts and then stays silent
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                TempGitRepository repo = published()) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (!silent.isClosed()) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            StoredConfig config = repo.repository().getConfig();
            config.setString("remote", "hung", "url", "git://127.0.0.1:" + silent.getLocalPort() + "/repo.git");
            config.save();
            GitRepositories.Options options = GitRepositories.Options.builder().pushTimeout(Duration.ofSeconds(1)).build();

            try (SourceRepository source = GitRepositories.open(repo.workTree(), options)) {
                source.createRef(BRANCH, source.requireCommit("develop"));
                long started = System.nanoTime();

                // when / then
                assertThatThrownBy(() -> source.push("hung", created(source, BRANCH)))
                        .isInstanceOfSatisfying(RepositoryException.class,
                                e -> assertThat(e.reason()).isEqualTo(RepositoryException.Reason.REMOTE_UNREACHABLE))
                        .hasMessage("Push to \"hung\" did not finish within 1s (the push time limit); the remote may"
                                + " or may not have applied it: fetch and run the step again");
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
                assertThat(held).isNotEmpty();
            }
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void the_push_time_limit_must_be_positive() {
        // when / then
        assertThatThrownBy(() -> GitRepositories.Options.builder().pushTimeout(Duration.ZERO))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("push timeout");
        assertThatThrownBy(() -> new GitRepositories.Options(false, false, Duration.ofSeconds(-1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("PT-1S");
        assertThat(GitRepositories.Options.defaults().pushTimeout()).isEqualTo(Duration.ofMinutes(5));
    }

    /** Leases that create each ref on the remote at the id it has here. */
    private static List<RefLease> created(SourceRepository source, RefName... refs) {
        return java.util.Arrays.stream(refs).map(ref -> RefLease.create(ref, source.findRefId(ref).orElseThrow())).toList();
    }
}
