// Shared by the example scripts through //SOURCES support/ScriptHost.java: the --host option.
//DEPS dev.releaserules:release-github

import dev.releaserules.core.spi.Hosting;
import dev.releaserules.github.GitHubHosting;
import picocli.CommandLine.Option;

/**
 * The code host a script talks to, as a picocli mixin ({@code @Mixin ScriptHost host;}):
 * {@code --host printing} (the default: prints what it would do, so demos and CI need no network)
 * or {@code --host github} (GitHub's REST API, configured from the variables GitHub Actions sets).
 */
public final class ScriptHost {
    /** The hosts a script can talk to. */
    public enum Kind {
        /** Prints the pull requests, labels and workflow runs it would create; no network. */
        PRINTING,
        /** GitHub (or GitHub Enterprise Server) through its REST API. */
        GITHUB
    }

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "printing", description = {
            "printing (default): print the pull requests, labels and workflow",
            "  runs instead of creating them; no network",
            "github: GitHub's REST API, with GITHUB_TOKEN (or GH_TOKEN) and",
            "  GITHUB_REPOSITORY from the environment, GITHUB_API_URL for GitHub",
            "  Enterprise Server (Actions sets all but the token)"})
    Kind kind = Kind.PRINTING;

    private Hosting hosting;

    /**
     * Which host was chosen.
     *
     * @return the host's kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Whether the host is GitHub.
     *
     * @return true for --host github
     */
    public boolean isGitHub() {
        return kind == Kind.GITHUB;
    }

    /**
     * The chosen host, created on first use.
     *
     * @return the printing host, or GitHub configured from the environment
     * @throws dev.releaserules.core.InvalidInputException for --host github when a variable is missing
     *     (it names every missing variable; the scripts exit with code 2)
     */
    public Hosting hosting() {
        if (hosting == null) {
            hosting = isGitHub() ? GitHubHosting.fromEnvironment() : new PrintingHosting();
        }
        return hosting;
    }

    /**
     * GitHub, for a step only GitHub can do (such as enabling auto-merge on the host).
     *
     * @return GitHub configured from the environment
     * @throws ScriptCli.BadInput when --host is not github
     * @throws dev.releaserules.core.InvalidInputException when a variable is missing
     */
    public GitHubHosting github() {
        if (!isGitHub()) {
            throw new ScriptCli.BadInput("this needs --host github (the printing host cannot do it)");
        }
        return (GitHubHosting) hosting();
    }

    /**
     * Creates or corrects the labels the flow relies on (R-L1: release, automated, backport,
     * auto-merge, hotfix, priority:critical) on GitHub, printing what changed; the printing host
     * needs none. Needs issues: write.
     */
    public void ensureFlowLabels() {
        if (isGitHub()) {
            github().ensureFlowLabels().forEach((label, change) -> {
                if (change != dev.releaserules.github.LabelChange.UNCHANGED) {
                    System.out.println("[hosting] label " + label + ": " + change.name().toLowerCase(java.util.Locale.ROOT));
                }
            });
        }
    }
}
