package dev.releaserules.benchmarks;

import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.git.GitRepositories;
import java.nio.file.Path;

/**
 * The floor under every run of the {@link Changelog} command, as a process of its own run by
 * {@code compare-real.sh} beside it with the same JVM options and archive: a JVM that prints one line
 * ({@code jvm}), one that also opens the repository through the public API, as the command does
 * ({@code open}), and one that also lists the tag names, the first thing any changelog needs
 * ({@code tags}). What a changelog run costs above {@code tags} is the changelog's own work.
 */
public final class StartupFloor {
    private StartupFloor() {
    }

    /**
     * Runs one stage in the current directory and prints one line.
     *
     * @param args {@code jvm}, {@code open} or {@code tags}
     */
    public static void main(String[] args) {
        String stage = args.length == 1 ? args[0] : "";
        switch (stage) {
            case "jvm" -> System.out.println("started");
            case "open", "tags" -> {
                try (SourceRepository repository = GitRepositories.open(Path.of("."),
                        GitRepositories.Options.forCommandLine())) {
                    System.out.println(stage.equals("open") ? "opened" : repository.tagNames().size() + " tags");
                }
            }
            default -> {
                System.err.println("usage: StartupFloor (jvm | open | tags)");
                System.exit(2);
            }
        }
    }
}
