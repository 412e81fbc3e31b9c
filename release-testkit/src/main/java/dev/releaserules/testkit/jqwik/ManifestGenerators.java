package dev.releaserules.testkit.jqwik;

import dev.releaserules.core.manifest.Approval;
import dev.releaserules.core.manifest.ApprovalStatus;
import dev.releaserules.core.manifest.ChecklistItem;
import dev.releaserules.core.manifest.ChecklistStatus;
import dev.releaserules.core.manifest.Component;
import dev.releaserules.core.manifest.DeploymentStep;
import dev.releaserules.core.manifest.ExtraFields;
import dev.releaserules.core.manifest.ManifestVersion;
import dev.releaserules.core.manifest.ReleaseHeader;
import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.ReleaseStatus;
import dev.releaserules.core.manifest.ReleaseType;
import dev.releaserules.core.manifest.Roles;
import dev.releaserules.core.manifest.SafeNames;
import dev.releaserules.core.manifest.SignOff;
import dev.releaserules.core.version.Increment;
import dev.releaserules.core.version.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Release manifests shaped like seed 001's: components with team leads, the seed's checklist and
 * role approvals, and a state that fits the status (a release that is approved or further along
 * has every sign-off, required item and approval in).
 */
final class ManifestGenerators {
    static final String RELEASE_MANAGER = "@john.doe";
    static final String OUTSIDER = "@mallory";
    static final List<String> SEED_COMPONENTS = List.of("api", "placement-service", "portal", "workers", "billing",
            "search");
    static final List<String> SEED_ITEMS = List.of(ReleaseManifest.ALL_SIGN_OFFS_ITEM, "Integration tests passing",
            "Performance regression check", "Security scan clean", "Database migrations reviewed",
            "Rollback plan documented", "On-call team notified");
    static final List<List<String>> SEED_APPROVERS = List.of(List.of(Roles.RELEASE_MANAGER, RELEASE_MANAGER),
            List.of(Roles.TECH_LEAD, "@tech-lead"), List.of(Roles.QA_LEAD, "@qa-lead"),
            List.of(Roles.SECURITY, "@security-team"));
    private static final Set<ReleaseStatus> SIGNED = EnumSet.of(ReleaseStatus.APPROVED, ReleaseStatus.DEPLOYING,
            ReleaseStatus.DEPLOYED, ReleaseStatus.ROLLED_BACK);

    private ManifestGenerators() {
    }

    static String lead(String component) {
        return "@" + component + "-lead";
    }

    static Arbitrary<ReleaseManifest> manifests() {
        return Arbitraries.of(ReleaseStatus.class).flatMap(ManifestGenerators::manifests);
    }

    static Arbitrary<ReleaseManifest> manifests(ReleaseStatus status) {
        boolean signed = SIGNED.contains(status);
        boolean fresh = status == ReleaseStatus.DRAFT;
        Arbitrary<List<String>> names = Arbitraries.oneOf(Arbitraries.of(SEED_COMPONENTS),
                        Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("-_.").ofMinLength(1)
                                .ofMaxLength(12).filter(SafeNames::isSafe))
                .list().uniqueElements().ofMinSize(1).ofMaxSize(4);
        Arbitrary<List<Component>> components = names.flatMap(list -> {
            List<Arbitrary<Component>> parts = new ArrayList<>();
            list.forEach(n -> parts.add(component(n, signed, fresh)));
            return Combinators.combine(parts).as(List::copyOf);
        });
        Arbitrary<List<ChecklistItem>> checklist = Arbitraries.of(SEED_ITEMS).list().uniqueElements().ofMaxSize(4)
                .flatMap(items -> {
                    List<Arbitrary<ChecklistItem>> parts = new ArrayList<>();
                    items.forEach(i -> parts.add(item(i, signed, fresh)));
                    return Combinators.combine(parts).as(List::copyOf);
                });
        Arbitrary<List<Approval>> approvals = Arbitraries.of(SEED_APPROVERS).list().uniqueElements().ofMaxSize(4)
                .flatMap(roles -> {
                    List<Arbitrary<Approval>> parts = new ArrayList<>();
                    roles.forEach(r -> parts.add(approval(r.get(0), r.get(1), signed, fresh)));
                    return Combinators.combine(parts).as(List::copyOf);
                });
        Arbitrary<ExtraFields> validation = Arbitraries.of(ExtraFields.empty(),
                ExtraFields.empty().with("integration_tests", "passed").with("security_scan", "passed"),
                ExtraFields.empty().with("staging_deployed", "true").with("performance_tests", "passed"));
        return Combinators.combine(header(status), components, validation, checklist, approvals, extras("notes"))
                .as((h, cs, v, items, as, extra) -> new ReleaseManifest(h, cs, v, items, as,
                        deployment(status, cs, h.scheduledAt()), extra));
    }

    private static Arbitrary<ReleaseHeader> header(ReleaseStatus status) {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 1500).map(d -> LocalDate.of(2024, 1, 1).plusDays(d));
        return Combinators.combine(dates, Arbitraries.integers().between(1, 20), Arbitraries.of(ReleaseType.class),
                        Arbitraries.of("", "10:00:00Z", "09:30:00+01:00"), extras("train"))
                .as((date, seq, type, time, extra) -> {
                    String at = time.isEmpty() ? "" : date + "T" + time;
                    boolean rolled = status == ReleaseStatus.ROLLED_BACK;
                    return new ReleaseHeader(ReleaseId.of(date, seq), type, at, RELEASE_MANAGER, status,
                            rolled ? "@oncall" : "", rolled ? date + "T12:00:00Z" : "",
                            rolled ? "error rate above 5%" : "", extra);
                });
    }

    private static Arbitrary<Component> component(String name, boolean signed, boolean fresh) {
        Arbitrary<Increment> increments = Arbitraries.of(Increment.class).injectNull(0.25);
        Arbitrary<Version> current = Combinators.combine(Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(0, 30), Arbitraries.integers().between(0, 30)).as(Version::of);
        Arbitrary<List<String>> changes = MessageGenerators.nonBreaking().map(m -> m.lines().findFirst().orElse(""))
                .list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<List<String>> authors = Arbitraries.of("@erin", "@frank", "@grace").list().uniqueElements()
                .ofMaxSize(2);
        return Combinators.combine(current, increments, Arbitraries.of("v", ""), changes, authors,
                        signOffs(lead(name), signed, fresh), extras("repository"))
                .as((cur, inc, prefix, subjects, who, signOff, extra) -> {
                    ManifestVersion from = new ManifestVersion(prefix, cur);
                    if (inc == null) {
                        return new Component(name, from, from, List.of(), "", List.of(), name + "-team", "",
                                SignOff.notRequired(), extra);
                    }
                    return new Component(name, from, from.withVersion(cur.next(inc)), subjects,
                            inc.name().toLowerCase(java.util.Locale.ROOT) + ": " + subjects.size() + " change(s)",
                            who, name + "-team", lead(name), signOff, extra);
                });
    }

    private static Arbitrary<SignOff> signOffs(String lead, boolean signed, boolean fresh) {
        Arbitrary<SignOff> approved = Arbitraries.of("2024-01-14T15:30:00Z", "").map(at -> SignOff.approved(lead, at));
        if (signed) {
            return approved;
        }
        if (fresh) {
            return Arbitraries.just(SignOff.pending());
        }
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(SignOff.pending())), Tuple.of(3, approved),
                Tuple.of(1, Arbitraries.of("breaks the mobile layout", "needs a migration review")
                        .map(reason -> SignOff.rejected(lead, "2024-01-14T16:00:00Z", reason))),
                Tuple.of(1, Arbitraries.just(new SignOff(dev.releaserules.core.manifest.SignOffStatus.PENDING, "", "",
                        "", List.of("feed1234")))));
    }

    private static Arbitrary<ChecklistItem> item(String text, boolean signed, boolean fresh) {
        Arbitrary<Boolean> required = text.equals(ReleaseManifest.ALL_SIGN_OFFS_ITEM) ? Arbitraries.just(true)
                : Arbitraries.of(true, false);
        Arbitrary<ChecklistStatus> status = signed ? Arbitraries.just(ChecklistStatus.COMPLETED)
                : fresh ? Arbitraries.just(ChecklistStatus.PENDING) : Arbitraries.of(ChecklistStatus.class);
        return Combinators.combine(required, status, Arbitraries.of("@ci-bot", "@dba-team", RELEASE_MANAGER))
                .as((req, st, by) -> st == ChecklistStatus.COMPLETED
                        ? new ChecklistItem(text, st, req, by, "2024-01-14T09:00:00Z", ExtraFields.empty())
                        : ChecklistItem.pending(text, req));
    }

    private static Arbitrary<Approval> approval(String role, String user, boolean signed, boolean fresh) {
        Arbitrary<ApprovalStatus> status = signed ? Arbitraries.just(ApprovalStatus.APPROVED)
                : fresh ? Arbitraries.just(ApprovalStatus.PENDING) : Arbitraries.of(ApprovalStatus.class);
        return status.map(st -> st == ApprovalStatus.PENDING ? Approval.pending(role, user)
                : Approval.pending(role, user).with(st, user, "2024-01-15T08:00:00Z"));
    }

    private static List<DeploymentStep> deployment(ReleaseStatus status, List<Component> components, String at) {
        if (status != ReleaseStatus.DEPLOYED && status != ReleaseStatus.ROLLED_BACK) {
            return List.of();
        }
        return components.stream().filter(Component::isChanged)
                .map(c -> new DeploymentStep(c.name(), c.newVersion(), DeploymentStep.Outcome.DEPLOYED, "", at))
                .toList();
    }

    /** Sometimes one field the library does not model, which must survive a read and a write. */
    private static Arbitrary<ExtraFields> extras(String name) {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(ExtraFields.empty())),
                Tuple.of(1, Arbitraries.of("weekly", "acme/" + name, "it's kept", "ünïcødé ✅")
                        .map(v -> ExtraFields.empty().with("x_" + name, v))));
    }
}
