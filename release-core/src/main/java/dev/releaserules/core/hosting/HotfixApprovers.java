package dev.releaserules.core.hosting;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.Review;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who must approve a hotfix before it goes to production (R-HF2): a tech lead and the on-call
 * engineer, two different people, each with an approving review of the hotfix pull request. With
 * {@link #notRequired()} (the default of the flow's rules) no approval is checked.
 *
 * <pre>{@code
 * HotfixApprovers approvers = HotfixApprovers.of(Set.of("@lead"), Set.of("@oncall"));
 * HotfixApproval approval = approvers.check(hosting.reviews(42));   // approval.missing() says who is missing
 * }</pre>
 *
 * @param techLeads the tech leads' handles (with or without {@code @}; compared ignoring case)
 * @param onCall the on-call engineers' handles
 */
public record HotfixApprovers(Set<String> techLeads, Set<String> onCall) {

    /** Validates and copies the sets; both empty (not required) or both non-empty. */
    public HotfixApprovers {
        techLeads = Set.copyOf(Checks.listCopy(techLeads, "techLeads"));
        onCall = Set.copyOf(Checks.listCopy(onCall, "onCall"));
        if (techLeads.isEmpty() != onCall.isEmpty()) {
            throw new InvalidInputException("hotfix approvers", "tech leads " + new TreeSet<>(techLeads)
                    + ", on-call " + new TreeSet<>(onCall), "both roles named, or neither (approval not required)");
        }
        techLeads.forEach(h -> Checks.notBlank(h, "tech lead"));
        onCall.forEach(h -> Checks.notBlank(h, "on-call"));
    }

    /**
     * No approval required.
     *
     * @return approvers with both roles empty
     */
    public static HotfixApprovers notRequired() {
        return new HotfixApprovers(Set.of(), Set.of());
    }

    /**
     * The people who may approve a hotfix in each role.
     *
     * @param techLeads the tech leads, not empty
     * @param onCall the on-call engineers, not empty
     * @return the approvers
     * @throws InvalidInputException when a role is empty
     */
    public static HotfixApprovers of(Set<String> techLeads, Set<String> onCall) {
        if (Checks.notNull(techLeads, "techLeads").isEmpty() || Checks.notNull(onCall, "onCall").isEmpty()) {
            throw new InvalidInputException("hotfix approvers", "tech leads " + techLeads + ", on-call " + onCall,
                    "at least one tech lead and one on-call engineer");
        }
        return new HotfixApprovers(techLeads, onCall);
    }

    /**
     * Whether approvals are checked at all.
     *
     * @return false for {@link #notRequired()}
     */
    public boolean required() {
        return !techLeads.isEmpty();
    }

    /**
     * What the reviews of a hotfix pull request say about its approval.
     *
     * @param reviews the pull request's reviews, oldest first
     * @return the approval, with what is missing
     */
    public HotfixApproval check(List<Review> reviews) {
        Set<String> approved = Approvers.of(reviews);
        List<String> leads = approved.stream().filter(a -> in(techLeads, a)).toList();
        List<String> onCalls = approved.stream().filter(a -> in(onCall, a)).toList();
        List<String> missing = new ArrayList<>();
        if (!required()) {
            return new HotfixApproval(leads, onCalls, missing);
        }
        if (leads.isEmpty()) {
            missing.add(Messages.techLeadMissing(techLeads));
        }
        if (onCalls.isEmpty()) {
            missing.add(Messages.onCallMissing(onCall));
        }
        if (missing.isEmpty() && leads.size() == 1 && onCalls.size() == 1
                && Approvers.key(leads.get(0)).equals(Approvers.key(onCalls.get(0)))) {
            missing.add(Messages.samePerson(leads.get(0)));
        }
        return new HotfixApproval(leads, onCalls, missing);
    }

    private static boolean in(Set<String> role, String login) {
        return role.stream().anyMatch(h -> Approvers.key(h).equals(Approvers.key(login)));
    }
}
