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
 * Which version a set of commits calls for, and why: the current version, one reason per commit
 * that calls for an increment and, when the rules read them, the {@code Release-As:} footer that
 * sets the version outright. Commits that call for none (merges, reverts, non-conventional
 * messages, types without a bump) have no reason.
 *
 * <p>The {@code releaseAs} component is an {@code Optional} (so the canonical constructor takes one,
 * an exception to this library's habit) because a recommendation without a footer must still never
 * answer {@code null}; the two-part constructor makes one without.
 *
 * @param current the version the commits are measured from
 * @param reasons one reason per commit that calls for an increment, in the order of the commits
 * @param releaseAs the footer that sets the next version, if any; its version is greater than
 *     {@code current}
 */
public record BumpRecommendation(Version current, List<BumpReason> reasons, Optional<ReleaseAs> releaseAs) {

    /**
     * Validates and copies the parts.
     *
     * @throws ReleaseAsException when the footer's version is not greater than {@code current}
     */
    public BumpRecommendation {
        Checks.notNull(current, "current version");
        reasons = Checks.listCopy(reasons, "reasons");
        Checks.notNull(releaseAs, "Release-As");
        if (releaseAs.isPresent() && releaseAs.get().version().compareTo(current) <= 0) {
            Commit commit = releaseAs.get().commit();
            throw new ReleaseAsException(commit.id(), commit.shortId(), releaseAs.get().version(), current);
        }
    }

    /**
     * A recommendation from the commit types alone, with no {@code Release-As:} footer.
     *
     * @param current the version the commits are measured from
     * @param reasons one reason per commit that calls for an increment
     */
    public BumpRecommendation(Version current, List<BumpReason> reasons) {
        this(current, reasons, Optional.empty());
    }

    /**
     * The increment the commits call for: the most significant increment of the reasons; with a
     * {@code Release-As:} footer, the most significant number in which its version differs from the
     * current one ({@code 1.2.0} to {@code 3.0.0} is major; a version equal in its numbers, such as
     * {@code 2.0.0} after {@code 2.0.0-rc.1}, is patch).
     *
     * @return the increment, or empty when no commit calls for a release
     */
    public Optional<Increment> increment() {
        if (releaseAs.isPresent()) {
            Version to = releaseAs.get().version();
            return Optional.of(to.major() != current.major() ? Increment.MAJOR
                    : to.minor() != current.minor() ? Increment.MINOR : Increment.PATCH);
        }
        return reasons.stream().map(BumpReason::increment).reduce(Increment::max);
    }

    /**
     * The version the commits call for.
     *
     * @return the {@code Release-As:} footer's version when there is one, else
     *     {@code current.next(increment)}, or {@code current} when no commit calls for a release
     * @throws dev.releaserules.core.InvalidInputException when the incremented number would not fit
     */
    public Version nextVersion() {
        if (releaseAs.isPresent()) {
            return releaseAs.get().version();
        }
        return increment().map(current::next).orElse(current);
    }

    /**
     * The reasons that drove the chosen increment: those whose increment equals {@link #increment()}.
     * With a {@code Release-As:} footer the footer drives the version, and no reason does.
     *
     * @return the driving reasons in commit order; empty when no commit calls for a release
     */
    public List<BumpReason> drivers() {
        if (releaseAs.isPresent()) {
            return List.of();
        }
        Optional<Increment> chosen = increment();
        return reasons.stream().filter(r -> chosen.isPresent() && r.increment() == chosen.get()).toList();
    }

    /**
     * Says why this version, in one line: the step, then each kind of change with its count, most
     * significant first, naming the commits that drove the chosen increment, for example
     * {@code 2.1.1 → 3.0.0 (major): 1 breaking change (a1b2c3d feat(api)!: drop v1 endpoints), 2 features, 1 fix}.
     * A {@code Release-As:} footer takes the step's place and names its commit:
     * {@code 2.1.1 → 4.0.0 (Release-As in a1b2c3d): 2 features, 1 fix}.
     *
     * @return the explanation
     */
    public String explain() {
        Optional<Increment> chosen = increment();
        String step = releaseAs.map(r -> Messages.releaseAsIn(r.commit().shortId()))
                .orElseGet(() -> chosen.map(Messages::incrementName).orElse(Messages.NO_INCREMENT));
        StringBuilder out = new StringBuilder()
                .append(current).append(Messages.ARROW).append(nextVersion()).append(" (").append(step).append("): ");
        if (reasons.isEmpty()) {
            return out.append(releaseAs.isPresent() ? Messages.NO_OTHER_BUMP : Messages.NO_BUMP).toString();
        }
        Map<String, List<BumpReason>> groups = new LinkedHashMap<>();
        List<BumpReason> ordered = new ArrayList<>(reasons);
        ordered.sort(Comparator.comparing(BumpReason::increment).reversed());
        for (BumpReason reason : ordered) {
            groups.computeIfAbsent(reason.why(), why -> new ArrayList<>()).add(reason);
        }
        List<BumpReason> driving = drivers();
        List<String> parts = new ArrayList<>();
        boolean breakingAsMinor = false;
        for (Map.Entry<String, List<BumpReason>> group : groups.entrySet()) {
            List<BumpReason> members = group.getValue();
            StringBuilder part = new StringBuilder(Messages.count(members.size(), group.getKey()));
            List<String> drivers = new ArrayList<>();
            for (BumpReason member : members) {
                if (driving.contains(member)) {
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
