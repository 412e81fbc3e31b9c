///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS dev.releaserules:release-bom:0.1.0-SNAPSHOT@pom
//DEPS dev.releaserules:release-core
//DEPS dev.releaserules:release-notify
//DEPS dev.releaserules:release-git
//DEPS info.picocli:picocli:4.7.7
//DEPS org.slf4j:slf4j-simple:2.0.19
//SOURCES support/ScriptCli.java

import dev.releaserules.core.changelog.ChangelogConfig;
import dev.releaserules.core.changelog.ChangelogFile;
import dev.releaserules.core.changelog.ChangelogGenerator;
import dev.releaserules.core.changelog.ChangelogRenderer;
import dev.releaserules.core.changelog.ReleaseNotesBuilder;
import dev.releaserules.core.flow.ReleaseHistory;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.ReleaseTag;
import dev.releaserules.core.version.Version;
import dev.releaserules.git.GitRepositories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;

/** Writes CHANGELOG.md from a repository's history: its release tags and, optionally, the upcoming version. */
@Command(name = "changelog", sortOptions = false, usageHelpWidth = 100,
        header = "changelog — write CHANGELOG.md from the repository's history (rule R-C1)",
        description = {
            "Every release tag vX.Y.Z gets its section: the conventional commits since the release before it by",
            "precedence, grouped by type, breaking changes first, newest release first. With --next, the commits",
            "after the newest release tag (the whole history when there is none) come first, as the section of",
            "that upcoming version. Commits that are not conventional commits are left out.",
            "Reads only the repository; writes --out (atomically) or prints.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok (for a dry run: the plan was printed, nothing changed)",
            "1:a release rule refused the step or a check failed (every failure is printed)",
            "2:bad arguments or configuration (unknown option, malformed version, routing file problems)",
            "3:repository problem (not a repository, shallow clone, dirty work tree, detached HEAD, push rejected, remote unreachable or too slow)"})
class changelog implements Callable<Integer> {
    @Option(names = "--next", paramLabel = "X.Y.Z", converter = ScriptCli.VersionConverter.class,
            description = "also write the section of this upcoming version, from the commits not released yet")
    Version next;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the date of the --next section (default: today, UTC)")
    LocalDate date;

    @Option(names = "--to", paramLabel = "REV", defaultValue = "HEAD", description = "the last commit of the --next section (default HEAD)")
    String to;

    @Option(names = "--out", paramLabel = "FILE", description = "write the changelog to this file instead of printing it")
    Path out;

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
            description = "the git repository (default: the current directory)")
    Path repo;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    public static void main(String[] args) {
        ScriptCli.main(new changelog(), args);
    }

    @Override
    public Integer call() throws IOException {
        StringBuilder markdown = new StringBuilder(ChangelogFile.DEFAULT_TITLE).append("\n\n");
        try (SourceRepository repository = GitRepositories.open(repo, GitRepositories.Options.forCommandLine())) {
            ReleaseHistory history = ReleaseHistory.builder().repository(repository).build();
            if (next != null) {
                List<ReleaseTag> releases = history.releases();
                ReleaseNotesBuilder notes = ChangelogGenerator.withDefaults().notes().version(next)
                        .date(date != null ? date : LocalDate.now(ZoneOffset.UTC));
                if (releases.isEmpty()) {
                    notes.commits(repository.log(CommitRange.upTo(to)));
                } else {
                    ReleaseTag previous = releases.get(0);
                    notes.previousVersion(previous.version()).previousTag(previous.name())
                            .commits(repository.log(CommitRange.between("refs/tags/" + previous.name(), to)));
                }
                markdown.append(ChangelogRenderer.of(ChangelogConfig.defaults()).render(notes.build())).append("\n");
            }
            history.writeAll(markdown);
        }
        if (out == null) {
            System.out.print(markdown);
            return 0;
        }
        Path absolute = out.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), ".changelog", ".tmp");
        Files.writeString(temporary, markdown);
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("Wrote " + out);
        return 0;
    }
}
