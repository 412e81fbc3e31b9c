package dev.releaserules.core.commit;

import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.version.Increment;
import dev.releaserules.core.version.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which version a set of commits calls for, and why: the current version and one reason per commit
 * that calls for an increment. Commits that call for none (merges, reverts, non-conventional
 * messages, types without a bump) have no reason.
 *
 * @param current the version the commits are measured from
 * @param reasons one reason per commit that calls for an increment, in the order of the commits
 */
public record BumpRecommendation(Version current, List<BumpReason> reasons) {

    /** Validates and copies the parts. */
    public BumpRecommendation {
        Checks.notNull(current, "current version");
        reasons = Checks.listCopy(reasons, "reasons");
    }

    /**
     * The increment the commits call for: the most significant increment of the reasons.
     *
     * @return the increment, or empty when no commit calls for a release
     */
    public Optional<Increment> increment() {
        return reasons.stream().map(BumpReason::increment).reduce(Increment::max);
    }

    /**
     * The version the commits call for.
     *
     * @return {@code current.next(increment)}, or {@code current} when no commit calls for a release
     * @throws dev.releaserules.core.InvalidInputException when the incremented number would not fit
     */
    public Version nextVersion() {
        return increment().map(current::next).orElse(current);
    }

    /**
     * The reasons that drove the chosen increment: those whose increment equals {@link #increment()}.
     *
     * @return the driving reasons in commit order; empty when no commit calls for a release
     */
    public List<BumpReason> drivers() {
        Optional<Increment> chosen = increment();
        return reasons.stream().filter(r -> chosen.isPresent() && r.increment() == chosen.get()).toList();
    }

    /**
     * Says why this version, in one line: the step, then each kind of change with its count, most
     * significant first, naming the commits that drove the chosen increment, for example
     * {@code 2.1.1 → 3.0.0 (major): 1 breaking change (a1b2c3d feat(api)!: drop v1 endpoints), 2 features, 1 fix}.
     *
     * @return the explanation
     */
    public String explain() {
        Optional<Increment> chosen = increment();
        StringBuilder out = new StringBuilder()
                .append(current).append(Messages.ARROW).append(nextVersion())
                .append(" (").append(chosen.map(Messages::incrementName).orElse(Messages.NO_INCREMENT)).append("): ");
        if (chosen.isEmpty()) {
            return out.append(Messages.NO_BUMP).toString();
        }
        Map<String, List<BumpReason>> groups = new LinkedHashMap<>();
        List<BumpReason> ordered = new ArrayList<>(reasons);
        ordered.sort(Comparator.comparing(BumpReason::increment).reversed());
        for (BumpReason reason : ordered) {
            groups.computeIfAbsent(reason.why(), why -> new ArrayList<>()).add(reason);
        }
        List<String> parts = new ArrayList<>();
        boolean breakingAsMinor = false;
        for (Map.Entry<String, List<BumpReason>> group : groups.entrySet()) {
            List<BumpReason> members = group.getValue();
            StringBuilder part = new StringBuilder(Messages.count(members.size(), group.getKey()));
            List<String> drivers = new ArrayList<>();
            for (BumpReason member : members) {
                if (member.increment() == chosen.get()) {
                    drivers.add(member.commit().shortId() + " " + member.commit().message().subject());
                }
                breakingAsMinor |= member.why().equals(Messages.BREAKING_CHANGE) && member.increment() != Increment.MAJOR;
            }
            if (!drivers.isEmpty()) {
                part.append(" (").append(String.join("; ", drivers)).append(')');
            }
            parts.add(part.toString());
        }
        out.append(String.join(", ", parts));
        if (breakingAsMinor) {
            out.append("; ").append(Messages.BREAKING_AS_MINOR);
        }
        return out.toString();
    }
}
