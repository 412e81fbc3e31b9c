package dev.releaserules.benchmarks;

import dev.releaserules.core.changelog.ChangelogConfig;
import dev.releaserules.core.changelog.ChangelogPreset;
import dev.releaserules.core.changelog.ChangelogRenderer;
import dev.releaserules.core.changelog.ReleaseNotes;
import dev.releaserules.core.commit.BumpRecommendation;
import dev.releaserules.core.commit.BumpRules;
import dev.releaserules.core.commit.ReleaseAsException;
import dev.releaserules.core.flow.ReleaseHistory;
import dev.releaserules.core.spi.CommitRange;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.ReleaseTag;
import dev.releaserules.core.version.Version;
import dev.releaserules.git.GitRepositories;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the release-please preset against a repository whose CHANGELOG.md release-please writes:
 * generates the newest releases from the clone's tags with {@link ChangelogPreset#RELEASE_PLEASE} and
 * compares each with the file's section of that version, counting hash-set matches, bump matches and
 * byte-exact line matches, and printing every line that differs with its reason.
 *
 * <pre>
 * java -cp "$(cat benchmarks/target/classpath.txt):benchmarks/target/classes" \
 *     dev.releaserules.benchmarks.ReleasePleaseFidelity /path/to/clone [count] [--verbose]
 * </pre>
 *
 * The clone needs its tags ({@code vX.Y.Z}) and its CHANGELOG.md at the root; the repository URL is
 * read from the file's first compare link. Exit code 0 when it ran, 2 on bad arguments.
 */
public final class ReleasePleaseFidelity {
    private static final Pattern HEADING = Pattern.compile("^##{1,2} \\[?(\\d+\\.\\d+\\.\\d+[^\\]\\s]*)\\]?.*");
    private static final Pattern COMPARE = Pattern.compile("\\((https://(?:www\\.)?github\\.com/[^/]+/[^/]+)/compare/");
    private static final Pattern HASH = Pattern.compile("/commit/([0-9a-f]{7,40})\\)");
    private static final Pattern DATE = Pattern.compile("\\(\\d{4}-\\d{2}-\\d{2}\\)$");

    private ReleasePleaseFidelity() {
    }

    /** What the comparison found. */
    public record Result(int releases, int hashSetMatches, int bumpMatches, int lines, int exactLines,
            int sectionsCompared, int sectionsSameOrder, List<String> differences) {
    }

    /**
     * Runs the comparison.
     *
     * @param args the clone's path, then optionally the number of releases (60) and {@code --verbose}
     * @throws IOException when CHANGELOG.md cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ReleasePleaseFidelity CLONE [COUNT] [--verbose]");
            System.exit(2);
        }
        int count = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 60;
        boolean verbose = List.of(args).contains("--verbose");
        Result r = measure(Path.of(args[0]), count);
        r.differences().forEach(d -> {
            if (verbose || !d.startsWith("  ")) {
                System.out.println(d);
            }
        });
        System.out.printf("releases compared: %d%n", r.releases());
        System.out.printf("hash sets equal:   %d of %d%n", r.hashSetMatches(), r.releases());
        System.out.printf("bumps equal:       %d of %d%n", r.bumpMatches(), r.releases());
        System.out.printf("lines byte-exact:  %d of %d (headings, section titles and entries of the file)%n",
                r.exactLines(), r.lines());
        System.out.printf("sections in the same entry order: %d of %d%n", r.sectionsSameOrder(), r.sectionsCompared());
    }

    /**
     * Compares the newest {@code count} releases.
     *
     * @param clone the clone
     * @param count how many releases, newest first
     * @return the figures and the differing lines with reasons
     * @throws IOException when CHANGELOG.md cannot be read
     */
    public static Result measure(Path clone, int count) throws IOException {
        String file = Files.readString(clone.resolve("CHANGELOG.md"), StandardCharsets.UTF_8);
        Matcher url = COMPARE.matcher(file);
        if (!url.find()) {
            throw new IllegalArgumentException("no compare link in " + clone.resolve("CHANGELOG.md"));
        }
        String repositoryUrl = url.group(1).replace("://www.", "://");
        Map<Version, List<String>> published = sections(file);
        ChangelogConfig config = ChangelogPreset.RELEASE_PLEASE.config(repositoryUrl);
        ChangelogRenderer renderer = ChangelogRenderer.of(config);
        List<String> differences = new ArrayList<>();
        int releases = 0;
        int hashMatches = 0;
        int bumpMatches = 0;
        int lines = 0;
        int exact = 0;
        int sections = 0;
        int sameOrder = 0;
        try (SourceRepository repository = GitRepositories.open(clone, GitRepositories.Options.forCommandLine())) {
            ReleaseHistory history = ReleaseHistory.builder().repository(repository).changelog(config).build();
            List<ReleaseTag> tags = history.releases();
            for (int i = 0; i < Math.min(count, tags.size()); i++) {
                ReleaseTag tag = tags.get(i);
                List<String> theirs = published.get(tag.version());
                if (theirs == null) {
                    differences.add(tag.name() + ": no section in CHANGELOG.md");
                    continue;
                }
                releases++;
                ReleaseNotes notes = history.notes(tag);
                List<String> ours = trim(List.of(renderer.render(notes).split("\n", -1)));
                Set<String> theirHashes = hashes(theirs);
                Set<String> ourHashes = hashes(ours);
                boolean hashesEqual = theirHashes.equals(ourHashes);
                if (hashesEqual) {
                    hashMatches++;
                } else {
                    Set<String> missing = new TreeSet<>(theirHashes);
                    missing.removeAll(ourHashes);
                    Set<String> extra = new TreeSet<>(ourHashes);
                    extra.removeAll(theirHashes);
                    differences.add(tag.name() + ": hash sets differ; only in the file " + missing
                            + ", only generated " + extra);
                }
                if (i + 1 < tags.size()) {
                    ReleaseTag previous = tags.get(i + 1);
                    try {
                        BumpRecommendation bump = BumpRules.releasePlease().recommend(previous.version(),
                                repository.log(CommitRange.between("refs/tags/" + previous.name(),
                                        "refs/tags/" + tag.name())));
                        if (bump.nextVersion().equals(tag.version())) {
                            bumpMatches++;
                        } else {
                            differences.add(tag.name() + ": bump from " + previous.version() + " gives "
                                    + bump.nextVersion());
                        }
                    } catch (ReleaseAsException e) {
                        differences.add(tag.name() + ": bump refused: " + e.getMessage());
                    }
                } else {
                    bumpMatches++;
                }
                int[] counts = compareLines(tag.name(), theirs, ours, hashesEqual, differences);
                lines += counts[0];
                exact += counts[1];
                sections += counts[2];
                sameOrder += counts[3];
            }
        }
        return new Result(releases, hashMatches, bumpMatches, lines, exact, sections, sameOrder, differences);
    }

    /** The lines of each version's section, without the blank lines around it. */
    static Map<Version, List<String>> sections(String file) {
        Map<Version, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : file.split("\r?\n", -1)) {
            Matcher m = HEADING.matcher(line);
            if (m.matches() && Version.tryParse(m.group(1)).isPresent()) {
                current = new ArrayList<>();
                out.putIfAbsent(Version.parse(m.group(1)), current);
            }
            if (current != null) {
                current.add(line);
            }
        }
        out.replaceAll((v, l) -> trim(l));
        return out;
    }

    private static List<String> trim(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        return List.copyOf(lines.subList(0, end));
    }

    private static Set<String> hashes(List<String> lines) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : lines) {
            Matcher m = HASH.matcher(line);
            while (m.find()) {
                out.add(m.group(1).substring(0, 7));
            }
        }
        return out;
    }

    /** Counts the file's non-blank lines, those present byte for byte, and explains the rest. */
    private static int[] compareLines(String tag, List<String> theirs, List<String> ours, boolean hashesEqual,
            List<String> differences) {
        Map<String, Integer> available = new HashMap<>();
        ours.stream().filter(l -> !l.isBlank()).forEach(l -> available.merge(l, 1, Integer::sum));
        Map<String, String> ourByHash = new HashMap<>();
        for (String line : ours) {
            Matcher m = HASH.matcher(line);
            if (m.find()) {
                ourByHash.put(m.group(1).substring(0, 7), line);
            }
        }
        int total = 0;
        int exact = 0;
        for (String line : theirs) {
            if (line.isBlank()) {
                continue;
            }
            total++;
            Integer left = available.get(line);
            if (left != null && left > 0) {
                available.put(line, left - 1);
                exact++;
                continue;
            }
            differences.add(tag + ": " + reason(line, ours, ourByHash));
            differences.add("  file:      " + line);
        }
        if (!blankLayout(theirs).equals(blankLayout(ours))) {
            differences.add(tag + ": blank lines differ: file " + blankLayout(theirs) + ", generated " + blankLayout(ours));
        }
        int[] order = sectionOrder(tag, theirs, ours, differences);
        return new int[] {total, exact, order[0], order[1]};
    }

    private static String reason(String line, List<String> ours, Map<String, String> ourByHash) {
        if (line.startsWith("#")) {
            if (line.startsWith("## ") || line.startsWith("### [")) {
                String heading = ours.get(0);
                if (DATE.matcher(line).find() && DATE.matcher(heading).find()
                        && line.replaceAll("\\(\\d{4}-\\d{2}-\\d{2}\\)$", "").equals(heading.replaceAll(
                                "\\(\\d{4}-\\d{2}-\\d{2}\\)$", ""))) {
                    return "heading date differs: generated " + heading.substring(heading.lastIndexOf('('));
                }
                return "heading differs: generated " + heading;
            }
            return "section title not generated (its entries differ)";
        }
        Matcher m = HASH.matcher(line);
        if (m.find()) {
            String ourLine = ourByHash.get(m.group(1).substring(0, 7));
            if (ourLine == null) {
                return "entry of commit " + m.group(1).substring(0, 7) + " not generated";
            }
            return "entry text differs; generated: " + ourLine;
        }
        return "line not generated (a breaking-change note or text written by hand)";
    }

    private static String blankLayout(List<String> lines) {
        StringBuilder out = new StringBuilder();
        int blanks = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                blanks++;
            } else if (line.startsWith("#")) {
                out.append(blanks).append('#');
                blanks = 0;
            } else {
                blanks = 0;
            }
        }
        return out.toString();
    }

    /** Sections whose entries are the same set: in the same order or not. */
    private static int[] sectionOrder(String tag, List<String> theirs, List<String> ours, List<String> differences) {
        Map<String, List<String>> a = bySection(theirs);
        Map<String, List<String>> b = bySection(ours);
        int compared = 0;
        int same = 0;
        for (Map.Entry<String, List<String>> e : a.entrySet()) {
            List<String> other = b.get(e.getKey());
            if (other == null || !new TreeSet<>(other).equals(new TreeSet<>(e.getValue()))) {
                continue;
            }
            compared++;
            if (other.equals(e.getValue())) {
                same++;
            } else {
                differences.add(tag + ": entries of " + e.getKey() + " in another order");
            }
        }
        return new int[] {compared, same};
    }

    private static Map<String, List<String>> bySection(List<String> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines) {
            if (line.startsWith("### ") && !line.startsWith("### [")) {
                current = new ArrayList<>();
                out.put(line, current);
            } else if (current != null && line.startsWith("* ")) {
                current.add(line);
            }
        }
        return out;
    }
}
