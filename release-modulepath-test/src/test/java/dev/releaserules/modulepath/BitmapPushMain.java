package dev.releaserules.modulepath;

import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.spi.RefLease;
import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.git.GitRepositories;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Run by {@link BitmapPushOnModulePathTest} in a JVM of its own, started as a modular application
 * ({@code java --module-path ... -m dev.releaserules.modulepath.test/...}): only what the modules
 * require is resolved there, unlike under surefire, which adds every module on the path.
 */
public final class BitmapPushMain {
    private BitmapPushMain() {
    }

    /**
     * Pushes one new ref to origin.
     *
     * @param args the work tree, the full ref name to push, the push time limit in seconds
     */
    public static void main(String[] args) {
        GitRepositories.Options options = GitRepositories.Options.builder()
                .pushTimeout(Duration.ofSeconds(Long.parseLong(args[2]))).build();
        try (SourceRepository source = GitRepositories.open(Path.of(args[0]), options)) {
            RefName ref = RefName.of(args[1]);
            source.push("origin", List.of(RefLease.create(ref, source.findRefId(ref).orElseThrow())));
            System.out.println("pushed " + args[1] + "; javaewah resolved: "
                    + ModuleLayer.boot().findModule("com.googlecode.javaewah").isPresent());
        } catch (ReleaseException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
            System.exit(3);
        }
    }
}
