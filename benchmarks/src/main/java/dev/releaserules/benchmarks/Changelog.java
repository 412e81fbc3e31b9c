package dev.releaserules.benchmarks;

import dev.releaserules.core.changelog.ChangelogPreset;
import dev.releaserules.core.flow.ReleaseHistory;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.TagFormat;
import dev.releaserules.git.GitRepositories;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole-process command of {@code compare.sh}: prints the changelog of a repository to stdout,
 * either every release ({@code --all}) or the latest one ({@code --latest}), through
 * {@link ReleaseHistory} with a {@link ChangelogPreset} (the public API {@code examples/changelog.java}
 * calls too).
 */
public final class Changelog {
    private static final String USAGE = """
            usage: Changelog (--all | --latest) [--repo DIR] [--tag-prefix P]... [--pre-releases] [--preset NAME]
              --all           every release, newest first
              --latest        the release with the highest version
              --repo DIR      the repository (default: the current directory)
              --tag-prefix P  a prefix of release tags; repeatable (default: v and the empty prefix)
              --pre-releases  pre-release tags are releases too
              --preset NAME   conventional (default), release-please or keep-a-changelog
            """;

    private Changelog() {
    }

    /**
     * Runs the command.
     *
     * @param args the options
     */
    public static void main(String[] args) {
        Path repo = Path.of(".");
        Boolean all = null;
        boolean preReleases = false;
        ChangelogPreset preset = ChangelogPreset.CONVENTIONAL;
        List<TagFormat> formats = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--all" -> all = true;
                case "--latest" -> all = false;
                case "--pre-releases" -> preReleases = true;
                case "--repo" -> repo = Path.of(value(args, ++i));
                case "--tag-prefix" -> formats.add(TagFormat.withPrefix(value(args, ++i)));
                case "--preset" -> preset = ChangelogPreset.parse(value(args, ++i));
                default -> fail("unknown option " + args[i]);
            }
        }
        if (all == null) {
            fail("--all or --latest is required");
        }
        if (formats.isEmpty()) {
            formats = List.of(TagFormat.defaults(), TagFormat.withPrefix(""));
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        try (SourceRepository repository = GitRepositories.open(repo, GitRepositories.Options.forCommandLine())) {
            ReleaseHistory history = ReleaseHistory.builder().repository(repository).tagFormats(formats)
                    .includePreReleases(preReleases).changelog(preset.config()).build();
            if (all) {
                history.writeAll(out);
            } else {
                history.writeLatest(out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            fail(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void fail(String message) {
        System.err.println(message);
        System.err.print(USAGE);
        System.exit(2);
    }
}
