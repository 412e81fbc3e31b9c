package dev.releaserules.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.chatops.BotReply;
import dev.releaserules.core.chatops.ReleaseBot;
import dev.releaserules.core.manifest.ReleaseDesk;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.ReleaseStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestDirectoryTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("R-MF1 the current release is the file with the greatest release id; other files are ignored")
    void current_is_the_latest_id() throws Exception {
        ManifestDirectory releases = Fixtures.twoComponents(dir);
        ReleaseManifest first = releases.current().orElseThrow();
        ReleaseManifest second = ReleaseManifest.parse(
                first.toYaml().replace("rel-2024-01-15-001", "rel-2024-01-15-002"), "second release");
        second.write(releases.fileOf(second.id()));
        Files.writeString(dir.resolve("rel-notes.yaml"), "not a manifest");
        Files.writeString(dir.resolve("README.md"), "# releases");

        assertThat(releases.current().orElseThrow().id().value()).isEqualTo("rel-2024-01-15-002");
    }

    @Test
    @DisplayName("R-MF1 a change to the current release goes back to the file it was read from")
    void change_goes_back_to_its_file() throws Exception {
        ManifestDirectory releases = Fixtures.twoComponents(dir);
        Path renamed = dir.resolve("rel-2024-01-15-009.yaml");
        Files.move(releases.fileOf(Fixtures.ID), renamed);

        BotReply reply = releases.run(Fixtures.bot(), "/release signoff api", "@alice");

        assertThat(reply.isDone()).isTrue();
        assertThat(dir.resolve("rel-2024-01-15-001.yaml")).doesNotExist();
        assertThat(ReleaseManifest.read(renamed).findComponent("api").orElseThrow().signOff().by()).isEqualTo("@alice");
    }

    @Test
    @DisplayName("R-CO create on an empty directory writes the new release to <id>.yaml")
    void create_writes_a_new_file() throws Exception {
        ManifestDirectory releases = ManifestDirectory.open(dir);
        ReleaseBot bot = ReleaseBot.builder().desk(ReleaseDesk.builder().clock(Fixtures.CLOCK).build())
                .drafts((id, by) -> Fixtures.draft()).build();

        BotReply reply = releases.run(bot, "/release create", Fixtures.MANAGER);

        assertThat(reply.isDone()).isTrue();
        assertThat(dir.resolve("rel-2024-01-15-001.yaml")).exists();
        assertThat(releases.current().orElseThrow().status()).isEqualTo(ReleaseStatus.PENDING_APPROVAL);
    }

    @Test
    @DisplayName("No lost update: a command that cannot get the lock in time is refused with ManifestBusyException, nothing changes")
    void busy_lock_is_refused() throws Exception {
        ManifestDirectory empty = ManifestDirectory.open(dir);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ReleaseBot slow = ReleaseBot.builder().desk(ReleaseDesk.builder().clock(Fixtures.CLOCK).build())
                .drafts((id, by) -> {
                    holding.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Fixtures.draft();
                }).build();
        CompletableFuture<BotReply> first = CompletableFuture.supplyAsync(
                () -> empty.run(slow, "/release create", Fixtures.MANAGER));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> empty.withLockTimeout(Duration.ofMillis(100)).run(Fixtures.bot(), "/release status",
                "@alice"))
                .isInstanceOf(ManifestBusyException.class)
                .hasMessageContaining("is locked by another command; nothing was changed");
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).isDone()).isTrue();
    }

    @Test
    @DisplayName("Bad input: a directory that does not exist, a non-positive lock timeout")
    void bad_arguments() {
        assertThatThrownBy(() -> ManifestDirectory.open(dir.resolve("missing")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("expected an existing directory");
        assertThatThrownBy(() -> ManifestDirectory.open(dir).withLockTimeout(Duration.ZERO))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("a positive duration");
    }
}
