package dev.releaserules.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.chatops.ReleaseCommand;
import dev.releaserules.core.changelog.ChangelogFile;
import dev.releaserules.core.changelog.ChangelogGenerator;
import dev.releaserules.core.changelog.ReleaseNotes;
import dev.releaserules.core.commit.CommitMessage;
import dev.releaserules.core.flow.BranchNames;
import dev.releaserules.core.flow.RefNames;
import dev.releaserules.core.hosting.DependencyUpdate;
import dev.releaserules.core.manifest.CommentCommand;
import dev.releaserules.core.manifest.ManifestVersion;
import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.version.TagFormat;
import dev.releaserules.core.version.Version;
import dev.releaserules.core.version.VersionFile;
import dev.releaserules.testkit.jqwik.ReleaseArbitraries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.opentest4j.AssertionFailedError;

/**
 * Every public parser and loader over the testkit's hostile inputs: no input escapes the exception
 * family ({@link ReleaseException}), and each call returns within {@link #LIMIT}. An
 * {@code OutOfMemoryError} or {@code StackOverflowError} is an escape like any other.
 */
class HostileInputProperties {
    /** Far above what any of these takes on a real input; a hang or a runaway is caught by it. */
    static final Duration LIMIT = Duration.ofSeconds(10);
    private static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();
    private static final Map<String, Long> SLOWEST_MILLIS = new ConcurrentHashMap<>();

    /** The shapes a file a loader is pointed at may take. */
    enum Shape { REGULAR, NAMED_PIPE, LINK_TO_DEV_ZERO, DIRECTORY, DANGLING_LINK, MISSING }

    private static void survives(String what, Runnable call) {
        RUNS.computeIfAbsent(what, k -> new AtomicInteger()).incrementAndGet();
        long started = System.nanoTime();
        try {
            assertTimeoutPreemptively(LIMIT, call::run, () -> what + " did not return within " + LIMIT);
        } catch (ReleaseException refused) {
            // A typed refusal is the expected answer to hostile input.
        } catch (AssertionFailedError hung) {
            throw hung;
        } catch (Throwable escaped) {
            fail(what + " let " + escaped + " escape the exception family", escaped);
        } finally {
            SLOWEST_MILLIS.merge(what, (System.nanoTime() - started) / 1_000_000, Math::max);
        }
    }

    @AfterContainer
    static void report() {
        StringBuilder out = new StringBuilder("Hostile inputs run per parser and loader:");
        new TreeMap<>(RUNS).forEach((what, n) -> out.append("\n  ").append(what).append(": ").append(n)
                .append(" inputs, slowest ").append(SLOWEST_MILLIS.getOrDefault(what, 0L)).append(" ms"));
        System.out.println(out);
    }

    // ---- texts ----------------------------------------------------------------------------------

    @Property(tries = 400)
    @Label("Version.parse, tryParse and VersionFile.parse: typed refusal or a value, in bounded time")
    void versions(@ForAll("versions") String text) {
        survives("Version.parse", () -> Version.parse(text));
        survives("Version.tryParse", () -> Version.tryParse(text));
        survives("VersionFile.parse", () -> VersionFile.defaults().parse(text + "\n"));
        survives("TagFormat.findReleaseTag", () -> TagFormat.defaults().findReleaseTag("v" + text, true));
        survives("ManifestVersion.parse", () -> ManifestVersion.parse("v" + text));
    }

    @Property(tries = 400)
    @Label("Version.satisfies: typed refusal or an answer, in bounded time")
    void ranges(@ForAll("ranges") String range, @ForAll("versions") String version) {
        survives("Version.satisfies", () -> Version.parse("1.2.3").satisfies(range));
        Version.tryParse(version).ifPresent(v -> survives("Version.satisfies", () -> v.satisfies("^1.0.0")));
    }

    @Property(tries = 400)
    @Label("RefNames and BranchNames: typed refusal or an answer, in bounded time")
    void refNames(@ForAll("refNames") String name) {
        survives("RefNames.requireValid", () -> RefNames.requireValid(name));
        survives("BranchNames.findReleaseOrHotfix", () -> BranchNames.defaults().findReleaseOrHotfix(name));
        survives("BranchNames.requireReleaseOrHotfix", () -> BranchNames.defaults().requireReleaseOrHotfix(name));
    }

    @Property(tries = 400)
    @Label("Commit messages, pull-request titles, release ids, chat commands, templates: bounded and typed")
    void texts(@ForAll("texts") String text) {
        survives("CommitMessage.parse", () -> CommitMessage.parse(text));
        survives("DependencyUpdate.parseTitle", () -> DependencyUpdate.parseTitle(text));
        survives("ReleaseId.parse", () -> ReleaseId.parse(text));
        survives("ReleaseCommand.parse", () -> ReleaseCommand.parse(text));
        survives("Template.of", () -> Template.of(text));
    }

    @Property(tries = 400)
    @Label("CommentCommand.parseAll: typed refusal or commands, in bounded time")
    void comments(@ForAll("markdown") String comment) {
        survives("CommentCommand.parseAll", () -> CommentCommand.parseAll(comment));
    }

    @Property(tries = 300)
    @Label("ChangelogFile.update and versions on texts: typed refusal or a changelog, in bounded time")
    void changelogs(@ForAll("changelogs") String existing) {
        survives("ChangelogFile.update(String)", () -> ChangelogFile.builder().build().update(existing, notes()));
        survives("ChangelogFile.versions", () -> ChangelogFile.versions(existing));
    }

    @Property(tries = 300)
    @Label("ReleaseManifest.parse: typed refusal or a manifest, in bounded time")
    void manifests(@ForAll("yamls") String yaml) {
        survives("ReleaseManifest.parse", () -> ReleaseManifest.parse(yaml, "hostile.yaml"));
    }

    // ---- files ----------------------------------------------------------------------------------

    @Property(tries = 120)
    @Label("ReleaseManifest.read on hostile files: typed refusal or a manifest, in bounded time")
    void manifestFiles(@ForAll Shape shape, @ForAll("yamlFiles") byte[] content) throws Exception {
        withFile(shape, content, file -> survives("ReleaseManifest.read", () -> ReleaseManifest.read(file)));
    }

    @Property(tries = 120)
    @Label("ChangelogFile.update on hostile files: typed refusal or an update, in bounded time")
    void changelogFiles(@ForAll Shape shape, @ForAll("changelogFiles") byte[] content) throws Exception {
        withFile(shape, content, file -> survives("ChangelogFile.update(Path)",
                () -> ChangelogFile.builder().build().update(file, notes())));
    }

    @Property(tries = 120)
    @Label("Notifications.load on hostile routing files: typed refusal or routes, in bounded time")
    void routingFiles(@ForAll Shape shape, @ForAll("yamlFiles") byte[] content) throws Exception {
        HttpTransport transport = HttpTransport.defaults();
        Environment environment = Environment.of(Map.of("SLACK", "https://hooks.slack.test/services/T/B/SECRET"));
        withFile(shape, content, file -> survives("Notifications.load", () -> Notifications.load(file, environment,
                transport)));
    }

    private interface FileCheck {
        void run(Path file) throws Exception;
    }

    private static void withFile(Shape shape, byte[] content, FileCheck check) throws Exception {
        Path dir = Files.createTempDirectory("hostile");
        try {
            Path file = dir.resolve("input");
            switch (shape) {
                case REGULAR -> Files.write(file, content);
                case NAMED_PIPE -> {
                    Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).start();
                    assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
                }
                case LINK_TO_DEV_ZERO -> Files.createSymbolicLink(file, Path.of("/dev/zero"));
                case DIRECTORY -> Files.createDirectory(file);
                case DANGLING_LINK -> Files.createSymbolicLink(file, dir.resolve("nowhere"));
                case MISSING -> { }
            }
            check.run(file);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static ReleaseNotes notes() {
        return ChangelogGenerator.withDefaults().notes().version(Version.parse("2.3.0")).date(LocalDate.of(2026, 1, 18))
                .commits(List.of()).build();
    }

    // ---- inputs ---------------------------------------------------------------------------------

    @Provide
    Arbitrary<String> versions() {
        return ReleaseArbitraries.hostileVersions();
    }

    @Provide
    Arbitrary<String> ranges() {
        return ReleaseArbitraries.hostileRanges();
    }

    @Provide
    Arbitrary<String> refNames() {
        return ReleaseArbitraries.hostileRefNames();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(ReleaseArbitraries.hostileMessages(), ReleaseArbitraries.hostileVersions(),
                ReleaseArbitraries.hostileRefNames(), ReleaseArbitraries.hostileMarkdown());
    }

    @Provide
    Arbitrary<String> markdown() {
        return ReleaseArbitraries.hostileMarkdown();
    }

    @Provide
    Arbitrary<String> changelogs() {
        return ReleaseArbitraries.hostileChangelogs();
    }

    @Provide
    Arbitrary<String> yamls() {
        return ReleaseArbitraries.hostileYamls();
    }

    @Provide
    Arbitrary<byte[]> yamlFiles() {
        return ReleaseArbitraries.hostileFileContents(ReleaseArbitraries.hostileYamls());
    }

    @Provide
    Arbitrary<byte[]> changelogFiles() {
        return ReleaseArbitraries.hostileFileContents(ReleaseArbitraries.hostileChangelogs());
    }
}
