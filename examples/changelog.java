///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//JAVA_OPTIONS -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
//DEPS dev.releaserules:release-bom:0.1.0-SNAPSHOT@pom
//DEPS dev.releaserules:release-core
//DEPS dev.releaserules:release-notify
//DEPS dev.releaserules:release-git
//DEPS dev.releaserules:release-github
//DEPS info.picocli:picocli:4.7.7
//DEPS org.slf4j:slf4j-simple:2.0.19
//SOURCES support/ScriptCli.java
//SOURCES support/ReleaseScope.java

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.releaserules.core.changelog.ChangelogConfig;
import dev.releaserules.core.changelog.ChangelogFile;
import dev.releaserules.core.changelog.ChangelogPreset;
import dev.releaserules.core.changelog.CommitRef;
import dev.releaserules.core.changelog.Entry;
import dev.releaserules.core.changelog.ReleaseNotes;
import dev.releaserules.core.changelog.Section;
import dev.releaserules.core.flow.Component;
import dev.releaserules.core.flow.ReleaseHistory;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.ReleaseTag;
import dev.releaserules.core.version.Version;
import dev.releaserules.git.GitRepositories;
import dev.releaserules.github.GitHubActionsOutput;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Writes CHANGELOG.md from a repository's history: its release tags and, optionally, the upcoming version. */
@Command(name = "changelog", sortOptions = false, usageHelpWidth = 100,
        header = "changelog — write CHANGELOG.md from the repository's history (rule R-C1)",
        description = {
            "Every release tag (vX.Y.Z or X.Y.Z; a component's NAME@X.Y.Z with --component) gets its section:",
            "the conventional commits since the release before it by precedence, grouped by type, breaking",
            "changes first, newest release first. With --next, the commits after the newest release tag (the",
            "whole history when there is none) come first, as the section of that upcoming version.",
            "Without --latest or --range the whole file is written, with its # Changelog title.",
            "--preset picks the layout: conventional (conventional-changelog), release-please (its CHANGELOG.md",
            "byte for byte: two blank lines before sections, issue and user links, Fixes #N footers, one entry",
            "per header) or keep-a-changelog. Links need --repository-url (inside GitHub Actions it defaults to",
            "$GITHUB_SERVER_URL/$GITHUB_REPOSITORY).",
            "Reads only the repository; writes --out (atomically) or prints. Inside GitHub Actions the step",
            "outputs are version (the newest section's), releases (how many sections) and notes (its Markdown),",
            "and the newest section is the step summary.", ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok (for a dry run: the plan was printed, nothing changed)",
            "1:a release rule refused the step or a check failed (every failure is printed)",
            "2:bad arguments or configuration (unknown option, malformed version, routing file problems)",
            "3:repository problem (not a repository, shallow clone, dirty work tree, detached HEAD, push rejected, remote unreachable or too slow)"})
class changelog implements Callable<Integer> {
    @ArgGroup(exclusive = true)
    Part part = new Part();

    static final class Part {
        @Option(names = "--latest", description = "only the newest release's section (the --next one when given)")
        boolean latest;

        @Option(names = "--range", paramLabel = "FROM..TO",
                description = "only the sections of the releases after tag FROM up to tag TO, such as v1.2.0..v1.4.0")
        String range;
    }

    @Option(names = "--next", paramLabel = "X.Y.Z", converter = ScriptCli.VersionConverter.class,
            description = "also write the section of this upcoming version, from the commits not released yet")
    Version next;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "the date of the --next section (default: today, UTC)")
    LocalDate date;

    @Option(names = "--to", paramLabel = "REV", defaultValue = "HEAD", description = "the last commit of the --next section (default HEAD)")
    String to;

    @Option(names = "--preset", paramLabel = "NAME", defaultValue = "conventional",
            description = "release-please, conventional (default) or keep-a-changelog")
    String preset;

    @Option(names = "--repository-url", paramLabel = "URL",
            description = "for commit, compare and issue links, such as https://github.com/acme/app")
    String repositoryUrl;

    @Mixin
    ReleaseScope scope;

    @Option(names = "--json", description = "print the releases as JSON (versions, dates, sections, entries, commits) instead")
    boolean json;

    @Option(names = "--out", paramLabel = "FILE", description = "write the changelog to this file instead of printing it")
    Path out;

    @Option(names = "--write", description = "write the component's own CHANGELOG.md (in its --path directory), or the "
            + "repository's, instead of printing it")
    boolean write;

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
        ChangelogPreset chosen = ChangelogPreset.parse(preset);
        String url = repositoryUrl != null ? repositoryUrl : gitHubRepositoryUrl();
        ChangelogConfig config = url == null ? chosen.config() : chosen.config(url);
        List<ReleaseNotes> sections = new ArrayList<>();
        StringBuilder markdown = new StringBuilder();
        boolean wholeFile = !part.latest && part.range == null;
        try (SourceRepository repository = GitRepositories.open(repo, GitRepositories.Options.forCommandLine())) {
            ReleaseHistory history = scope.history(repository, config);
            if (next != null) {
                sections.add(history.upcoming(next, date != null ? date : LocalDate.now(ZoneOffset.UTC), to));
            }
            if (!(part.latest && next != null)) {
                for (ReleaseTag release : releases(history)) {
                    sections.add(history.notes(release));
                    if (part.latest) {
                        break;
                    }
                }
            }
            if (wholeFile) {
                markdown.append(ChangelogFile.DEFAULT_TITLE).append("\n\n");
            }
            for (int i = 0; i < sections.size(); i++) {
                markdown.append(history.renderer().render(sections.get(i))).append(i + 1 < sections.size() ? "\n" : "");
            }
        }
        String text = json ? json(sections, markdown.toString()) : markdown.toString();
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("version", sections.isEmpty() ? "" : sections.get(0).version().toString());
        outputs.put("releases", Integer.toString(sections.size()));
        GitHubActionsOutput actions = GitHubActionsOutput.fromEnvironment();
        actions.outputs(outputs);
        if (!sections.isEmpty()) {
            String notes = firstSection(markdown.toString(), wholeFile);
            actions.output("notes", notes);
            actions.summary(notes + "\n");
        }
        if (write && out != null) {
            throw new ScriptCli.BadInput("--write and --out name two files: give one");
        }
        if (write) {
            out = repo.resolve(scope.component().map(Component::changelogPath).orElse("CHANGELOG.md"));
        }
        if (out == null) {
            System.out.print(text);
            return 0;
        }
        Path absolute = out.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), ".changelog", ".tmp");
        Files.writeString(temporary, text);
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("Wrote " + out);
        return 0;
    }

    /** The releases to write: all of them, or those of --range. */
    private List<ReleaseTag> releases(ReleaseHistory history) {
        List<ReleaseTag> all = history.releases();
        if (part.range == null) {
            return all;
        }
        String[] ends = part.range.split("\\.\\.", -1);
        if (ends.length != 2 || ends[0].isBlank() || ends[1].isBlank()) {
            throw new ScriptCli.BadInput("--range " + part.range + ": expected two release tags FROM..TO, such as v1.2.0..v1.4.0");
        }
        Version from = version(all, ends[0]);
        Version until = version(all, ends[1]);
        return all.stream().filter(t -> t.version().compareTo(from) > 0 && t.version().compareTo(until) <= 0).toList();
    }

    private static Version version(List<ReleaseTag> releases, String tag) {
        return releases.stream().filter(t -> t.name().equals(tag)).map(ReleaseTag::version).findFirst()
                .orElseThrow(() -> new ScriptCli.BadInput("--range: " + tag + " is not a release tag of this repository"
                        + (releases.isEmpty() ? "" : " (such as " + releases.get(0).name() + ")")));
    }

    private static String firstSection(String markdown, boolean wholeFile) {
        String body = wholeFile ? markdown.substring(markdown.indexOf("\n\n") + 2) : markdown;
        int nextHeading = body.indexOf("\n## ", 1);
        return (nextHeading < 0 ? body : body.substring(0, nextHeading)).strip();
    }

    /** $GITHUB_SERVER_URL/$GITHUB_REPOSITORY inside GitHub Actions, else none. */
    private static String gitHubRepositoryUrl() {
        String server = System.getenv("GITHUB_SERVER_URL");
        String repository = System.getenv("GITHUB_REPOSITORY");
        return server == null || repository == null || server.isBlank() || repository.isBlank() ? null
                : server + "/" + repository;
    }

    private static String json(List<ReleaseNotes> sections, String markdown) throws IOException {
        List<Map<String, Object>> releases = new ArrayList<>();
        for (ReleaseNotes notes : sections) {
            Map<String, Object> release = new LinkedHashMap<>();
            release.put("version", notes.version().toString());
            release.put("previous_version", notes.previousVersion().map(Version::toString).orElse(null));
            release.put("date", notes.date().toString());
            release.put("compare_link", notes.compareLink().orElse(null));
            List<Map<String, Object>> breaking = new ArrayList<>();
            notes.breakingChanges().forEach(b -> breaking.add(Map.of("scope", b.scope(), "note", b.note())));
            release.put("breaking_changes", breaking);
            List<Map<String, Object>> list = new ArrayList<>();
            for (Section section : notes.sections()) {
                List<Map<String, Object>> entries = new ArrayList<>();
                for (Entry entry : section.entries()) {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("scope", entry.scope());
                    e.put("description", entry.description());
                    e.put("commits", entry.commits().stream().map(CommitRef::id).toList());
                    e.put("breaking_notes", entry.breakingNotes());
                    e.put("references", entry.references());
                    entries.add(e);
                }
                list.add(Map.of("type", section.type(), "title", section.title(), "entries", entries));
            }
            release.put("sections", list);
            release.put("excluded_commits", notes.excluded().size());
            releases.add(release);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("releases", releases);
        root.put("markdown", markdown);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    }
}
