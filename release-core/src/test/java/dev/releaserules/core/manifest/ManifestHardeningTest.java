package dev.releaserules.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** R-MF1 manifests that are hostile in shape: pipes and devices, aliases, values a YAML 1.1 reader retypes. */
class ManifestHardeningTest {
    @TempDir
    Path dir;

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DisplayName("R-MF1 a named pipe as the manifest is refused at once, not waited on")
    void refuses_a_named_pipe() throws Exception {
        // given
        Path pipe = dir.resolve("release.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertThat(mkfifo.waitFor(5, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();

        // when
        ManifestException e = catchThrowableOfType(ManifestException.class, () -> ReleaseManifest.read(pipe));

        // then
        assertThat(e.getMessage()).contains(pipe.toString(), "a regular file");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DisplayName("R-MF1 a symbolic link to /dev/zero as the manifest is refused without reading it")
    void refuses_a_link_to_an_endless_device() throws Exception {
        // given
        Path link = Files.createSymbolicLink(dir.resolve("release.yaml"), Path.of("/dev/zero"));

        // when
        ManifestException e = catchThrowableOfType(ManifestException.class, () -> ReleaseManifest.read(link));

        // then
        assertThat(e.getMessage()).contains("a regular file");
    }

    @Test
    @DisplayName("R-MF1 an alias of a scalar is refused, not read as the alias's name")
    void refuses_an_alias_of_a_scalar() {
        // given
        String yaml = Seeds.seedYaml().replaceFirst("team_lead: '@alice'", "team_lead: &alice '@alice'")
                .replaceFirst("team_lead: '@bob'", "team_lead: *alice");

        // when
        ManifestException e = catchThrowableOfType(ManifestException.class,
                () -> ReleaseManifest.parse(yaml, Seeds.SEED_NAME));

        // then
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("without anchors, aliases or explicit tags");
    }

    @Test
    @DisplayName("R-MF1 an anchor on a scalar is refused, naming its line, though nothing refers to it")
    void refuses_an_anchor_on_a_scalar() {
        // given
        String yaml = Seeds.seedYaml().replaceFirst("team_lead: '@alice'", "team_lead: &alice '@alice'");

        // when
        ManifestException e = catchThrowableOfType(ManifestException.class,
                () -> ReleaseManifest.parse(yaml, Seeds.SEED_NAME));

        // then
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("&alice", "without anchors, aliases or explicit tags");
        assertThat(e.line()).isEqualTo(Seeds.seedYaml().lines().toList().indexOf(
                Seeds.seedYaml().lines().filter(l -> l.contains("team_lead: '@alice'")).findFirst().orElseThrow()) + 1);
    }

    @Test
    @DisplayName("R-MF1 a rewritten manifest reads with the same types in a YAML 1.1 reader (timestamps stay strings)")
    void yaml_1_1_readers_see_the_same_types_after_a_rewrite() throws Exception {
        // given
        ReleaseManifest manifest = ReleaseManifest.parse(Seeds.seedYaml(), Seeds.SEED_NAME);
        Path file = dir.resolve("release.yaml");

        // when
        manifest.write(file);
        Object before = new Yaml().load(Seeds.seedYaml());
        Object after = new Yaml().load(Files.readString(file));

        // then
        assertSameTypes("", before, after);
        Map<?, ?> release = (Map<?, ?>) ((Map<?, ?>) after).get("release");
        assertThat(release.get("scheduled_at")).isEqualTo("2024-01-15T10:00:00Z");
    }

    @Test
    @DisplayName("R-MF1 strings that YAML 1.1 reads as booleans, numbers or dates are written quoted")
    void yaml_1_1_lookalikes_are_quoted() {
        for (String value : List.of("2024-01-15", "2024-01-15 10:00:00", "yes", "off", "1:20", "1_000", "0x1F", "~",
                ".inf", "<<")) {
            assertThat(new Yaml11Quoting().needToQuoteValue(value)).as(value).isTrue();
        }
        assertThat(new Yaml11Quoting().needToQuoteValue("api")).isFalse();
    }

    private static void assertSameTypes(String path, Object before, Object after) {
        if (before instanceof Map<?, ?> map) {
            assertThat(after).as(path).isInstanceOf(Map.class);
            map.forEach((key, value) -> {
                if (((Map<?, ?>) after).containsKey(key)) {
                    assertSameTypes(path + "." + key, value, ((Map<?, ?>) after).get(key));
                }
            });
        } else if (before instanceof List<?> list) {
            assertThat(after).as(path).isInstanceOf(List.class);
            for (int i = 0; i < Math.min(list.size(), ((List<?>) after).size()); i++) {
                assertSameTypes(path + "[" + i + "]", list.get(i), ((List<?>) after).get(i));
            }
        } else if (before != null && after != null) {
            assertThat(after.getClass()).as(path + " = " + after).isEqualTo(before.getClass());
        }
    }
}
