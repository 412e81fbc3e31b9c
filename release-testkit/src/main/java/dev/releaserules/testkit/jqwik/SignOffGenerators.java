package dev.releaserules.testkit.jqwik;

import dev.releaserules.core.manifest.Approval;
import dev.releaserules.core.manifest.ChecklistItem;
import dev.releaserules.core.manifest.CommentCommand;
import dev.releaserules.core.manifest.Component;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.ReleaseStatus;
import dev.releaserules.core.manifest.Roles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Sign-off commands, comments and sequences of desk steps; chat commands for the release bot. */
final class SignOffGenerators {
    private static final List<String> REASONS = List.of("breaks the mobile layout", "needs a migration review",
            "tests are red", "see https://ci.example.com/run/42", "nicht fertig", "🚫 blocked");

    private SignOffGenerators() {
    }

    static Arbitrary<CommentCommand> commands() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(new CommentCommand.Approve())),
                Tuple.of(2, Arbitraries.of(REASONS).map(CommentCommand.Reject::new)),
                Tuple.of(1, Arbitraries.of("/reject needs a reason", "no sign-off command found")
                        .map(CommentCommand.Invalid::new)));
    }

    /** Comments whose first command counts: an approval or a rejection with a reason. */
    static Arbitrary<String> counting() {
        Arbitrary<String> approvals = Arbitraries.of("/approve", "/approve LGTM", "   /approve", "/approve\t",
                "Looks good to me.\n/approve", "> is it ready?\n\n/approve", "/approve\r\n", "/approve\n/reject later");
        Arbitrary<String> rejections = Combinators.combine(Arbitraries.of("/reject ", "  /reject ", "Sorry.\n/reject "),
                Arbitraries.of(REASONS)).as((prefix, reason) -> prefix + reason);
        return Arbitraries.oneOf(approvals, rejections);
    }

    /** Comments that hold a command only in places where it never counts, or no command at all. */
    static Arbitrary<String> decoys() {
        return Arbitraries.of("> /approve", ">/approve", "> /reject no", "```\n/approve\n```", "~~~\n/reject no\n~~~",
                "    /approve", "\t/approve", "please /approve", "/approved", "/approve-all", "/rejected it",
                "/APPROVE", "LGTM", "", "  ", "```\n/approve", "Quoting:\n> /approve\n\nthanks");
    }

    static Arbitrary<String> comments() {
        return Arbitraries.frequencyOf(Tuple.of(3, counting()), Tuple.of(2, decoys()),
                Tuple.of(1, Arbitraries.of("/reject", "/reject   ")));
    }

    /**
     * Steps on a manifest, mostly by the people who may take them (so random runs do reach
     * {@code approved} and {@code deploying}) and sometimes by anyone.
     */
    static Arbitrary<List<SignOffStep>> sequences(ReleaseManifest manifest, int maxSize) {
        String manager = manifest.release().releaseManager().isEmpty() ? ManifestGenerators.RELEASE_MANAGER
                : manifest.release().releaseManager();
        Set<String> people = new LinkedHashSet<>();
        List<String> components = new ArrayList<>();
        for (Component c : manifest.components()) {
            components.add(c.name());
            if (!c.teamLead().isEmpty()) {
                people.add(c.teamLead());
            }
        }
        components.add("ghost");
        List<String> roles = new ArrayList<>();
        for (Approval a : manifest.approvals()) {
            roles.add(a.role());
            if (!a.user().isEmpty()) {
                people.add(a.user());
            }
        }
        roles.add("CEO");
        List<String> items = new ArrayList<>(manifest.checklist().stream().map(ChecklistItem::item).toList());
        items.add("Unknown item");
        people.add(manager);
        people.add(ManifestGenerators.OUTSIDER);
        Arbitrary<String> anyone = Arbitraries.of(List.copyOf(people));

        Arbitrary<SignOffStep> comment = Arbitraries.of(components).flatMap(c -> Combinators.combine(
                        Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(leadOf(manifest, c))), Tuple.of(1, anyone)),
                        Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just("/approve")), Tuple.of(2, comments())))
                .as((user, text) -> new SignOffStep.Comment(c, user, text)));
        Arbitrary<SignOffStep> withdraw = Combinators.combine(Arbitraries.of(components),
                Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just("")), Tuple.of(1, anyone)))
                .as((c, user) -> new SignOffStep.Withdraw(c, user.isEmpty() ? leadOf(manifest, c) : user));
        Arbitrary<SignOffStep> approve = Arbitraries.of(roles).flatMap(role -> Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.just(approverOf(manifest, role, manager))), Tuple.of(1, anyone))
                .map(user -> new SignOffStep.Approve(role, user)));
        Arbitrary<SignOffStep> complete = Combinators.combine(Arbitraries.of(items), anyone)
                .as(SignOffStep.Complete::new);
        Arbitrary<SignOffStep> move = Combinators.combine(Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.of(ReleaseStatus.PENDING_APPROVAL, ReleaseStatus.APPROVED,
                                ReleaseStatus.DEPLOYING)),
                        Tuple.of(1, Arbitraries.of(ReleaseStatus.class))),
                Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(manager)), Tuple.of(1, anyone)))
                .as(SignOffStep.Move::new);
        Arbitrary<List<SignOffStep>> random = Arbitraries.frequencyOf(Tuple.of(4, comment), Tuple.of(1, withdraw),
                Tuple.of(3, approve), Tuple.of(2, complete), Tuple.of(3, move)).list().ofMaxSize(maxSize);
        List<SignOffStep> happy = happyPath(manifest, manager);
        // Random steps alone rarely get a release through every guard, so half the sequences carry the
        // steps of a correct release, in order, at random places among the random ones.
        Arbitrary<List<SignOffStep>> woven = Combinators.combine(random,
                        Arbitraries.integers().between(0, maxSize).list().ofSize(happy.size()))
                .as((steps, positions) -> {
                    List<Integer> sorted = new ArrayList<>(positions);
                    java.util.Collections.sort(sorted);
                    List<SignOffStep> out = new ArrayList<>(steps);
                    for (int i = 0; i < happy.size(); i++) {
                        out.add(Math.min(sorted.get(i) + i, out.size()), happy.get(i));
                    }
                    return List.copyOf(out);
                });
        return Arbitraries.oneOf(random, woven);
    }

    /** What the people a manifest names do to get it deployed, in order. */
    private static List<SignOffStep> happyPath(ReleaseManifest manifest, String manager) {
        List<SignOffStep> steps = new ArrayList<>();
        steps.add(new SignOffStep.Move(ReleaseStatus.PENDING_APPROVAL, manager));
        for (Component c : manifest.components()) {
            if (c.signOff().isOutstanding()) {
                steps.add(new SignOffStep.Comment(c.name(), leadOf(manifest, c.name()), "/approve"));
            }
        }
        for (ChecklistItem item : manifest.checklist()) {
            if (!item.item().equals(ReleaseManifest.ALL_SIGN_OFFS_ITEM)) {
                steps.add(new SignOffStep.Complete(item.item(), manager));
            }
        }
        for (Approval a : manifest.approvals()) {
            steps.add(new SignOffStep.Approve(a.role(), approverOf(manifest, a.role(), manager)));
        }
        steps.add(new SignOffStep.Move(ReleaseStatus.APPROVED, manager));
        steps.add(new SignOffStep.Move(ReleaseStatus.DEPLOYING, manager));
        return List.copyOf(steps);
    }

    private static String leadOf(ReleaseManifest manifest, String component) {
        return manifest.findComponent(component).map(Component::teamLead).filter(l -> !l.isEmpty())
                .orElse(ManifestGenerators.OUTSIDER);
    }

    private static String approverOf(ReleaseManifest manifest, String role, String manager) {
        if (Roles.same(role, Roles.RELEASE_MANAGER)) {
            return manager;
        }
        return manifest.findApproval(role).map(Approval::user).filter(u -> !u.isEmpty())
                .orElse(ManifestGenerators.OUTSIDER);
    }

    /** What people type to the release bot: its commands with real and made-up arguments, and noise. */
    static Arbitrary<String> botTexts() {
        Arbitrary<String> components = Arbitraries.of("api", "portal", "workers", "ghost", "../etc", "");
        Arbitrary<String> commands = Arbitraries.oneOf(
                Arbitraries.of("/release create", "/release status", "/release approve", "/release deploy",
                        "/release deploy --apply", "/release deploy --dry-run", "/release help", "/release",
                        "/release rollback", "/release frobnicate", "/RELEASE status", "release status",
                        "/release  deploy   --apply", "/release deploy --apply --apply", "/release create extra"),
                components.map(c -> ("/release signoff " + c).strip()),
                Arbitraries.of(REASONS).map(r -> "/release rollback " + r));
        Arbitrary<String> words = Arbitraries.of("/release", "create", "status", "signoff", "approve", "deploy",
                "rollback", "help", "--apply", "--dry-run", "api", "portal", "workers", "../x", "\n", "\t", "/approve");
        Arbitrary<String> commandLike = Arbitraries.oneOf(words, Arbitraries.strings().ofMaxLength(12))
                .list().ofMaxSize(5).map(parts -> String.join(" ", parts));
        return Arbitraries.frequencyOf(Tuple.of(3, commands), Tuple.of(2, commandLike),
                Tuple.of(1, Arbitraries.strings().ofMaxLength(60)));
    }
}
