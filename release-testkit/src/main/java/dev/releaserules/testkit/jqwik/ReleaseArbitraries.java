package dev.releaserules.testkit.jqwik;

import dev.releaserules.core.commit.CommitMessage;
import dev.releaserules.core.commit.ConventionalCommit;
import dev.releaserules.core.manifest.CommentCommand;
import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.ReleaseStatus;
import dev.releaserules.core.version.Version;
import dev.releaserules.testkit.internal.Args;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for Release Rules values, for properties in user code and in this project.
 * Each method returns a new, immutable arbitrary that can be configured further with jqwik's
 * combinators ({@code filter}, {@code map}, {@code list()}, ...).
 *
 * <pre>{@code
 * @Property
 * void staging_sorts_before_its_release(@ForAll Version v) {        // through ReleaseArbitraryProvider
 *     assertThat(v.core().toStaging(Instant.EPOCH)).isLessThan(v.core());
 * }
 *
 * @Provide
 * Arbitrary<String> breaking() {
 *     return ReleaseArbitraries.breakingMessages();
 * }
 * }</pre>
 *
 * <p>What each arbitrary promises is checked by this module's own properties: generated versions
 * print and parse back, valid messages parse as {@link ConventionalCommit}, breaking ones are
 * breaking, manifests write and read back unchanged. Version numbers stay below 10,000, so
 * {@code next(...)} never overflows. Thread-safe; no state.
 */
public final class ReleaseArbitraries {
    private ReleaseArbitraries() {
    }

    // ---- versions -------------------------------------------------------------------------------

    /**
     * Any valid version: mostly releases, then pre-releases, then versions with build metadata.
     * Shrinks towards {@code 0.0.0}.
     *
     * @return versions
     */
    public static Arbitrary<Version> versions() {
        return VersionGenerators.any();
    }

    /**
     * Release versions {@code X.Y.Z}, with neither pre-release nor build metadata.
     *
     * @return release versions
     */
    public static Arbitrary<Version> releaseVersions() {
        return VersionGenerators.releases();
    }

    /**
     * Pre-release versions such as {@code 1.2.3-rc.1}, {@code 0.4.0-beta.x-7} or
     * {@code 2.0.0-alpha+exp.sha}: one to three identifiers (labels, numeric counters,
     * alphanumerics), sometimes with build metadata.
     *
     * @return versions for which {@link Version#isPreRelease()} holds
     */
    public static Arbitrary<Version> preReleaseVersions() {
        return VersionGenerators.preReleases();
    }

    /**
     * Versions with build metadata, such as {@code 1.2.3+build.5} or {@code 1.2.3-rc.1+001}.
     *
     * @return versions with at least one build identifier
     */
    public static Arbitrary<Version> versionsWithBuild() {
        return VersionGenerators.withBuild();
    }

    // ---- commit messages ------------------------------------------------------------------------

    /**
     * Valid conventional commit messages: type, optional scope, description, sometimes a body and
     * footers, sometimes {@code \r\n} line endings; about one in five is breaking.
     *
     * @return raw messages that {@link CommitMessage#parse} reads as a {@link ConventionalCommit}
     */
    public static Arbitrary<String> conventionalMessages() {
        return MessageGenerators.conventional();
    }

    /**
     * Valid conventional commit messages that are not breaking changes.
     *
     * @return raw messages whose {@link ConventionalCommit#isBreaking()} is false
     */
    public static Arbitrary<String> nonBreakingMessages() {
        return MessageGenerators.nonBreaking();
    }

    /**
     * Breaking conventional commit messages: by {@code !} in the header or by a
     * {@code BREAKING CHANGE:} / {@code BREAKING-CHANGE:} footer.
     *
     * @return raw messages whose {@link ConventionalCommit#isBreaking()} is true
     */
    public static Arbitrary<String> breakingMessages() {
        return MessageGenerators.breaking();
    }

    /**
     * Breaking conventional commit messages marked with {@code !} in the header
     * ({@code feat(api)!: drop v1}), some also with a footer.
     *
     * @return raw messages whose {@link ConventionalCommit#breakingMarker()} is true
     */
    public static Arbitrary<String> breakingByMarkerMessages() {
        return MessageGenerators.breakingByMarker();
    }

    /**
     * Breaking conventional commit messages announced only by a {@code BREAKING CHANGE:} or
     * {@code BREAKING-CHANGE:} footer.
     *
     * @return raw messages without {@code !} whose {@link ConventionalCommit#isBreaking()} is true
     */
    public static Arbitrary<String> breakingByFooterMessages() {
        return MessageGenerators.breakingByFooter();
    }

    /**
     * Messages that are not conventional, not merges and not reverts: free text, a missing space
     * after the colon, an empty or unclosed scope, an empty description, a blank first line...
     *
     * @return raw messages that {@link CommitMessage#parse} reads as a
     *     {@link dev.releaserules.core.commit.NonConventional}
     */
    public static Arbitrary<String> nonConventionalMessages() {
        return MessageGenerators.nonConventional();
    }

    /**
     * Merge messages as git and code hosts write them ({@code Merge branch 'x' into y},
     * {@code Merge pull request #12 from owner/branch}).
     *
     * @return raw messages that parse as a {@link dev.releaserules.core.commit.MergeCommit}
     */
    public static Arbitrary<String> mergeMessages() {
        return MessageGenerators.merges();
    }

    /**
     * Revert messages as {@code git revert} writes them.
     *
     * @return raw messages that parse as a {@link dev.releaserules.core.commit.RevertCommit}
     */
    public static Arbitrary<String> revertMessages() {
        return MessageGenerators.reverts();
    }

    /**
     * Hostile input for anything that reads commit messages: the empty string, blanks, control
     * characters (NUL included), messages of 10,000 to 200,000 characters, unusual Unicode (lone
     * surrogates, right-to-left override, BOM, full-width letters, line and paragraph separators)
     * and odd line endings ({@code \r} alone, {@code \r\n}, mixed). Promises nothing about how they
     * parse; a parser must simply never fail on them.
     *
     * @return raw texts; not all can be stored as a git commit message (NUL cannot)
     */
    public static Arbitrary<String> hostileMessages() {
        return MessageGenerators.hostile();
    }

    // ---- hostile input ---------------------------------------------------------------------------

    /**
     * Hostile version texts: numbers beyond {@code int} and {@code long}, leading zeros, prefixes and
     * whitespace, non-ASCII digits, empty and doubled parts, bidirectional overrides, lone surrogates,
     * NUL, and pre-release parts of up to 1,000,000 characters. Promises nothing about how they parse.
     *
     * @return raw texts for {@link Version#parse}
     */
    public static Arbitrary<String> hostileVersions() {
        return HostileGenerators.versions();
    }

    /**
     * Hostile npm-style ranges: numbers beyond {@code int}/{@code long}, hyphen and {@code ||} chains of
     * up to 45,000 characters, operator soup, control and bidirectional characters.
     *
     * @return raw texts for {@link Version#satisfies}
     */
    public static Arbitrary<String> hostileRanges() {
        return HostileGenerators.ranges();
    }

    /**
     * Hostile branch and tag names: what {@code git check-ref-format --branch} refuses ({@code -x},
     * {@code HEAD}, <code>@{</code>, {@code .lock}, control characters), lone surrogates, bidirectional
     * overrides, and names of up to 1,000,000 characters.
     *
     * @return raw names
     */
    public static Arbitrary<String> hostileRefNames() {
        return HostileGenerators.refNames();
    }

    /**
     * Hostile YAML for manifests and routing files: anchors and aliases (on scalars too, and a
     * billion-laughs expansion), duplicate keys, explicit tags, several documents, nesting up to
     * 20,000 levels, scalars over a million characters, tens of thousands of keys, unquoted
     * timestamps, and valid manifests with hostile pieces spliced in at random places.
     *
     * @return YAML texts
     */
    public static Arbitrary<String> hostileYamls() {
        return HostileGenerators.yamls();
    }

    /**
     * Hostile Markdown for sign-off comments: commands hidden in code fences of every kind, HTML
     * comments, lazy block-quote lines and behind Unicode line separators; pathological nesting
     * (tens of thousands of {@code >}, {@code [}, {@code *}); {@code /reject} reasons of up to
     * 1,000,000 characters.
     *
     * @return comment texts
     */
    public static Arbitrary<String> hostileMarkdown() {
        return HostileGenerators.markdown();
    }

    /**
     * Hostile {@code CHANGELOG.md} texts: release headings inside code, comments and quotes, CR-only
     * line breaks, BOM, version numbers beyond {@code long}, tens of thousands of headings.
     *
     * @return changelog texts
     */
    public static Arbitrary<String> hostileChangelogs() {
        return HostileGenerators.changelogs();
    }

    /**
     * Hostile file contents built from texts: UTF-8, Latin-1, UTF-16 with BOM, truncated UTF-8,
     * random bytes, and 1 to 5 MB files.
     *
     * @param texts the texts to encode
     * @return file contents
     */
    public static Arbitrary<byte[]> hostileFileContents(Arbitrary<String> texts) {
        Args.notNull(texts, "texts");
        return HostileGenerators.fileContents(texts);
    }

    /**
     * Parsed commit messages of every kind: conventional (breaking or not), non-conventional,
     * merges and reverts.
     *
     * @return parsed messages
     */
    public static Arbitrary<CommitMessage> commitMessages() {
        return Arbitraries.frequencyOf(Tuple.of(5, conventionalMessages()), Tuple.of(2, nonConventionalMessages()),
                Tuple.of(1, mergeMessages()), Tuple.of(1, revertMessages())).map(CommitMessage::parse);
    }

    /**
     * Parsed conventional commits, breaking or not.
     *
     * @return conventional commits
     */
    public static Arbitrary<ConventionalCommit> conventionalCommits() {
        return conventionalMessages().map(raw -> (ConventionalCommit) CommitMessage.parse(raw));
    }

    // ---- histories ------------------------------------------------------------------------------

    /**
     * Commit histories of one to eight commits, mostly conventional, sometimes breaking or not
     * conventional; every commit writes one file with new content, so none is empty.
     *
     * @return histories ready for {@link CommitHistory#commitTo}
     */
    public static Arbitrary<CommitHistory> commitHistories() {
        return commitHistories(8);
    }

    /**
     * Commit histories of one to {@code maxCommits} commits, as {@link #commitHistories()}.
     *
     * @param maxCommits the most commits in a history, at least 1
     * @return histories ready for {@link CommitHistory#commitTo}
     * @throws dev.releaserules.core.InvalidInputException when {@code maxCommits} is less than 1
     */
    public static Arbitrary<CommitHistory> commitHistories(int maxCommits) {
        if (maxCommits < 1) {
            throw new dev.releaserules.core.InvalidInputException("maxCommits", Integer.toString(maxCommits),
                    "at least 1");
        }
        Arbitrary<String> messages = Arbitraries.frequencyOf(Tuple.of(6, nonBreakingMessages()),
                Tuple.of(1, breakingMessages()), Tuple.of(1, nonConventionalMessages()));
        Arbitrary<String> paths = Arbitraries.of("README.md", "src/main/App.java", "api/Service.java",
                "docs/guide.md", "portal/index.html", "workers/job.py");
        return Combinators.combine(messages, paths).as(Tuple::of).list().ofMinSize(1).ofMaxSize(maxCommits)
                .map(steps -> {
                    List<PlannedCommit> commits = new ArrayList<>();
                    for (int i = 0; i < steps.size(); i++) {
                        // The index makes each content new, so no commit is empty.
                        commits.add(new PlannedCommit(steps.get(i).get1(),
                                Map.of(steps.get(i).get2(), "change " + (i + 1) + "\n")));
                    }
                    return new CommitHistory(commits);
                });
    }

    // ---- manifests ------------------------------------------------------------------------------

    /**
     * Release ids such as {@code rel-2024-01-15-001}, from 2024 to 2028.
     *
     * @return release ids
     */
    public static Arbitrary<ReleaseId> releaseIds() {
        return Combinators.combine(Arbitraries.integers().between(0, 1800), Arbitraries.integers().between(1, 999))
                .as((day, n) -> ReleaseId.of(LocalDate.of(2024, 1, 1).plusDays(day), n));
    }

    /**
     * Valid release manifests in any status, shaped like seed 001's: one to four components with
     * team leads (unchanged ones keep their version and need no sign-off), some of the seed's
     * checklist items and role approvals, sometimes fields the library does not model. The state
     * fits the status: a draft has everything pending; an approved release or one further along
     * has every sign-off, checklist item and approval in, so its readiness is ready.
     *
     * @return manifests
     */
    public static Arbitrary<ReleaseManifest> manifests() {
        return ManifestGenerators.manifests();
    }

    /**
     * Valid release manifests in one status, as {@link #manifests()}.
     *
     * @param status the status
     * @return manifests in that status
     */
    public static Arbitrary<ReleaseManifest> manifests(ReleaseStatus status) {
        Args.notNull(status, "status");
        return ManifestGenerators.manifests(status);
    }

    /**
     * Manifest YAML written the way people write seed 001's by hand (comments, single quotes,
     * optional keys left out, unknown keys kept), for the manifests of {@link #manifests()}.
     *
     * @return YAML texts that {@link ReleaseManifest#parse} reads
     */
    public static Arbitrary<String> manifestYamls() {
        return manifests().map(SeedYaml::render);
    }

    // ---- sign-offs ------------------------------------------------------------------------------

    /**
     * Sign-off commands: approvals, rejections with a reason, and invalid commands.
     *
     * @return commands for {@link dev.releaserules.core.manifest.ReleaseDesk#signOff}
     */
    public static Arbitrary<CommentCommand> signOffCommands() {
        return SignOffGenerators.commands();
    }

    /**
     * Sign-off comments whose first command counts: {@code /approve} or {@code /reject <reason>}
     * at the start of a line, possibly after other text.
     *
     * @return comment texts that {@link CommentCommand#parse} reads as an approval or a rejection
     */
    public static Arbitrary<String> countingSignOffComments() {
        return SignOffGenerators.counting();
    }

    /**
     * Comments where a sign-off command appears only where it never counts (quoted, fenced,
     * indented as code, inside a sentence, misspelt) or not at all (R-SO1).
     *
     * @return comment texts for which {@link CommentCommand#parseAll} finds no command
     */
    public static Arbitrary<String> decoySignOffComments() {
        return SignOffGenerators.decoys();
    }

    /**
     * Sign-off comments of every kind: counting ones, decoys and {@code /reject} without a reason.
     *
     * @return comment texts for {@link dev.releaserules.core.manifest.ReleaseDesk#comment}
     */
    public static Arbitrary<String> signOffComments() {
        return SignOffGenerators.comments();
    }

    /**
     * Sequences of steps on a release (up to 30 random ones): sign-off comments, withdrawals, role approvals,
     * checklist completions and status moves, mostly by the people the manifest names (team leads,
     * approvers, its release manager) and sometimes by an outsider, on its components, roles and
     * items and on some that do not exist. Half the sequences also carry, in order and at random
     * places, the steps that get the release deployed (move to {@code pending_approval}, every
     * sign-off, item and approval, move to {@code approved} and {@code deploying}), so that random
     * runs do reach the guarded statuses.
     *
     * @param manifest the release the steps are about; its people, components, roles and items are used
     * @return step sequences, possibly empty
     */
    public static Arbitrary<List<SignOffStep>> signOffSequences(ReleaseManifest manifest) {
        Args.notNull(manifest, "manifest");
        return SignOffGenerators.sequences(manifest, 30);
    }

    /**
     * What people type to the release bot ({@link dev.releaserules.core.chatops.ReleaseBot}): its
     * commands with real and made-up arguments, near misses and noise.
     *
     * @return command texts
     */
    public static Arbitrary<String> releaseBotTexts() {
        return SignOffGenerators.botTexts();
    }
}
