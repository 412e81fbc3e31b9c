package dev.releaserules.core.manifest;

import dev.releaserules.core.version.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generated manifests, with texts chosen to trip YAML quoting. */
final class ManifestArbitraries {
    private ManifestArbitraries() {
    }

    static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.of("@alice", "@john.doe", "true", "no", "yes", "null", "~", "123", "1.5", "0x1F", "1e3",
                        "a: b", "- x", "# not a comment", "'quoted'", "\"dq\"", "two\nlines", " lead", "trail ",
                        "ünïcødé ✅", "feat: Add placement bulk upload endpoint", "[x]", "{y}", "*star", "&amp", "!bang",
                        "%pct", "@", "`tick`", "2024-01-15", "v1.2.3"),
                Arbitraries.strings().alpha().numeric().withChars(" -_.:@#'\"").ofMinLength(1).ofMaxLength(20));
    }

    static Arbitrary<String> optionalTexts() {
        return Arbitraries.oneOf(Arbitraries.just(""), texts());
    }

    static Arbitrary<String> times() {
        return Arbitraries.of("", "2024-01-15T10:00:00Z", "2024-01-14T15:30:00+01:00", "2023-12-31T23:59:59.123Z");
    }

    static Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("-_.").ofMinLength(1).ofMaxLength(12)
                .filter(SafeNames::isSafe);
    }

    static Arbitrary<ManifestVersion> versions() {
        return Combinators.combine(Arbitraries.of("", "v"), Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(0, 30), Arbitraries.integers().between(0, 30),
                Arbitraries.of(List.<String>of(), List.of("rc", "1"), List.of("beta")))
                .as((p, a, b, c, pre) -> new ManifestVersion(p, new Version(a, b, c, pre, List.of())));
    }

    static Arbitrary<SignOff> signOffs() {
        return Arbitraries.oneOf(
                Arbitraries.just(SignOff.pending()),
                Arbitraries.just(SignOff.notRequired()),
                Combinators.combine(optionalTexts(), times()).as(SignOff::approved),
                Combinators.combine(optionalTexts(), times(), texts().filter(t -> !t.isBlank())).as(SignOff::rejected),
                Arbitraries.of("abc1234", "def5678").list().ofMinSize(1).ofMaxSize(2)
                        .map(ids -> new SignOff(SignOffStatus.PENDING, "", "", "", ids)));
    }

    static Arbitrary<Component> component(String name) {
        return Combinators.combine(versions(), versions(), texts().list().ofMaxSize(3), optionalTexts(),
                optionalTexts().list().ofMaxSize(2).map(l -> l.stream().filter(s -> !s.isEmpty()).toList()),
                optionalTexts(), optionalTexts(), signOffs())
                .as((cur, next, changes, reason, authors, team, lead, signOff) -> new Component(name, cur, next,
                        changes, reason, authors, team, lead, signOff, extras().sample()));
    }

    static Arbitrary<ExtraFields> extras() {
        return Combinators.combine(Arbitraries.of("note", "owner", "x_custom"), texts(), Arbitraries.integers().between(0, 2))
                .as((k, v, n) -> n == 0 ? ExtraFields.empty() : ExtraFields.empty().with(k, v));
    }

    static Arbitrary<ScheduleOverride> overrides() {
        return Arbitraries.oneOf(Arbitraries.just(ScheduleOverride.none()),
                Combinators.combine(texts().filter(t -> !t.isBlank()), times().filter(t -> !t.isEmpty()),
                        texts().filter(t -> !t.isBlank()), extras()).as(ScheduleOverride::new));
    }

    static Arbitrary<ReleaseManifest> manifests() {
        Arbitrary<ReleaseHeader> headers = Combinators.combine(
                Combinators.combine(Arbitraries.integers().between(0, 3000), Arbitraries.integers().between(1, 999))
                        .as((d, n) -> ReleaseId.of(LocalDate.of(2024, 1, 1).plusDays(d), n)),
                Arbitraries.of(ReleaseType.class), times(), optionalTexts(), Arbitraries.of(ReleaseStatus.class),
                optionalTexts(), times(), optionalTexts())
                .as((id, type, at, rm, status, rb, rbat, reason) -> new ReleaseHeader(id, type, at, rm, status, rb, rbat,
                        reason, extras().sample()))
                .flatMap(h -> Combinators.combine(optionalTexts(), overrides())
                        .as((description, override) -> h.withDescription(description).withScheduleOverride(override)));
        Arbitrary<List<Component>> components = names().set().ofMaxSize(4)
                .flatMap(set -> {
                    List<Arbitrary<Component>> parts = new ArrayList<>();
                    set.forEach(n -> parts.add(component(n)));
                    return Combinators.combine(parts).as(List::copyOf);
                });
        Arbitrary<ChecklistItem> items = Combinators.combine(texts().filter(t -> !t.isBlank()),
                Arbitraries.of(ChecklistStatus.class), Arbitraries.of(true, false), optionalTexts(), times(), extras())
                .as(ChecklistItem::new).flatMap(i -> times().map(i::due));
        Arbitrary<Approval> approvals = Combinators.combine(texts().filter(t -> !t.isBlank()), optionalTexts(),
                Arbitraries.of(ApprovalStatus.class), times(), extras()).as(Approval::new);
        Arbitrary<DeploymentStep> steps = Combinators.combine(names(), versions(),
                Arbitraries.of(DeploymentStep.Outcome.class), optionalTexts(), times()).as(DeploymentStep::new);
        return Combinators.combine(headers, components, extras(), items.list().ofMaxSize(3),
                approvals.list().ofMaxSize(3), steps.list().ofMaxSize(2), extras())
                .as(ReleaseManifest::new);
    }
}
