package dev.releaserules.core.hosting;

import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.Review;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Who approves a pull request now: each reviewer's last approving or blocking review counts. */
final class Approvers {
    private Approvers() {
    }

    /**
     * The reviewers whose latest deciding review (approved, changes requested or dismissed) is an
     * approval, in the host's spelling, sorted. Comments do not change a decision.
     */
    static Set<String> of(List<Review> reviews) {
        Map<String, Review> latest = new LinkedHashMap<>();
        for (Review review : Checks.listCopy(reviews, "reviews")) {
            if (review.state() == Review.State.APPROVED || review.state() == Review.State.CHANGES_REQUESTED
                    || review.state() == Review.State.DISMISSED) {
                Review before = latest.get(key(review.author()));
                if (before == null || !review.submittedAt().isBefore(before.submittedAt())) {
                    latest.put(key(review.author()), review);
                }
            }
        }
        Set<String> out = new TreeSet<>();
        latest.values().stream().filter(r -> r.state() == Review.State.APPROVED).forEach(r -> out.add(r.author()));
        return out;
    }

    /** A handle compared without its {@code @} and case, as hosts spell logins either way. */
    static String key(String login) {
        String trimmed = login.strip();
        return (trimmed.startsWith("@") ? trimmed.substring(1) : trimmed).toLowerCase(Locale.ROOT);
    }
}
