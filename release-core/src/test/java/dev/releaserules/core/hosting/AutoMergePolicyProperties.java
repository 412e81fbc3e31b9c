package dev.releaserules.core.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.flow.Labels;
import dev.releaserules.core.spi.PullRequest.MergeMethod;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AutoMergePolicyProperties {

    private final AutoMergePolicy policy = AutoMergePolicy.defaults();

    @Property(tries = 200)
    @Label("R-M1 a release or hotfix pull request is never merge now, and always needs a merge commit")
    void release_or_hotfix_never_merges(@ForAll("releaseOrHotfix") PullRequestFacts pr) {
        MergeDecision decision = policy.decide(pr);

        assertThat(decision.isMergeNow()).isFalse();
        assertThat(decision).isInstanceOf(MergeDecision.Never.class);
        assertThat(decision.mergeMethod()).isEqualTo(MergeMethod.MERGE_COMMIT);
    }

    @Property(tries = 200)
    @Label("R-M1 nothing merges while a check fails or a conflict exists")
    void nothing_merges_while_failing_or_conflicting(@ForAll("anyPullRequest") PullRequestFacts pr) {
        MergeDecision decision = policy.decide(pr);

        if (pr.checks() == ChecksState.FAILING || pr.mergeability() == Mergeability.CONFLICTING) {
            assertThat(decision.isMergeNow()).isFalse();
        }
        if (decision.isMergeNow()) {
            assertThat(pr.checks()).isEqualTo(ChecksState.PASSING);
            assertThat(pr.mergeability()).isEqualTo(Mergeability.MERGEABLE);
        }
    }

    @Provide
    Arbitrary<PullRequestFacts> releaseOrHotfix() {
        Arbitrary<String> byBranch = Combinators.combine(Arbitraries.of("release/", "hotfix/", "refs/heads/release/"),
                versionLike()).as(String::concat);
        Arbitrary<PullRequestFacts> fromBranch = facts(byBranch, labels());
        Arbitrary<PullRequestFacts> fromLabel = facts(anyHead(),
                Combinators.combine(labels(), Arbitraries.of(Labels.RELEASE, Labels.HOTFIX, "Release", "HOTFIX"))
                        .as((ls, l) -> {
                            java.util.HashSet<String> all = new java.util.HashSet<>(ls);
                            all.add(l);
                            return Set.copyOf(all);
                        }));
        return Arbitraries.oneOf(fromBranch, fromLabel);
    }

    @Provide
    Arbitrary<PullRequestFacts> anyPullRequest() {
        return facts(anyHead(), labels());
    }

    private static Arbitrary<PullRequestFacts> facts(Arbitrary<String> heads, Arbitrary<Set<String>> labels) {
        return Combinators.combine(heads, Arbitraries.of("main", "develop", "release/v1.0.0", "refs/heads/main"),
                labels, Arbitraries.of(AuthorKind.class), Arbitraries.of(ChecksState.class),
                Arbitraries.of(Mergeability.class), Arbitraries.of(UpdateDelta.class))
                .as((head, base, ls, author, checks, mergeability, delta) -> PullRequestFacts.builder().head(head)
                        .base(base).labels(ls).author(author).checks(checks).mergeability(mergeability)
                        .updateDelta(delta).build());
    }

    private static Arbitrary<String> anyHead() {
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of("release/", "hotfix/", "backport/", "feature/", "dependabot/", ""),
                        versionLike()).as(String::concat),
                Arbitraries.strings().alpha().numeric().withChars('/', '-', '.').ofMinLength(1).ofMaxLength(30)
                        .filter(s -> !s.isBlank()));
    }

    private static Arbitrary<String> versionLike() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 30).list().ofMinSize(1).ofMaxSize(3)
                .map(parts -> "v" + String.join(".", parts.stream().map(String::valueOf).toList())),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10));
    }

    private static Arbitrary<Set<String>> labels() {
        return Arbitraries.of(Labels.RELEASE, Labels.AUTOMATED, Labels.BACKPORT, Labels.AUTO_MERGE, Labels.HOTFIX,
                Labels.PRIORITY_CRITICAL, "dependencies", "Auto-Merge", "BACKPORT").set().ofMaxSize(4);
    }
}
