package dev.releaserules.core.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.flow.Labels;
import dev.releaserules.core.flow.QuickReleaseRules;
import dev.releaserules.core.hosting.MergeDecision.Refusal;
import dev.releaserules.core.hosting.MergeDecision.WaitingFor;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.PullRequest.MergeMethod;
import dev.releaserules.core.version.TagFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AutoMergePolicyTest {

    private final AutoMergePolicy policy = AutoMergePolicy.defaults();

    /** The pull request's branches. */
    enum Branches {
        RELEASE("release/v2.3.0", "main"),
        HOTFIX("hotfix/v2.3.1", "main"),
        BACKPORT("backport/v2.3.0-to-develop", "develop"),
        FEATURE("feature/login", "develop"),
        FEATURE_INTO_MAIN("feature/login", "main");

        final String head;
        final String base;

        Branches(String head, String base) {
            this.head = head;
            this.base = base;
        }
    }

    /** The label sets that matter to the policy. */
    enum LabelSet {
        NONE(Set.of()),
        AUTO_MERGE(Set.of(Labels.AUTO_MERGE)),
        BACKPORT(Set.of(Labels.BACKPORT, Labels.AUTOMATED)),
        RELEASE(Set.of(Labels.RELEASE, Labels.AUTOMATED, Labels.AUTO_MERGE)),
        HOTFIX(Set.of(Labels.HOTFIX, Labels.PRIORITY_CRITICAL));

        final Set<String> labels;

        LabelSet(Set<String> labels) {
            this.labels = labels;
        }
    }

    record Case(Branches branches, LabelSet labels, AuthorKind author, ChecksState checks, Mergeability mergeability,
            UpdateDelta delta) {
        PullRequestFacts facts() {
            return PullRequestFacts.builder().head(branches.head).base(branches.base).labels(labels.labels)
                    .author(author).checks(checks).mergeability(mergeability).updateDelta(delta).build();
        }

        @Override
        public String toString() {
            return branches + " " + labels + " by " + author + ", checks " + checks + ", " + mergeability + ", delta "
                    + delta;
        }
    }

    static Stream<Case> everyCombination() {
        List<Case> cases = new ArrayList<>();
        for (Branches b : Branches.values()) {
            for (LabelSet l : LabelSet.values()) {
                for (AuthorKind a : AuthorKind.values()) {
                    for (ChecksState c : ChecksState.values()) {
                        for (Mergeability m : Mergeability.values()) {
                            for (UpdateDelta d : UpdateDelta.values()) {
                                cases.add(new Case(b, l, a, c, m, d));
                            }
                        }
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "R-M1 {0}")
    @MethodSource("everyCombination")
    @DisplayName("R-M1 every combination of branches, labels, author, checks, mergeability and update delta")
    void every_combination(Case c) {
        MergeDecision decision = policy.decide(c.facts());

        // The rules restated from the seed, first match wins.
        boolean releaseOrHotfix = c.branches == Branches.RELEASE || c.branches == Branches.HOTFIX
                || c.labels == LabelSet.RELEASE || c.labels == LabelSet.HOTFIX;
        boolean backport = c.branches == Branches.BACKPORT || c.labels == LabelSet.BACKPORT;
        boolean dependency = !backport && c.author == AuthorKind.DEPENDENCY_BOT;
        if (releaseOrHotfix) {
            assertNever(decision, Refusal.RELEASE_OR_HOTFIX, MergeMethod.MERGE_COMMIT);
            return;
        }
        MergeMethod method = backport ? MergeMethod.MERGE_COMMIT : MergeMethod.SQUASH;
        if (c.branches == Branches.FEATURE_INTO_MAIN) {
            assertNever(decision, Refusal.PRODUCTION_BRANCH, method);
            return;
        }
        if (dependency && c.delta == UpdateDelta.MAJOR) {
            assertNever(decision, Refusal.MAJOR_UPDATE, method);
            return;
        }
        if (dependency && c.delta == UpdateDelta.UNKNOWN) {
            assertNever(decision, Refusal.UNKNOWN_UPDATE, method);
            return;
        }
        if (!backport && !dependency && c.labels != LabelSet.AUTO_MERGE) {
            assertNever(decision, Refusal.NOT_OPTED_IN, method);
            return;
        }
        Set<WaitingFor> waiting = EnumSet.noneOf(WaitingFor.class);
        if (c.checks == ChecksState.PENDING) {
            waiting.add(WaitingFor.CHECKS_TO_FINISH);
        }
        if (c.checks == ChecksState.FAILING) {
            waiting.add(WaitingFor.FAILING_CHECKS_FIXED);
        }
        if (c.mergeability == Mergeability.CONFLICTING) {
            waiting.add(WaitingFor.CONFLICT_RESOLVED);
        }
        if (c.mergeability == Mergeability.UNKNOWN) {
            waiting.add(WaitingFor.MERGEABILITY_COMPUTED);
        }
        assertThat(decision.mergeMethod()).isEqualTo(method);
        assertThat(decision.reason()).startsWith("R-M1: ").contains(c.branches.head + " → " + c.branches.base);
        if (waiting.isEmpty()) {
            assertThat(decision).isInstanceOf(MergeDecision.MergeNow.class);
        } else {
            assertThat(decision).isInstanceOfSatisfying(MergeDecision.Wait.class,
                    wait -> assertThat(wait.waitingFor()).isEqualTo(waiting));
        }
    }

    private static void assertNever(MergeDecision decision, Refusal refusal, MergeMethod method) {
        assertThat(decision).isInstanceOfSatisfying(MergeDecision.Never.class, never -> {
            assertThat(never.refusal()).isEqualTo(refusal);
            assertThat(never.mergeMethod()).isEqualTo(method);
            assertThat(never.reason()).startsWith("R-M1: ");
        });
    }

    @Test
    @DisplayName("R-M1 a release pull request is refused even when labelled auto-merge, and must get a merge commit")
    void release_pull_request_message() {
        MergeDecision decision = policy.decide(PullRequestFacts.builder().head("release/v2.3.0").base("main")
                .labels(Set.of("Auto-Merge")).author(AuthorKind.AUTOMATION_BOT).checks(ChecksState.PASSING)
                .mergeability(Mergeability.MERGEABLE).build());

        assertThat(decision.isMergeNow()).isFalse();
        assertThat(decision.mergeMethod()).isEqualTo(MergeMethod.MERGE_COMMIT);
        assertThat(decision.reason()).isEqualTo("R-M1: release and hotfix pull requests (release/v2.3.0 → main) are "
                + "never merged automatically; a person merges them after QA, with a merge commit (no squash or rebase)");
    }

    @Test
    @DisplayName("R-M1 a release branch that does not name a version is still a release branch")
    void release_prefix_is_enough() {
        MergeDecision decision = policy.decide(PullRequestFacts.builder().head("refs/heads/release/next")
                .base("develop").labels(Set.of(Labels.AUTO_MERGE)).checks(ChecksState.PASSING)
                .mergeability(Mergeability.MERGEABLE).build());

        assertThat(decision).isInstanceOfSatisfying(MergeDecision.Never.class,
                never -> assertThat(never.refusal()).isEqualTo(Refusal.RELEASE_OR_HOTFIX));
    }

    @Test
    @DisplayName("R-M1 a backport waits for everything missing at once, then merges with a merge commit")
    void backport_waits_then_merges() {
        PullRequestFacts.Builder backport = PullRequestFacts.builder().head("backport/v2.3.0-to-develop")
                .base("develop").labels(Set.of(Labels.BACKPORT, Labels.AUTOMATED, Labels.AUTO_MERGE))
                .author(AuthorKind.AUTOMATION_BOT);

        MergeDecision waiting = policy.decide(backport.checks(ChecksState.FAILING)
                .mergeability(Mergeability.CONFLICTING).build());
        MergeDecision ready = policy.decide(backport.checks(ChecksState.PASSING)
                .mergeability(Mergeability.MERGEABLE).build());

        assertThat(waiting.reason()).isEqualTo("R-M1: backport pull request (backport/v2.3.0-to-develop → develop) "
                + "merges automatically once its failing checks are fixed, its conflict is resolved");
        assertThat(ready).isEqualTo(new MergeDecision.MergeNow(MergeMethod.MERGE_COMMIT, "R-M1: backport pull "
                + "request (backport/v2.3.0-to-develop → develop) has passing checks and no conflict: merge it now "
                + "with a merge commit"));
    }

    @Test
    @DisplayName("R-M1 a Dependabot minor update read from its title is squashed; a major one is refused")
    void dependency_updates_from_titles() {
        PullRequest minor = new PullRequest(7, "Bump jackson-databind from 2.17.1 to 2.18.0", "",
                "dependabot/maven/jackson-2.18.0", "develop", Set.of("dependencies"), PullRequest.State.OPEN, "",
                MergeMethod.NONE);
        PullRequest major = new PullRequest(8, "chore(deps): bump actions/checkout from 3 to 4 in /.github", "",
                "dependabot/github_actions/checkout-4", "develop", Set.of(), PullRequest.State.OPEN, "",
                MergeMethod.NONE);

        MergeDecision minorDecision = policy.decide(PullRequestFacts.from(minor).author(AuthorKind.DEPENDENCY_BOT)
                .checks(ChecksState.PASSING).mergeability(Mergeability.MERGEABLE).build());
        MergeDecision majorDecision = policy.decide(PullRequestFacts.from(major).author(AuthorKind.DEPENDENCY_BOT)
                .checks(ChecksState.PASSING).mergeability(Mergeability.MERGEABLE).build());

        assertThat(minorDecision).isEqualTo(new MergeDecision.MergeNow(MergeMethod.SQUASH,
                "R-M1: dependency update (minor) (dependabot/maven/jackson-2.18.0 → develop) has passing checks and "
                        + "no conflict: merge it now with squash"));
        assertThat(majorDecision).isInstanceOfSatisfying(MergeDecision.Never.class,
                never -> assertThat(never.refusal()).isEqualTo(Refusal.MAJOR_UPDATE));
    }

    @Test
    @DisplayName("R-M1 a dependency update given as versions takes precedence over the title")
    void dependency_update_versions() {
        PullRequestFacts facts = PullRequestFacts.builder().head("renovate/foo-2.x").base("develop")
                .title("Update dependency foo to v2").author(AuthorKind.DEPENDENCY_BOT)
                .dependencyUpdate(new DependencyUpdate("foo", dev.releaserules.core.version.Version.of(1, 4, 0),
                        dev.releaserules.core.version.Version.of(1, 4, 2)))
                .checks(ChecksState.PENDING).mergeability(Mergeability.MERGEABLE).build();

        assertThat(facts.updateDelta()).isEqualTo(UpdateDelta.PATCH);
        assertThat(policy.decide(facts)).isInstanceOfSatisfying(MergeDecision.Wait.class,
                wait -> assertThat(wait.waitingFor()).containsExactly(WaitingFor.CHECKS_TO_FINISH));
    }

    @Test
    @DisplayName("R-M1 the opt-in merge method and the production branch follow the configuration")
    void configuration() {
        AutoMergePolicy custom = AutoMergePolicy.forRules(QuickReleaseRules.builder().mainBranch("production")
                .tagFormat(TagFormat.defaults()).build()).withOptInMergeMethod(MergeMethod.REBASE);
        PullRequestFacts.Builder feature = PullRequestFacts.builder().head("feature/x").labels(Set.of("auto-merge"))
                .checks(ChecksState.PASSING).mergeability(Mergeability.MERGEABLE);

        assertThat(custom.decide(feature.base("main").build()))
                .isEqualTo(new MergeDecision.MergeNow(MergeMethod.REBASE, "R-M1: pull request labelled auto-merge "
                        + "(feature/x → main) has passing checks and no conflict: merge it now with rebase"));
        assertThat(custom.decide(feature.base("production").build()).reason()).isEqualTo(
                "R-M1: only release and hotfix pull requests go into production (feature/x → production); this one "
                        + "is never merged automatically");
        assertThatThrownBy(() -> custom.withOptInMergeMethod(MergeMethod.NONE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid merge method \"NONE\": expected MERGE_COMMIT, SQUASH or REBASE");
    }

    @Test
    void facts_need_head_and_base() {
        assertThatThrownBy(() -> PullRequestFacts.builder().base("develop").build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Invalid head \"\": expected a value, not null");
    }
}
