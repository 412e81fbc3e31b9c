package dev.releaserules.core.changelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.commit.CommitMessage;
import dev.releaserules.core.commit.ConventionalCommit;
import dev.releaserules.core.commit.Footer;
import dev.releaserules.core.commit.MergeCommit;
import dev.releaserules.core.commit.NonConventional;
import dev.releaserules.core.commit.RevertCommit;
import dev.releaserules.core.version.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class ChangelogProperties {
    private static final Version NEW_VERSION = Version.parse("10.0.0");
    private static final ChangelogConfig LINKED = ChangelogConfig.builder()
            .commitUrl("https://git.example.com/acme/app/commit/{hash}")
            .compareUrl("https://git.example.com/acme/app/compare/{previous_tag}...{tag}")
            .build();

    @Property(tries = 200)
    @Label("R-C1 every commit of the range is in exactly one entry or in the excluded list")
    void every_commit_appears_exactly_once(@ForAll("ranges") List<CommitMessage> messages) {
        // given
        List<Commit> commits = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            commits.add(new Commit(String.format("%040x", i + 1), messages.get(i), "", Instant.EPOCH));
        }

        // when
        ReleaseNotes notes = ChangelogGenerator.of(LINKED).notes().version(NEW_VERSION).date(LocalDate.of(2026, 1, 18))
                .tag("v10.0.0").previousTag("v9.0.0").commits(commits).build();

        // then
        List<String> accounted = new ArrayList<>();
        notes.entries().forEach(e -> e.commits().forEach(c -> accounted.add(c.id())));
        notes.excluded().forEach(x -> accounted.add(x.commit().id()));
        assertThat(accounted).containsExactlyInAnyOrderElementsOf(commits.stream().map(Commit::id).toList());
    }

    @Property(tries = 200)
    @Label("R-C1 updating CHANGELOG.md never loses a byte of the existing content")
    void update_keeps_prior_content_verbatim(@ForAll("changelogs") String existing) {
        // given
        ReleaseNotes notes = ChangelogGenerator.of(LINKED).notes().version(NEW_VERSION).date(LocalDate.of(2026, 1, 18))
                .commits(List.of(TestCommits.conventional("ab", "feat", "", "new"))).build();

        // when
        String updated;
        try {
            updated = ChangelogFile.builder().build().update(existing, notes);
        } catch (InvalidInputException refused) {
            // then: refused only when the content ends inside a block that would swallow any heading
            assertThat(ChangelogFile.versions(existing + "\n\n## 9.9.9\n")).doesNotContain("9.9.9");
            return;
        }

        // then: the old content is split once, the release inserted between its two parts
        int prefix = 0;
        while (prefix < existing.length() && existing.charAt(prefix) == updated.charAt(prefix)) {
            prefix++;
        }
        boolean keptAround = false;
        for (int at = prefix; at >= 0 && !keptAround; at--) {
            keptAround = updated.endsWith(existing.substring(at));
        }
        assertThat(keptAround).as("old content kept around the inserted release").isTrue();
        assertThat(updated.length()).isGreaterThan(existing.length());
        assertThat(ChangelogFile.versions(updated)).startsWith(NEW_VERSION.toString());
        assertThat(ChangelogFile.versions(updated)).hasSize(ChangelogFile.versions(existing).size() + 1);
    }

    @Property(tries = 100)
    @Label("R-C1 a version is added once: a second update with the same version is refused")
    void a_version_is_added_once(@ForAll("changelogs") String existing) {
        // given
        ReleaseNotes notes = ChangelogGenerator.withDefaults().notes().version(NEW_VERSION)
                .date(LocalDate.of(2026, 1, 18)).build();
        ChangelogFile changelog = ChangelogFile.builder().build();
        String once = changelog.update(existing, notes);

        // when / then
        assertThatThrownBy(() -> changelog.update(once, notes)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("version 10.0.0");
        assertThat(changelog.update(once, notes, ChangelogFile.IfPresent.REPLACE)).isEqualTo(once);
    }

    @Property(tries = 200)
    @Label("R-C1 rendering never throws on hostile text, and user text never starts a line with #")
    void rendering_survives_hostile_text(@ForAll("hostile") String scope, @ForAll("hostile") String description,
            @ForAll("hostile") String note, @ForAll ChangelogLayout layout) {
        // given
        String shown = description.isBlank() ? "x" + description : description;
        ConventionalCommit message = new ConventionalCommit("feat: x", "feat", scope, false, shown, "",
                List.of(new Footer(Footer.BREAKING_CHANGE, note)));
        ChangelogConfig config = LINKED.toBuilder().layout(layout).build();
        ReleaseNotes notes = ChangelogGenerator.of(config).notes().version(NEW_VERSION).date(LocalDate.of(2026, 1, 18))
                .tag("v10.0.0").previousTag("v9.0.0")
                .commits(List.of(new Commit("a".repeat(40), message, "", Instant.EPOCH))).build();

        // when
        String markdown = ChangelogRenderer.of(config).render(notes);

        // then
        List<String> headings = markdown.lines().filter(line -> line.startsWith("#")).toList();
        assertThat(headings.get(0)).startsWith("## [10.0.0]");
        assertThat(headings.subList(1, headings.size())).allMatch(h -> h.startsWith("### ") && h.length() < 30);
        assertThat(ChangelogFile.versions(markdown)).containsExactly("10.0.0");
        assertThat(markdown).endsWith("\n").doesNotContain("\n\n\n");
    }

    @Provide
    Arbitrary<List<CommitMessage>> ranges() {
        Arbitrary<String> types = Arbitraries.of("feat", "Feat", "fix", "perf", "revert", "docs", "chore", "wip");
        Arbitrary<String> scopes = Arbitraries.of("", "api", "API", "ui");
        Arbitrary<String> descriptions = Arbitraries.of("add x", "Add  x", "add x (#12)", "fix y", "feat: add x");
        Arbitrary<CommitMessage> conventional = Combinators.combine(types, scopes, descriptions, Arbitraries.of(true,
                false)).as((type, scope, description, bang) -> new ConventionalCommit(type + ": " + description, type,
                scope, bang, description, "", List.of()));
        Arbitrary<CommitMessage> merge = Arbitraries.integers().between(0, 50)
                .map(pr -> new MergeCommit("Merge pull request #" + pr, "acme/x", pr));
        Arbitrary<CommitMessage> revert = descriptions.map(d -> new RevertCommit("Revert \"" + d + "\"", d, ""));
        Arbitrary<CommitMessage> other = Arbitraries.strings().ofMaxLength(20).map(s -> new NonConventional(s, "?"));
        return Arbitraries.frequencyOf(Tuple.of(6, conventional), Tuple.of(1, merge), Tuple.of(1, revert),
                        Tuple.of(2, other))
                .list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<String> changelogs() {
        Arbitrary<String> versions = Combinators.combine(Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 20))
                .as((a, b, c) -> a + "." + b + "." + c);
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').withChars("äß✓🚀\t")
                .ofMaxLength(40).filter(s -> !s.startsWith("#"));
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.just("# Changelog"),
                Arbitraries.just(""),
                Arbitraries.just("## [Unreleased]"),
                versions.map(v -> "## [" + v + "](https://x.example/compare) (2025-12-01)"),
                versions.map(v -> "## [" + v + "] - 2025-12-01"),
                versions.map(v -> "# " + v),
                Arbitraries.of("### Features", "### Fixed"),
                text.map(t -> "* " + t),
                text);
        Arbitrary<String> newline = Arbitraries.of("\n", "\r\n");
        return Combinators.combine(line.list().ofMaxSize(15), newline, Arbitraries.of(true, false))
                .as((lines, nl, finalNewline) -> {
                    String joined = String.join(nl, lines);
                    return finalNewline && !lines.isEmpty() ? joined + nl : joined;
                });
    }

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.of("", "## 9.9.9", "\n# 1.2.3\n", "<!--", "<script>alert(1)</script>", "**", "`a<b`",
                        "[x](y) ![i](z)", "\r\n\r\n## [8.0.0]", "line\u2028## 7.0.0", "\\", "* ", "> quote",
                        "🚀 ünïcödé \u202Eevil", "\u0000\u0007", "```\n# x\n```"),
                Arbitraries.of("a", "#", "\n", "<", "`", "*", "_", "[", "]", "(", ")", " ", "\r", "\u2029")
                        .list().ofMaxSize(12).map(parts -> String.join("", parts)));
    }

    @Property(tries = 200)
    @Label("R-C1 the unit of change: a description normalises as the regular expressions alone would have it")
    void normalising_a_description_skips_no_case_the_regular_expressions_cover(@ForAll("descriptions") String description) {
        String withoutPr = description.replaceFirst("(\\s*\\(#\\d+\\))+\\s*$", "");
        String expected = withoutPr.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);

        assertThat(ReleaseNotesBuilder.normalise(description)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> descriptions() {
        Arbitrary<String> pieces = Arbitraries.of("add", "Fix", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f",
                "\u00A0", "(#12)", " (#345)", "(#", "#7)", "(x)", "É", "-");
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }
}
