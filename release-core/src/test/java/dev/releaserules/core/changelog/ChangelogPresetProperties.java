package dev.releaserules.core.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.commit.CommitMessage;
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

class ChangelogPresetProperties {

    @Property(tries = 200)
    @Label("R-C1 every preset: every commit is in an entry or excluded, never both, and the Markdown keeps its shape")
    void presets_account_for_every_commit(@ForAll("messages") List<String> messages, @ForAll ChangelogPreset preset) {
        // given
        ChangelogConfig config = preset.config("https://github.com/acme/app");
        List<Commit> commits = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            commits.add(new Commit(String.format("%040x", i + 1), CommitMessage.parse(messages.get(i)), "", Instant.EPOCH));
        }

        // when
        ReleaseNotes notes = ChangelogGenerator.of(config).notes().version(Version.parse("2.0.0"))
                .date(LocalDate.of(2026, 1, 18)).tag("v2.0.0").previousTag("v1.0.0").commits(commits).build();
        String markdown = ChangelogRenderer.of(config).render(notes);

        // then
        List<String> inEntries = new ArrayList<>();
        notes.entries().forEach(e -> e.commits().forEach(c -> inEntries.add(c.id())));
        List<String> excluded = notes.excluded().stream().map(x -> x.commit().id()).toList();
        assertThat(inEntries).noneMatch(excluded::contains);
        List<String> all = new ArrayList<>(new java.util.LinkedHashSet<>(inEntries));
        all.addAll(excluded);
        assertThat(all).containsExactlyInAnyOrderElementsOf(commits.stream().map(Commit::id).toList());
        assertThat(markdown).endsWith("\n").doesNotContain("\n\n\n\n");
        assertThat(ChangelogFile.versions(markdown)).containsExactly("2.0.0");
    }

    @Property(tries = 300)
    @Label("R-C1 release-please text order: antisymmetric, and equal only for equal text")
    void locale_order_is_antisymmetric(@ForAll("texts") String a, @ForAll("texts") String b) {
        int ab = ReleasePleaseText.localeCompare(a, b);
        int ba = ReleasePleaseText.localeCompare(b, a);

        assertThat(Integer.signum(ab)).isEqualTo(-Integer.signum(ba));
        assertThat(ab == 0).isEqualTo(a.equals(b));
    }

    @Property(tries = 200)
    @Label("R-C1 release-please entry order: a permutation of the entries, sorted when every entry has a scope")
    void release_please_order_is_a_permutation(@ForAll("entries") List<String[]> entries) {
        List<String[]> sorted = new ArrayList<>(entries);

        ReleasePleaseText.sort(sorted, (x, y) -> ReleasePleaseText.compareFields(x[0], x[1], y[0], y[1]));

        assertThat(sorted).containsExactlyInAnyOrderElementsOf(entries);
        // An entry without scope compares as greater both ways (release-please's comparison), so only
        // a section whose entries all have a scope is in a total order.
        if (entries.stream().noneMatch(e -> e[0].isEmpty())) {
            for (int i = 1; i < sorted.size(); i++) {
                assertThat(ReleasePleaseText.compareFields(sorted.get(i - 1)[0], sorted.get(i - 1)[1], sorted.get(i)[0],
                        sorted.get(i)[1])).isLessThanOrEqualTo(0);
            }
        }
    }

    @Provide
    Arbitrary<List<String>> messages() {
        Arbitrary<String> headers = Combinators.combine(
                Arbitraries.of("feat", "fix", "perf", "chore", "docs", "refactor", "revert", "wip"),
                Arbitraries.of("", "(api)", "(deps)"), Arbitraries.of("", "!"),
                Arbitraries.of("add x", "fix <y> for @ada", "bump z (#12)", "see #7 and #8"))
                .as((t, s, b, d) -> t + s + b + ": " + d);
        Arbitrary<String> bodies = Arbitraries.of("", "\n\nfix(deps): bump a", "\n\nchore: tidy\nfeat(ui): b",
                "\n\nFixes #3\nCloses: #4", "\n\nBREAKING CHANGE: gone\n#### Details\n- a", "\n\nRelease-As: 2.0.0");
        Arbitrary<String> conventional = Combinators.combine(headers, bodies).as(String::concat);
        Arbitrary<String> other = Arbitraries.of("Merge pull request #5 from acme/x", "Revert \"feat: add x\"",
                "update readme");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, conventional), net.jqwik.api.Tuple.of(1, other))
                .list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("aAbBzZ09 _-.`#@()é\u2019").ofMaxLength(6);
    }

    @Provide
    Arbitrary<List<String[]>> entries() {
        Arbitrary<String> scopes = Arbitraries.of("", "", "api", "deps", "API");
        return Combinators.combine(scopes, texts()).as((s, t) -> new String[] {s, t}).list().ofMaxSize(10);
    }
}
