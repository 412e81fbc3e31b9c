package dev.releaserules.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.testkit.git.TempGitRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A push from a repository whose pack has a bitmap index and whose commit-graph is written, as any
 * {@code git gc}'d repository has, by a modular application: JGit reads the bitmap through JavaEWAH,
 * which on the module path is resolved only because {@code dev.releaserules.git} requires it. Without
 * that the push thread died with {@code NoClassDefFoundError} and the atomic push waited forever.
 *
 * <p>Surefire starts its JVM with {@code --add-modules ALL-MODULE-PATH}, which would hide the defect,
 * so the push runs in a JVM started as a user's modular application is ({@link BitmapPushMain}).
 */
class BitmapPushOnModulePathTest {

    @Test
    @DisplayName("R-T1 a modular application pushes from a bitmapped, commit-graph-written repository without flags")
    void pushes_from_a_bitmapped_repository() throws Exception {
        // given: history on origin, gc with bitmaps and a commit-graph, then a new branch to push
        try (TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build()) {
            repo.commit("chore: start", Map.of("version.txt", "2.2.0\n")).tag("v2.2.0");
            for (int i = 0; i < 20; i++) {
                repo.commit("feat(api): change " + i, Map.of("api/F" + i + ".txt", "x" + i + "\n"));
            }
            repo.push("refs/heads/main", "refs/tags/v2.2.0");
            StoredConfig config = repo.repository().getConfig();
            config.setBoolean("core", null, "commitGraph", true);
            config.setBoolean("gc", null, "writeCommitGraph", true);
            config.setBoolean("pack", null, "buildBitmaps", true);
            config.save();
            Git.wrap(repo.repository()).gc().call();
            Path objects = repo.gitDir().resolve("objects");
            assertThat(filesEndingWith(objects.resolve("pack"), ".bitmap")).as("pack bitmaps").isNotZero();
            assertThat(objects.resolve("info/commit-graph")).exists();
            repo.branch("release/v2.3.0").checkout("release/v2.3.0")
                    .commit("chore(release): 2.3.0", Map.of("version.txt", "2.3.0\n"));

            // when
            Process child = new ProcessBuilder(javaLauncher(), "--module-path", System.getProperty("jdk.module.path"),
                    "-m", "dev.releaserules.modulepath.test/" + BitmapPushMain.class.getName(),
                    repo.workTree().toString(), "refs/heads/release/v2.3.0", "30")
                    .redirectErrorStream(true).start();
            boolean exited = child.waitFor(90, TimeUnit.SECONDS);
            if (!exited) {
                child.destroyForcibly();
            }
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            // then
            assertThat(exited).as("the modular push ended (output: %s)", output).isTrue();
            assertThat(child.exitValue()).as(output).isZero();
            assertThat(output).contains("pushed refs/heads/release/v2.3.0; javaewah resolved: true");
            assertThat(repo.originRefs()).containsEntry("refs/heads/release/v2.3.0", repo.head());
        }
    }

    private static String javaLauncher() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static long filesEndingWith(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).count();
        }
    }

}
