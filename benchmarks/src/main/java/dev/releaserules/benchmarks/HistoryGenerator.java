package dev.releaserules.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Plans and writes the history of a synthetic monorepo into a {@link FastImportStream}.
 *
 * <p>The history is a {@code main} line of ordinary commits and merged feature branches, with
 * release commits tagged along the way (unprefixed {@code X.Y.Z} early on, {@code vX.Y.Z} later,
 * release candidates before some releases), per-component tags ({@code api@v1.2.3}), junk tags,
 * and maintenance branches {@code release/vX.Y.0} whose patch tags are not reachable from
 * {@code main}. The number of commits and of tags are exactly the ones asked for.
 *
 * <p>Single use: one instance writes one history.
 */
final class HistoryGenerator {

    /** The components of the monorepo; each lives under {@code services/<name>/}. */
    static final List<String> COMPONENTS = List.of(
        "api", "web", "auth", "billing", "search", "notify", "gateway", "catalog", "orders",
        "payments", "inventory", "shipping", "users", "reports", "analytics", "media", "admin",
        "scheduler", "ledger", "export");

    /** Junk tags in the order they appear; {@code latest} is always put on the tip of main. */
    private static final List<String> JUNK_TAGS = List.of(
        "v.7.1.0", "temporary-tag", "v1.2", "release-candidate", "nightly-2019-03-04",
        "backup/before-rebase", "v2.0.0.final", "test", "deploy-prod", "old-master");
    private static final String LATEST = "latest";

    private static final String[] MODULES = {
        "handler", "model", "client", "config", "store", "util", "service", "routes"};

    private static final Identity[] AUTHORS = {
        new Identity("Ada Lovelace", "ada@example.com", "+0000"),
        new Identity("Grace Hopper", "grace@example.com", "-0500"),
        new Identity("Linus Pauling", "linus@example.com", "-0800"),
        new Identity("José Núñez", "jose@example.com", "+0100"),
        new Identity("Mei Lin", "mei@example.com", "+0800"),
        new Identity("Olusegun Adeyemi", "segun@example.com", "+0100"),
        new Identity("Priya Raman", "priya@example.com", "+0530"),
        new Identity("Sven Olsen", "sven@example.com", "+0200"),
        new Identity("Zoë Martin", "zoe@example.com", "+0100"),
        new Identity("Kenji Watanabe", "kenji@example.com", "+0900"),
        new Identity("Fatima Zahra", "fatima@example.com", "+0000"),
        new Identity("Tom Becker", "tom@example.com", "+0200")};
    private static final Identity RELEASE_BOT =
        new Identity("Release Bot", "release-bot@example.com", "+0000");
    private static final Identity HOSTING =
        new Identity("GitHub", "noreply@github.com", "+0000");

    /** 2015-01-01T00:00:00Z: far enough back that 100k commits an hour apart end before today. */
    private static final long START_SECONDS = 1_420_070_400L;
    private static final double RELEASED_SHARE = 0.97;
    private static final int MERGE_PERCENT = 6;

    private final int commits;
    private final TagBudget budget;
    private final Random random;
    private final CommitMessages messages = new CommitMessages(AUTHORS);
    private final FastImportStream stream;

    private final Set<String> tagNames = new HashSet<>();
    private final Map<String, Integer> tagsByKind = new LinkedHashMap<>();
    private final Semver[] componentVersions = new Semver[COMPONENTS.size()];
    private final Map<Integer, Integer> branchTips = new LinkedHashMap<>();
    private final Map<Integer, Integer> branchPatchCounts = new LinkedHashMap<>();
    private final List<Release> releases = new ArrayList<>();

    private long clock = START_SECONDS;
    private int written;
    private int reserved;
    private int merges;
    private int freeText;
    private int fileRevision;
    private int featureNumber;
    private int mainTip;
    private int mainTipComponent;
    private String latestRelease = "";

    HistoryGenerator(int commits, int tags, long seed, FastImportStream stream) {
        this(commits, tags, seed, SyntheticRepository.Shape.MAINLINE, stream);
    }

    HistoryGenerator(int commits, int tags, long seed, SyntheticRepository.Shape shape, FastImportStream stream) {
        this.commits = commits;
        this.budget = TagBudget.split(tags, shape);
        this.random = new Random(seed);
        this.stream = stream;
        for (int i = 0; i < componentVersions.length; i++) {
            componentVersions[i] = new Semver(0, 0, 0);
        }
    }

    /** Writes the whole history and returns what it holds. */
    Summary write() {
        List<Event> events = plan();
        writeInitialCommit();
        int next = 0;
        while (written + reserved < commits) {
            step(commits - reserved - written);
            while (next < events.size() && events.get(next).position() <= written) {
                fire(events.get(next++));
            }
        }
        while (next < events.size()) {
            fire(events.get(next++));
        }
        if (written != commits) {
            throw new IllegalStateException("wrote " + written + " commits, planned " + commits);
        }
        return new Summary(written, merges, freeText, tagNames.size(), new TreeMap<>(tagsByKind),
            branchTips.size(), latestRelease);
    }

    // ---------------------------------------------------------------- planning

    /** How the requested number of tags splits into kinds; the parts add up exactly. */
    record TagBudget(int finals, int prereleases, int components, int branchPatches, int junk) {

        static TagBudget split(int tags) {
            return split(tags, SyntheticRepository.Shape.MAINLINE);
        }

        static TagBudget split(int tags, SyntheticRepository.Shape shape) {
            boolean branches = shape == SyntheticRepository.Shape.BRANCHES;
            int junk = Math.max(3, (int) Math.round(tags * 0.005));
            int components = (int) Math.round(tags * (branches ? 0.05 : 0.35));
            int branchPatches = (int) Math.round(tags * (branches ? 0.70 : 0.10));
            int prereleases = (int) Math.round(tags * (branches ? 0.05 : 0.10));
            int finals = tags - junk - components - branchPatches - prereleases;
            return new TagBudget(finals, prereleases, components, branchPatches, junk);
        }
    }

    private static final class Release {
        final int index;
        final String prefix;
        final Semver version;
        final boolean branchPoint;
        int candidates;
        long position;
        int[] patchCommits = new int[0];

        Release(int index, String prefix, Semver version, boolean branchPoint) {
            this.index = index;
            this.prefix = prefix;
            this.version = version;
            this.branchPoint = branchPoint;
        }

        String tag() {
            return prefix + version;
        }
    }

    private sealed interface Event permits FinalEvent, CandidateEvent, PatchEvent, ComponentEvent,
        JunkEvent {
        long position();

        int sequence();
    }

    private record FinalEvent(long position, int sequence, Release release) implements Event {
    }

    private record CandidateEvent(long position, int sequence, Release release, int number)
        implements Event {
    }

    private record PatchEvent(long position, int sequence, Release release, int number)
        implements Event {
    }

    private record ComponentEvent(long position, int sequence) implements Event {
    }

    private record JunkEvent(long position, int sequence, String name) implements Event {
    }

    private List<Event> plan() {
        planReleases();
        long released = (long) Math.floor(commits * RELEASED_SHARE);
        int finals = releases.size();
        List<Event> events = new ArrayList<>();
        int sequence = 0;
        long previous = 1;
        for (Release release : releases) {
            release.position = Math.max(2, (release.index + 1L) * released / finals);
            long gap = release.position - previous;
            for (int n = 1; n <= release.candidates; n++) {
                long at = previous + gap * n / (release.candidates + 1);
                events.add(new CandidateEvent(at, sequence++, release, n));
            }
            events.add(new FinalEvent(release.position, sequence++, release));
            reserved += 1;
            long spread = 2 * released / finals;
            for (int n = 0; n < release.patchCommits.length; n++) {
                long at = release.position + spread * (n + 1) / (release.patchCommits.length + 1);
                events.add(new PatchEvent(at, sequence++, release, n + 1));
                reserved += release.patchCommits[n];
            }
            previous = release.position;
        }
        for (int n = 0; n < budget.components(); n++) {
            events.add(new ComponentEvent((n + 1L) * released / (budget.components() + 1),
                sequence++));
        }
        int placedJunk = budget.junk() - 1;
        for (int n = 0; n < placedJunk; n++) {
            String name = n < JUNK_TAGS.size() ? JUNK_TAGS.get(n) : "tmp-" + (n + 1);
            events.add(new JunkEvent((n + 1L) * released / (placedJunk + 1), sequence++, name));
        }
        events.add(new JunkEvent(Long.MAX_VALUE, sequence++, LATEST));
        events.sort(Comparator.comparingLong(Event::position).thenComparingInt(Event::sequence));
        return events;
    }

    private void planReleases() {
        int finals = budget.finals();
        int branches = (budget.branchPatches() + 1) / 2;
        Set<Integer> branchPoints = new HashSet<>();
        for (int n = 0; n < branches; n++) {
            branchPoints.add((int) ((long) n * finals / branches));
        }
        Semver version = new Semver(0, 0, 0);
        boolean afterBranchPoint = false;
        for (int i = 0; i < finals; i++) {
            boolean branchPoint = branchPoints.contains(i);
            int roll = random.nextInt(100);
            Semver.Level level = roll < 2 ? Semver.Level.MAJOR
                : roll < 30 || i == 0 || branchPoint || afterBranchPoint ? Semver.Level.MINOR
                : Semver.Level.PATCH;
            version = version.next(level);
            // The team adopted the "v" prefix after its first fifth of releases.
            String prefix = i < finals / 5 ? "" : "v";
            releases.add(new Release(i, prefix, version, branchPoint));
            afterBranchPoint = branchPoint;
        }
        distributeCandidates();
        distributePatches(branchPoints.stream().sorted().map(releases::get).toList());
    }

    /** Spreads release candidates evenly over the minor and major releases, then over all. */
    private void distributeCandidates() {
        List<Release> minors = releases.stream().filter(r -> r.version.patch() == 0).toList();
        int left = budget.prereleases();
        while (left > 0) {
            int count = Math.min(left, minors.size());
            for (int k = 0; k < count; k++) {
                minors.get((int) ((long) k * minors.size() / count)).candidates++;
            }
            left -= count;
        }
    }

    private void distributePatches(List<Release> branchPoints) {
        if (branchPoints.isEmpty()) {
            return;
        }
        int[] patches = new int[branchPoints.size()];
        for (int n = 0; n < budget.branchPatches(); n++) {
            patches[n % patches.length]++;
        }
        for (int b = 0; b < patches.length; b++) {
            Release release = branchPoints.get(b);
            release.patchCommits = new int[patches[b]];
            for (int p = 0; p < patches[b]; p++) {
                release.patchCommits[p] = 1 + random.nextInt(3);
            }
        }
    }

    // ---------------------------------------------------------------- writing

    private void writeInitialCommit() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("README.md", "# Synthetic monorepo\n\nGenerated for benchmarks.\n");
        files.put("package.json", "{\n  \"name\": \"synthetic-monorepo\",\n"
            + "  \"version\": \"0.0.0\",\n  \"private\": true\n}\n");
        files.put("version.txt", "0.0.0\n");
        for (String component : COMPONENTS) {
            files.put("services/" + component + "/README.md", "# " + component + "\n");
        }
        mainTip = commit("refs/heads/main", AUTHORS[0], 0, List.of(), "Initial commit\n", files);
        freeText++;
        mainTipComponent = 0;
    }

    /** One step on main: a plain commit, or a feature branch and its merge within {@code room}. */
    private void step(int room) {
        if (room >= 3 && random.nextInt(100) < MERGE_PERCENT) {
            writeFeatureBranch(room);
        } else {
            int component = pickComponent();
            String message = message(component);
            mainTip = commit("refs/heads/main", author(), mainTip, List.of(), message,
                files(message, component));
            mainTipComponent = component;
        }
    }

    private void writeFeatureBranch(int room) {
        int component = pickComponent();
        int length = 1 + random.nextInt(Math.min(4, room - 1));
        String branch = "feature/" + COMPONENTS.get(component) + "-" + (++featureNumber);
        Identity author = author();
        Map<String, String> changed = new LinkedHashMap<>();
        int tip = mainTip;
        String title = "";
        for (int n = 0; n < length; n++) {
            String message = message(component);
            if (n == 0) {
                title = message.lines().findFirst().orElse(message) + "\n";
            }
            Map<String, String> files = files(message, component);
            changed.putAll(files);
            tip = commit("refs/heads/scratch", author, tip, List.of(), message, files);
        }
        // Main often moves on while the branch is open, so the merge is a real fork and join.
        if (room - length >= 2 && random.nextBoolean()) {
            int other = pickComponent();
            String message = message(other);
            mainTip = commit("refs/heads/main", author(), mainTip, List.of(), message,
                files(message, other));
        }
        String message = messages.merge(random, branch, title);
        Identity committer = message.startsWith("Merge pull request") ? HOSTING : author;
        mainTip = commit("refs/heads/main", author, committer, mainTip, List.of(tip), message,
            changed);
        mainTipComponent = component;
        merges++;
    }

    private void fire(Event event) {
        // Java 17 has no pattern matching for switch, so the sealed events are told apart here.
        if (event instanceof FinalEvent e) {
            release(e.release());
        } else if (event instanceof CandidateEvent e) {
            tag("prerelease", e.release().tag() + "-rc." + e.number(), mainTip, RELEASE_BOT, 50);
        } else if (event instanceof PatchEvent e) {
            patch(e.release(), e.number());
        } else if (event instanceof ComponentEvent) {
            componentTag();
        } else if (event instanceof JunkEvent e) {
            tag("junk", e.name(), mainTip, author(), 30);
        }
    }

    private void release(Release release) {
        String tag = release.tag();
        mainTip = commit("refs/heads/main", RELEASE_BOT, mainTip, List.of(),
            messages.release(tag), Map.of("version.txt", release.version + "\n"));
        reserved--;
        tag(release.prefix.isEmpty() ? "release-unprefixed" : "release", tag, mainTip,
            RELEASE_BOT, 75);
        latestRelease = tag;
        if (release.branchPoint) {
            stream.reset(branchRef(release), mainTip);
            branchTips.put(release.index, mainTip);
        }
    }

    private void patch(Release release, int number) {
        int tip = branchTips.get(release.index);
        Semver version = new Semver(release.version.major(), release.version.minor(), number);
        int count = release.patchCommits[number - 1];
        for (int n = 0; n < count; n++) {
            int component = pickComponent();
            String scope = COMPONENTS.get(component);
            String message = "fix(" + scope + "): " + messages.subject(random)
                + "\n\nBackported to the " + release.version.major() + "."
                + release.version.minor() + " line.\n";
            Map<String, String> files = new LinkedHashMap<>(files(message, component));
            if (n == count - 1) {
                files.put("version.txt", version + "\n");
            }
            tip = commit(branchRef(release), author(), tip, List.of(), message, files);
            reserved--;
        }
        branchTips.put(release.index, tip);
        tag("release-branch", release.prefix + version, tip, RELEASE_BOT, 75);
    }

    private void componentTag() {
        int component = mainTipComponent;
        int roll = random.nextInt(100);
        Semver.Level level = roll < 2 ? Semver.Level.MAJOR
            : roll < 30 || componentVersions[component].equals(new Semver(0, 0, 0))
            ? Semver.Level.MINOR : Semver.Level.PATCH;
        componentVersions[component] = componentVersions[component].next(level);
        tag("component", COMPONENTS.get(component) + "@v" + componentVersions[component],
            mainTip, RELEASE_BOT, 30);
    }

    private void tag(String kind, String name, int mark, Identity tagger, int annotatedPercent) {
        if (!tagNames.add(name)) {
            throw new IllegalStateException("tag planned twice: " + name);
        }
        tagsByKind.merge(kind, 1, Integer::sum);
        if (random.nextInt(100) < annotatedPercent) {
            stream.annotatedTag(name, mark, tagger, clock, "Release " + name + "\n");
        } else {
            stream.lightweightTag(name, mark);
        }
    }

    private int commit(String ref, Identity author, int from, List<Integer> mergeMarks,
                       String message, Map<String, String> files) {
        return commit(ref, author, author, from, mergeMarks, message, files);
    }

    private int commit(String ref, Identity author, Identity committer, int from,
                       List<Integer> mergeMarks, String message, Map<String, String> files) {
        clock += 300 + random.nextInt(7200);
        written++;
        return stream.commit(new FastImportStream.CommitSpec(ref, author, committer, clock, clock,
            message, from, mergeMarks, files));
    }

    private String message(int component) {
        if (random.nextDouble() < CommitMessages.FREE_TEXT_SHARE) {
            freeText++;
            return messages.freeText(random);
        }
        return messages.conventional(random, COMPONENTS.get(component));
    }

    /** The files a commit touches, chosen from what its message says it does. */
    private Map<String, String> files(String message, int component) {
        String name = COMPONENTS.get(component);
        Map<String, String> files = new LinkedHashMap<>();
        String path;
        if (message.startsWith("docs")) {
            path = "docs/" + name + ".md";
        } else if (message.startsWith("ci")) {
            path = ".ci/pipeline.yml";
        } else if (message.startsWith("build") || message.startsWith("chore(deps)")) {
            path = "services/" + name + "/build.txt";
        } else {
            path = "services/" + name + "/src/" + MODULES[random.nextInt(MODULES.length)] + ".txt";
            // Cross-cutting changes touch a second component too, as real monorepo commits do.
            if (random.nextInt(10) == 0) {
                String other = COMPONENTS.get(random.nextInt(COMPONENTS.size()));
                String second = "services/" + other + "/src/"
                    + MODULES[random.nextInt(MODULES.length)] + ".txt";
                files.put(second, second + " revision " + (++fileRevision) + "\n");
            }
        }
        files.put(path, path + " revision " + (++fileRevision) + "\n");
        return files;
    }

    /** A skewed choice: a few components are hot, most change rarely. */
    private int pickComponent() {
        int a = random.nextInt(COMPONENTS.size());
        int b = random.nextInt(COMPONENTS.size());
        return Math.min(a, b);
    }

    private Identity author() {
        return AUTHORS[random.nextInt(AUTHORS.length)];
    }

    private static String branchRef(Release release) {
        return "refs/heads/release/" + release.prefix + release.version;
    }

    /** A plain {@code major.minor.patch} version; the benchmarks do not depend on our modules. */
    record Semver(int major, int minor, int patch) {

        enum Level { MAJOR, MINOR, PATCH }

        Semver next(Level level) {
            return switch (level) {
                case MAJOR -> new Semver(major + 1, 0, 0);
                case MINOR -> new Semver(major, minor + 1, 0);
                case PATCH -> new Semver(major, minor, patch + 1);
            };
        }

        @Override
        public String toString() {
            return major + "." + minor + "." + patch;
        }
    }

    /**
     * What a generated history holds.
     *
     * @param commits         all commits, on every branch
     * @param merges          merge commits on main
     * @param freeText        commits whose message is not a Conventional Commit (merges aside)
     * @param tags            all tags
     * @param tagsByKind      tag counts by kind (release, release-unprefixed, prerelease, ...)
     * @param releaseBranches maintenance branches {@code release/...}
     * @param latestRelease   the last release tag on main
     */
    record Summary(int commits, int merges, int freeText, int tags, Map<String, Integer> tagsByKind,
                   int releaseBranches, String latestRelease) {
    }
}
