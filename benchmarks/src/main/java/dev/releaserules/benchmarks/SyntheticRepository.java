package dev.releaserules.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generates a deterministic synthetic git repository for benchmarks by piping a
 * {@code git fast-import} stream into a fresh repository.
 *
 * <p>The same options always give the same commit ids: identities, dates and contents come from a
 * seeded random only. Usage:
 *
 * <pre>{@code
 * java -cp benchmarks/target/classes dev.releaserules.benchmarks.SyntheticRepository \
 *     --commits 100000 --tags 2000 --seed 42 --out benchmarks/work/repo-100k
 * }</pre>
 *
 * @param commits the exact number of commits on all branches, at least 100
 * @param tags    the exact number of tags, from 10 to {@code commits / 5}
 * @param seed    the seed of every random choice
 * @param out     the directory of the new repository; absent or empty
 * @param shape   where the release tags sit: mostly on main, or mostly on maintenance branches
 */
public record SyntheticRepository(int commits, int tags, long seed, Path out, Shape shape) {

    /** Where the release tags sit. */
    public enum Shape {
        /** Most release tags on main: 10 % of the tags are patch releases on maintenance branches. */
        MAINLINE,
        /**
         * Most release tags on maintenance branches, out of main's reach (70 % of the tags; a few
         * components' tags and release candidates): the shape of a project that patches several
         * release lines, where "which tags does main contain" cannot be answered from main's tags.
         */
        BRANCHES
    }

    /** Commits when {@code --commits} is not given. */
    public static final int DEFAULT_COMMITS = 100_000;
    /** One tag per this many commits when {@code --tags} is not given: 2,000 tags for 100k. */
    public static final int COMMITS_PER_TAG = 50;
    /** Seed when {@code --seed} is not given. */
    public static final long DEFAULT_SEED = 42L;

    private static final String USAGE = """
        usage: SyntheticRepository --out DIR [--commits N] [--tags N] [--seed S]
          --out DIR     new repository directory (absent or empty)
          --commits N   exact number of commits, >= 100 (default 100000)
          --tags N      exact number of tags, 10..commits/5 (default commits/50)
          --seed S      seed of every random choice (default 42)
          --shape K     mainline (default): most release tags on main; branches: most on
                        maintenance branches that main does not contain
        """;

    /** Checks the options; a bad value is an {@link IllegalArgumentException} naming it. */
    public SyntheticRepository {
        if (commits < 100) {
            throw new IllegalArgumentException(
                "Invalid commits \"" + commits + "\": expected at least 100");
        }
        if (tags < 10 || tags > commits / 5) {
            throw new IllegalArgumentException("Invalid tags \"" + tags
                + "\": expected from 10 to commits / 5 (" + commits / 5 + ")");
        }
        if (out == null) {
            throw new IllegalArgumentException("Invalid out \"null\": expected a directory");
        }
        if (shape == null) {
            throw new IllegalArgumentException("Invalid shape \"null\": expected mainline or branches");
        }
    }

    /**
     * A repository of the default shape, most release tags on main.
     *
     * @param commits the exact number of commits on all branches, at least 100
     * @param tags    the exact number of tags, from 10 to {@code commits / 5}
     * @param seed    the seed of every random choice
     * @param out     the directory of the new repository; absent or empty
     */
    public SyntheticRepository(int commits, int tags, long seed, Path out) {
        this(commits, tags, seed, out, Shape.MAINLINE);
    }

    /**
     * Runs the generator from the command line and prints what the repository holds.
     *
     * @param args {@code --commits N --tags N --out DIR --seed S}
     */
    public static void main(String[] args) {
        SyntheticRepository repository;
        try {
            repository = fromArguments(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        HistoryGenerator.Summary summary = repository.generate();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("repository        %s%n", repository.out().toAbsolutePath());
        System.out.printf("seed              %d%n", repository.seed());
        System.out.printf("commits           %d (merges %d, free-text %d)%n",
            summary.commits(), summary.merges(), summary.freeText());
        System.out.printf("tags              %d %s%n", summary.tags(), summary.tagsByKind());
        System.out.printf("release branches  %d%n", summary.releaseBranches());
        System.out.printf("latest release    %s%n", summary.latestRelease());
        System.out.printf("generated in      %.1f s%n", millis / 1000.0);
    }

    /** Reads {@code --commits N --tags N --out DIR --seed S}; {@code --out} is required. */
    static SyntheticRepository fromArguments(String... args) {
        Integer commits = null;
        Integer tags = null;
        Long seed = null;
        Path out = null;
        Shape shape = Shape.MAINLINE;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(
                    "Invalid option \"" + option + "\": expected a value after it");
            }
            String value = args[++i];
            switch (option) {
                case "--commits" -> commits = number(option, value);
                case "--tags" -> tags = number(option, value);
                case "--seed" -> seed = (long) number(option, value);
                case "--out" -> out = Path.of(value);
                case "--shape" -> shape = shape(value);
                default -> throw new IllegalArgumentException("Invalid option \"" + option
                    + "\": expected --commits, --tags, --seed, --out or --shape");
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("Invalid out \"\": expected --out DIR");
        }
        int commitCount = commits == null ? DEFAULT_COMMITS : commits;
        return new SyntheticRepository(commitCount,
            tags == null ? Math.max(10, commitCount / COMMITS_PER_TAG) : tags,
            seed == null ? DEFAULT_SEED : seed, out, shape);
    }

    private static Shape shape(String value) {
        return switch (value) {
            case "mainline" -> Shape.MAINLINE;
            case "branches" -> Shape.BRANCHES;
            default -> throw new IllegalArgumentException(
                "Invalid --shape \"" + value + "\": expected mainline or branches");
        };
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                "Invalid " + option + " \"" + value + "\": expected a whole number", e);
        }
    }

    /**
     * Creates the repository: {@code git init}, the fast-import stream, a checkout of {@code main},
     * then {@code git pack-refs --all}, so refs are packed as in a clone.
     *
     * @return what the repository holds
     * @throws IllegalStateException if {@link #out()} is not empty or a git command fails
     * @throws UncheckedIOException  if the directory cannot be read or git cannot be started
     */
    public HistoryGenerator.Summary generate() {
        requireEmpty(out);
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + out, e);
        }
        git(out, "init", "-q", "-b", "main");
        HistoryGenerator.Summary summary = fastImport();
        // The feature branches were written to one scratch ref; only their merges matter.
        git(out, "update-ref", "-d", "refs/heads/scratch");
        git(out, "reset", "-q", "--hard", "main");
        // fast-import leaves 2,000 loose tag refs; a clone (what CI works on) has them packed.
        git(out, "pack-refs", "--all");
        return summary;
    }

    private HistoryGenerator.Summary fastImport() {
        Process process = start(out, "fast-import", "--quiet");
        HistoryGenerator.Summary summary;
        try (FastImportStream stream = new FastImportStream(
                new BufferedOutputStream(process.getOutputStream(), 1 << 20))) {
            summary = new HistoryGenerator(commits, tags, seed, shape, stream).write();
        }
        await(process, "fast-import");
        return summary;
    }

    private static void requireEmpty(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalStateException("Invalid out \"" + directory
                    + "\": expected an absent or empty directory");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private static void git(Path directory, String... arguments) {
        Process process = start(directory, arguments);
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the input of git", e);
        }
        await(process, arguments[0]);
    }

    private static Process start(Path directory, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectOutput(ProcessBuilder.Redirect.INHERIT)
            .redirectError(ProcessBuilder.Redirect.INHERIT);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
        }
    }

    private static void await(Process process, String what) {
        try {
            int status = process.waitFor();
            if (status != 0) {
                throw new IllegalStateException("git " + what + " failed with exit code " + status);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for git " + what, e);
        }
    }
}
