// Shared by the example scripts through //SOURCES support/StepOptions.java: --repo and --notifications.
//DEPS dev.releaserules:release-git

import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.git.GitRepositories;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The options of a release step that works on a repository and emits events, as a picocli mixin
 * ({@code @Mixin StepOptions step;}): {@code --repo} (the work tree) and {@code --notifications}
 * (where the events go; see {@link ScriptEvents}).
 */
public final class StepOptions {
    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "the git repository work tree (default: the current directory)")
    Path repo;

    @Option(names = "--notifications", paramLabel = "FILE",
            description = {"deliver the step's events through this routing YAML (see notify.java --help; secrets as $${env:NAME});",
                           "without it they are printed as [event] lines"})
    Path notifications;

    /**
     * Opens the repository of {@code --repo}, tuned for a process that belongs to this step alone.
     *
     * @return the repository; the caller closes it
     */
    public SourceRepository openRepository() {
        return GitRepositories.open(repo, GitRepositories.Options.forCommandLine());
    }

    /**
     * The step's events, delivered through {@code --notifications} or printed.
     *
     * @return the events; the caller closes them
     */
    public ScriptEvents events() {
        return new ScriptEvents(notifications);
    }
}
