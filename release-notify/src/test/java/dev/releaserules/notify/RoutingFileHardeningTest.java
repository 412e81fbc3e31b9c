package dev.releaserules.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Routing files that are hostile in shape: duplicate keys, aliases, pipes and devices, channels that fail to build. */
class RoutingFileHardeningTest {
    @TempDir
    Path dir;

    private final ManualTime time = new ManualTime();

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("notifications.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static Environment env() {
        return Environment.of(Map.of("SLACK", "https://hooks.slack.test/services/T/B/XXXXSECRETXXXX",
                "TOKEN", "123456:AAF-SECRET-TOKEN"));
    }

    private NotificationConfigException load(Path file) {
        return catchThrowableOfType(NotificationConfigException.class,
                () -> Notifications.load(file, env(), time.transport()));
    }

    @Test
    @DisplayName("R-NT a channel that fails to build (api_url not http) is one problem among all the others")
    void collects_a_channel_construction_problem_with_the_others() throws IOException {
        // given
        Path file = write("""
                channels:
                  tg:
                    type: telegram
                    token: ${env:TOKEN}
                    chat_id: '-100'
                    api_url: ftp://api.telegram.org
                notifications:
                  - event: no_such_event
                    channel: tg
                """);

        // when
        NotificationConfigException e = load(file);

        // then
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(ConfigProblem::detail)
                .anySatisfy(d -> assertThat(d).contains("ftp://api.telegram.org", "http or https"))
                .anySatisfy(d -> assertThat(d).contains("unknown event \"no_such_event\""));
        assertThat(e.getMessage()).doesNotContain("AAF-SECRET-TOKEN");
    }

    @Test
    @DisplayName("R-NT a channel name given twice is refused, not silently replaced")
    void refuses_a_duplicate_channel() throws IOException {
        // given
        Path file = write("""
                channels:
                  slack-main:
                    type: slack
                    webhook: ${env:SLACK}
                  slack-main:
                    type: console
                notifications:
                  - event: release_created
                    channel: slack-main
                """);

        // when
        NotificationConfigException e = load(file);

        // then
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(ConfigProblem::entry, ConfigProblem::detail)
                .anySatisfy(p -> assertThat(p.toList()).containsExactly("line 5",
                        "duplicate key \"channels.slack-main\"; each key may appear once (a second one would replace the first)"));
    }

    @Test
    @DisplayName("R-NT a second notifications list is refused, not silently dropping every route of the first")
    void refuses_a_duplicate_notifications_key() throws IOException {
        // given
        Path file = write("""
                channels:
                  log:
                    type: console
                notifications:
                  - event: release_created
                    channel: log
                notifications: []
                """);

        // when
        NotificationConfigException e = load(file);

        // then
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(ConfigProblem::detail)
                .anySatisfy(d -> assertThat(d).startsWith("duplicate key \"notifications\""));
    }

    @Test
    @DisplayName("R-NT anchors and aliases on scalars are refused (an alias is not read as its own name)")
    void refuses_aliases_on_scalars() throws IOException {
        // given
        Path file = write("""
                channels:
                  log:
                    type: &kind console
                  other:
                    type: *kind
                notifications:
                  - event: release_created
                    channel: log
                """);

        // when
        NotificationConfigException e = load(file);

        // then
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(ConfigProblem::detail)
                .anySatisfy(d -> assertThat(d).startsWith("\"&kind\" uses an anchor"))
                .anySatisfy(d -> assertThat(d).startsWith("\"channels.other.type\" uses an alias"))
                .noneSatisfy(d -> assertThat(d).contains("\"kind\""));
    }

    @Test
    @DisplayName("R-NT an anchored mapping reused by an alias is refused")
    void refuses_anchored_mappings() throws IOException {
        // given
        Path file = write("""
                channels:
                  log: &base
                    type: console
                  other: *base
                notifications:
                  - event: release_created
                    channel: log
                """);

        // when
        NotificationConfigException e = load(file);

        // then
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(ConfigProblem::detail)
                .anySatisfy(d -> assertThat(d).startsWith("\"&base\" uses an anchor"))
                .anySatisfy(d -> assertThat(d).startsWith("\"channels.other\" uses an alias"));
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DisplayName("R-NT a named pipe as the routing file is refused at once, not waited on")
    void refuses_a_named_pipe() throws Exception {
        // given
        Path pipe = dir.resolve("notifications.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertThat(mkfifo.waitFor(5, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();

        // when
        NotificationConfigException e = load(pipe);

        // then
        assertThat(e.problems()).extracting(ConfigProblem::detail).containsExactly("cannot read the file: not a regular file");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DisplayName("R-NT a symbolic link to /dev/zero as the routing file is refused, without reading it")
    void refuses_a_link_to_an_endless_device() throws Exception {
        // given
        Path link = Files.createSymbolicLink(dir.resolve("notifications.yaml"), Path.of("/dev/zero"));

        // when
        NotificationConfigException e = load(link);

        // then
        assertThat(e.problems()).extracting(ConfigProblem::detail).containsExactly("cannot read the file: not a regular file");
    }
}
