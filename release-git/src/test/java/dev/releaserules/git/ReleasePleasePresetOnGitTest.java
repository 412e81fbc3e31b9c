package dev.releaserules.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.changelog.ChangelogConfig;
import dev.releaserules.core.changelog.ChangelogPreset;
import dev.releaserules.core.changelog.ChangelogRenderer;
import dev.releaserules.core.changelog.ReleaseNotes;
import dev.releaserules.core.flow.ReleaseHistory;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.Version;
import dev.releaserules.testkit.git.TempGitRepository;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The release-please preset against the facts of real releases whose CHANGELOG.md release-please
 * wrote: the commits of the release (type, breaking marker, description, pull request, newest first)
 * and where each one's entry stands in the published file. The commits are replayed into a real
 * repository; the generated section must put every entry, note and blank line where the published
 * one has it. The whole-file comparison over 60 releases is {@code benchmarks/}' ReleasePleaseFidelity.
 */
class ReleasePleasePresetOnGitTest {

    /** One commit of a real release: its header parts and pull request. */
    private record Fact(String type, String scope, boolean breaking, String description, int pr) {
        String message() {
            return type + (scope.isEmpty() ? "" : "(" + scope + ")") + (breaking ? "!" : "") + ": " + description
                    + " (#" + pr + ")";
        }
    }

    private static Fact f(String type, boolean breaking, String description, int pr) {
        return new Fact(type, "", breaking, description, pr);
    }

    // googleapis/gaxios v6.7.1..v7.0.0: the shown commits, newest first (docs, chores, tests left out).
    private static final List<Fact> GAXIOS_7_0_0 = List.of(
            f("feat", true, "Support AIP-193 for `GaxiosError`", 699),
            f("feat", false, "Redact After Retry Attempts", 689),
            f("feat", false, "Support `HeadersInit` for `GaxiosRequest#headers`", 686),
            f("feat", false, "Open Utility for Merging Headers", 685),
            f("revert", false, "Undeprecate `adapter`", 682),
            f("feat", false, "`fetch`-Compatible API", 680),
            f("feat", true, "Dual-Support ESM & CJS", 662),
            f("feat", true, "Do not treat Buffers as JSON by default", 621),
            f("feat", false, "Support `timeout` for `fetch` and `node-fetch` v3", 660),
            f("feat", true, "Standardize `baseURL` to `URL`\u2019s spec", 600),
            f("feat", true, "Headers should be `Headers`", 653),
            f("feat", true, "Upgrade to `node-fetch` v3", 617),
            f("feat", true, "Support Node 18+", 650));

    // Where the published CHANGELOG.md of gaxios 7.0.0 has them, by pull request.
    private static final List<Integer> GAXIOS_NOTES = List.of(699, 662, 621, 600, 653, 617, 650);
    private static final List<Integer> GAXIOS_FEATURES = List.of(680, 621, 662, 653, 685, 689, 600, 686, 660, 699, 650,
            617);
    private static final List<Integer> GAXIOS_REVERTS = List.of(682);

    // googleapis/google-auth-library-nodejs v9.15.1..v10.0.0: the breaking refactorings, newest first.
    private static final List<Fact> AUTH_10_0_0 = List.of(
            f("refactor", true, "Remove `Transporter`", 1937),
            f("refactor", true, "remove additionalOptions from AuthClients", 1689),
            f("refactor", true, "Remove `options.ts`", 1920),
            f("refactor", true, "Remove `messages.ts`", 1919),
            f("refactor", true, "remove DEFAULT_UNIVERSE from BaseExternalClient", 1690),
            f("refactor", true, "Move Base AuthClient Types to authclient.ts", 1774));

    // The published notes keep the case of the commits; the Code Refactoring entries start upper case.
    private static final List<Integer> AUTH_NOTES = List.of(1937, 1689, 1920, 1919, 1690, 1774);
    private static final List<Integer> AUTH_REFACTORING = List.of(1774, 1919, 1920, 1937, 1689, 1690);

    @Test
    @DisplayName("R-C1 release-please preset: gaxios 7.0.0 - breaking notes in commit order, entries in release-please's order, its spacing")
    void gaxios_7_0_0() {
        String url = "https://github.com/googleapis/gaxios";
        try (TempGitRepository repo = replay("v6.7.1", GAXIOS_7_0_0, "v7.0.0");
             SourceRepository source = GitRepositories.open(repo.workTree())) {
            ChangelogConfig config = ChangelogPreset.RELEASE_PLEASE.config(url);
            ReleaseHistory history = ReleaseHistory.builder().repository(source).changelog(config).build();
            ReleaseNotes notes = history.latest().orElseThrow();
            Map<Integer, String> ids = ids(repo, GAXIOS_7_0_0);

            List<String> expected = new ArrayList<>();
            expected.add("## [7.0.0](" + url + "/compare/v6.7.1...v7.0.0) (" + notes.date() + ")");
            expected.addAll(List.of("", "", "### \u26a0 BREAKING CHANGES", ""));
            GAXIOS_NOTES.forEach(pr -> expected.add("* " + linked(fact(GAXIOS_7_0_0, pr).description(), pr, url)));
            expected.addAll(List.of("", "### Features", ""));
            GAXIOS_FEATURES.forEach(pr -> expected.add(entry(GAXIOS_7_0_0, pr, ids, url)));
            expected.addAll(List.of("", "", "### Reverts", ""));
            GAXIOS_REVERTS.forEach(pr -> expected.add(entry(GAXIOS_7_0_0, pr, ids, url)));

            assertThat(ChangelogRenderer.of(config).render(notes)).isEqualTo(String.join("\n", expected) + "\n");
        }
    }

    @Test
    @DisplayName("R-C1 release-please preset: google-auth-library 10.0.0 - notes keep their case, entries are capitalised")
    void auth_10_0_0() {
        String url = "https://github.com/googleapis/google-auth-library-nodejs";
        try (TempGitRepository repo = replay("v9.15.1", AUTH_10_0_0, "v10.0.0");
             SourceRepository source = GitRepositories.open(repo.workTree())) {
            ChangelogConfig config = ChangelogPreset.RELEASE_PLEASE.config(url);
            ReleaseNotes notes = ReleaseHistory.builder().repository(source).changelog(config).build()
                    .latest().orElseThrow();
            Map<Integer, String> ids = ids(repo, AUTH_10_0_0);

            String markdown = ChangelogRenderer.of(config).render(notes);

            List<String> lines = List.of(markdown.split("\n"));
            int notesAt = lines.indexOf("### \u26a0 BREAKING CHANGES") + 2;
            for (int i = 0; i < AUTH_NOTES.size(); i++) {
                int pr = AUTH_NOTES.get(i);
                assertThat(lines.get(notesAt + i)).isEqualTo("* " + linked(fact(AUTH_10_0_0, pr).description(), pr, url));
            }
            int entriesAt = lines.indexOf("### Code Refactoring") + 2;
            for (int i = 0; i < AUTH_REFACTORING.size(); i++) {
                assertThat(lines.get(entriesAt + i)).isEqualTo(entry(AUTH_10_0_0, AUTH_REFACTORING.get(i), ids, url));
            }
            assertThat(lines.get(notesAt - 4)).isEmpty();
            assertThat(lines.get(notesAt - 3)).isEmpty();
        }
    }

    @Test
    @DisplayName("R-C1 date source: the release-please preset dates a release by its last change, a given date wins")
    void date_sources() {
        try (TempGitRepository repo = replay("v6.7.1", GAXIOS_7_0_0.subList(0, 2), "v7.0.0");
             SourceRepository source = GitRepositories.open(repo.workTree())) {
            LocalDate lastChange = LocalDate.ofInstant(source.readCommit("v7.0.0^").time(), ZoneOffset.UTC);
            LocalDate tagged = LocalDate.ofInstant(source.readCommit("v7.0.0").time(), ZoneOffset.UTC);
            assertThat(tagged).isAfter(lastChange);

            ReleaseHistory byLastChange = ReleaseHistory.builder().repository(source)
                    .changelog(ChangelogPreset.RELEASE_PLEASE.config()).build();
            ReleaseHistory byTag = ReleaseHistory.builder().repository(source)
                    .changelog(ChangelogPreset.CONVENTIONAL.config()).build();
            ReleaseHistory given = ReleaseHistory.builder().repository(source)
                    .changelog(ChangelogPreset.RELEASE_PLEASE.config())
                    .releaseDate(Version.parse("7.0.0"), LocalDate.of(2025, 6, 5)).build();

            assertThat(byLastChange.latest().orElseThrow().date()).isEqualTo(lastChange);
            assertThat(byTag.latest().orElseThrow().date()).isEqualTo(tagged);
            assertThat(given.latest().orElseThrow().date()).isEqualTo(LocalDate.of(2025, 6, 5));
        }
    }

    /** The previous release, the facts oldest first, a day later the release pull request's merge, tagged. */
    private static TempGitRepository replay(String previousTag, List<Fact> facts, String tag) {
        TempGitRepository repo = TempGitRepository.builder().initialBranch("main").build()
                .commit("chore: previous release", Map.of("version", previousTag)).tag(previousTag);
        for (int i = facts.size() - 1; i >= 0; i--) {
            repo.commit(facts.get(i).message(), Map.of("change-" + i, Integer.toString(facts.get(i).pr())));
        }
        repo.clock().advance(Duration.ofDays(1));
        return repo.commit("chore(main): release " + tag.substring(1) + " (#1)", Map.of("version", tag)).tag(tag);
    }

    private static Map<Integer, String> ids(TempGitRepository repo, List<Fact> facts) {
        Map<Integer, String> ids = new HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            // The tagged release commit is HEAD; the newest fact is its parent.
            ids.put(facts.get(i).pr(), repo.commitId("HEAD~" + (i + 1)));
        }
        return ids;
    }

    private static Fact fact(List<Fact> facts, int pr) {
        return facts.stream().filter(x -> x.pr() == pr).findFirst().orElseThrow();
    }

    private static String linked(String description, int pr, String url) {
        return description + " ([#" + pr + "](" + url + "/issues/" + pr + "))";
    }

    private static String entry(List<Fact> facts, int pr, Map<Integer, String> ids, String url) {
        String description = fact(facts, pr).description();
        String capitalised = Character.toUpperCase(description.charAt(0)) + description.substring(1);
        String id = ids.get(pr);
        return "* " + linked(capitalised, pr, url) + " ([" + id.substring(0, 7) + "](" + url + "/commit/" + id + "))";
    }
}
