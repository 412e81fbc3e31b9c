package dev.releaserules.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.releaserules.core.commit.Commit;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Label;

class ReleaseDeskProperties {
    static final List<String> USERS = List.of("@alice", "@bob", "@carol", "@tech-lead", "@john.doe", "@qa-lead",
            "@security-team", "@mallory", "@dave");
    static final List<String> COMPONENTS = List.of("api", "placement-service", "portal", "workers", "ghost");
    static final List<String> ROLES = List.of("Release Manager", "Tech Lead", "QA Lead", "Security", "CEO");
    static final java.util.Map<String, String> LEADS = java.util.Map.of("api", "@alice", "placement-service", "@bob",
            "portal", "@carol");
    static final java.util.Map<String, String> APPROVERS = java.util.Map.of("Release Manager", "@john.doe",
            "Tech Lead", "@tech-lead", "QA Lead", "@qa-lead", "Security", "@security-team");
    static final List<String> COMMENTS = List.of("/approve", "/reject broken", "/reject", "> /approve", "hi /approve",
            "```\n/approve\n```");

    final ReleaseDesk desk = ReleaseDesk.builder()
            .clock(Clock.fixed(Instant.parse("2024-01-15T09:00:00Z"), ZoneOffset.UTC))
            .policy(SignOffPolicy.builder().delegate("portal", "@dave").fourEyes(true).build())
            .build();

    /** One command someone might send, by anyone, in any state. */
    record Step(String label, BiFunction<ReleaseDesk, ReleaseManifest, ManifestUpdate> run) {
        @Override
        public String toString() {
            return label;
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<String> users = Arbitraries.of(USERS);
        Arbitrary<String> components = Arbitraries.of(COMPONENTS);
        // Mostly the people who may act, so that random runs do reach approved and deploying.
        Arbitrary<Step> comment = components.flatMap(c -> Combinators.combine(
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.just(LEADS.getOrDefault(c, "@mallory"))),
                        net.jqwik.api.Tuple.of(1, users)),
                Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.just("/approve")),
                        net.jqwik.api.Tuple.of(2, Arbitraries.of(COMMENTS))))
                .as((u, text) -> new Step(u + " comments " + text + " on " + c, (d, m) -> d.comment(m, c, u, text))));
        Arbitrary<Step> withdraw = Combinators.combine(components, users)
                .as((c, u) -> new Step(u + " withdraws " + c, (d, m) -> d.withdrawRejection(m, c, u)));
        Arbitrary<Step> approve = Arbitraries.of(ROLES).flatMap(r -> Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(APPROVERS.getOrDefault(r, "@mallory"))),
                net.jqwik.api.Tuple.of(1, users))
                .map(u -> new Step(u + " approves as " + r, (d, m) -> d.approve(m, r, u))));
        Arbitrary<Step> complete = Combinators.combine(Arbitraries.of("All team sign-offs received",
                "On-call team notified", "Security scan clean"), users)
                .as((i, u) -> new Step(u + " completes " + i, (d, m) -> d.complete(m, i, u)));
        Arbitrary<Step> move = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(ReleaseStatus.APPROVED, ReleaseStatus.DEPLOYING)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(ReleaseStatus.class)))
                .map(s -> new Step("move to " + s.wireName(), (d, m) -> moveOrRefuse(d, m, s)));
        Arbitrary<Step> commits = components.map(c -> new Step("new commit on " + c,
                (d, m) -> d.newCommits(m, c, List.of(Commit.of("feed123", "fix: late", "@erin", Instant.EPOCH)))));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, comment), net.jqwik.api.Tuple.of(1, withdraw), net.jqwik.api.Tuple.of(3, approve),
                net.jqwik.api.Tuple.of(2, complete), net.jqwik.api.Tuple.of(3, move), net.jqwik.api.Tuple.of(1, commits))
                .list().ofMaxSize(30);
    }

    /** Random commands with the steps of a correct release woven in, in order, at random places. */
    @Provide
    Arbitrary<List<Step>> wovenSteps() {
        List<Step> happy = List.of(
                new Step("@alice comments /approve on api", (d, m) -> d.comment(m, "api", "@alice", "/approve")),
                new Step("@john.doe completes on-call", (d, m) -> d.complete(m, "On-call team notified", "@john.doe")),
                new Step("@tech-lead approves", (d, m) -> d.approve(m, "Tech Lead", "@tech-lead")),
                new Step("move to approved", (d, m) -> moveOrRefuse(d, m, ReleaseStatus.APPROVED)),
                new Step("move to deploying", (d, m) -> moveOrRefuse(d, m, ReleaseStatus.DEPLOYING)));
        return Combinators.combine(steps(), Arbitraries.integers().between(0, 30).list().ofSize(happy.size()))
                .as((noise, positions) -> {
                    List<Integer> at = positions.stream().map(p -> Math.min(p, noise.size())).sorted().toList();
                    List<Step> out = new java.util.ArrayList<>();
                    int h = 0;
                    for (int i = 0; i <= noise.size(); i++) {
                        while (h < at.size() && at.get(h) == i) {
                            out.add(happy.get(h++));
                        }
                        if (i < noise.size()) {
                            out.add(noise.get(i));
                        }
                    }
                    return List.copyOf(out);
                });
    }

    static ManifestUpdate moveOrRefuse(ReleaseDesk d, ReleaseManifest m, ReleaseStatus s) {
        try {
            return d.transition(m, s, "@john.doe");
        } catch (IllegalTransitionException e) {
            return ManifestUpdate.refused(m, e.getMessage());
        }
    }

    @Property(tries = 200)
    @Label("R-SO2 no sequence of commands reaches deploying without every required sign-off and approval")
    void deploying_needs_every_sign_off_and_approval(@ForAll("wovenSteps") List<Step> steps) {
        ReleaseManifest m = Seeds.seed();
        boolean reached = false;
        for (Step step : steps) {
            m = step.run().apply(desk, m).manifest();
            if (m.status() == ReleaseStatus.DEPLOYING) {
                reached = true;
                assertThat(m.components()).allSatisfy(c -> assertThat(c.signOff().status())
                        .isIn(SignOffStatus.APPROVED, SignOffStatus.NOT_REQUIRED));
                assertThat(m.approvals()).allSatisfy(a -> assertThat(a.status()).isEqualTo(ApprovalStatus.APPROVED));
                assertThat(m.readiness().isReady()).isTrue();
            }
        }
        Statistics.label("reached deploying").collect(reached);
        Statistics.label("reached deploying").coverage(c -> c.check(true).percentage(p -> p > 10));
    }

    @Property(tries = 200)
    @Label("R-SO1 unauthorised commands never change a manifest")
    void unauthorised_commands_change_nothing(@ForAll("steps") List<Step> steps,
            @ForAll("outsiders") String outsider, @ForAll("outsiderCommands") String comment) {
        ReleaseManifest m = Seeds.seed();
        for (Step step : steps) {
            m = step.run().apply(desk, m).manifest();
        }
        for (String component : COMPONENTS) {
            ManifestUpdate signed = desk.comment(m, component, outsider, comment);
            ManifestUpdate withdrawn = desk.withdrawRejection(m, component, outsider);
            assertThat(signed.isAccepted()).isFalse();
            assertThat(signed.manifest()).isEqualTo(m);
            assertThat(withdrawn.isAccepted()).isFalse();
            assertThat(withdrawn.manifest()).isEqualTo(m);
        }
        for (String role : ROLES) {
            ManifestUpdate approved = desk.approve(m, role, outsider);
            assertThat(approved.isAccepted()).isFalse();
            assertThat(approved.manifest()).isEqualTo(m);
            assertThat(approved.events()).isEmpty();
        }
    }

    @Provide
    Arbitrary<String> outsiders() {
        return Arbitraries.of("@mallory", "@erin", "@intern", "@alice-bot", "@ALICE");
    }

    @Provide
    Arbitrary<String> outsiderCommands() {
        return Arbitraries.of("/approve", "/reject nope", "> /approve");
    }
}
