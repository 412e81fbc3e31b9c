package dev.releaserules.core.hosting;

import dev.releaserules.core.Rule;
import dev.releaserules.core.spi.PullRequest.MergeMethod;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Every message of the hosting rules, in one place so tests can assert on them. */
final class Messages {
    static final String MERGE_METHOD = "MERGE_COMMIT, SQUASH or REBASE";
    static final String UPDATE_TITLE = "a title such as \"Bump name from 1.2.3 to 1.3.0\"";
    static final String BACKPORT = "backport pull request";
    static final String OPTED_IN = "pull request labelled auto-merge";

    private Messages() {
    }

    static String dependency(UpdateDelta delta) {
        return "dependency update (" + delta.name().toLowerCase(Locale.ROOT) + ")";
    }

    private static String branches(PullRequestFacts pr) {
        return " (" + pr.head() + " → " + pr.base() + ")";
    }

    static String releaseOrHotfix(PullRequestFacts pr) {
        return Rule.R_M1.id() + ": release and hotfix pull requests" + branches(pr) + " are never merged automatically; "
                + "a person merges them after QA, with a merge commit (no squash or rebase)";
    }

    static String productionBranch(PullRequestFacts pr, String main) {
        return Rule.R_M1.id() + ": only release and hotfix pull requests go into " + main + branches(pr)
                + "; this one is never merged automatically";
    }

    static String majorUpdate(PullRequestFacts pr) {
        return Rule.R_M1.id() + ": major dependency update" + branches(pr) + " is never merged automatically; review it";
    }

    static String unknownUpdate(PullRequestFacts pr) {
        return Rule.R_M1.id() + ": the size of the dependency update" + branches(pr) + " is unknown, so it is never merged "
                + "automatically; only patch and minor updates are";
    }

    static String notOptedIn(PullRequestFacts pr) {
        return Rule.R_M1.id() + ": pull request" + branches(pr) + " is not labelled auto-merge; a person merges it";
    }

    static String waiting(String kind, PullRequestFacts pr, Set<MergeDecision.WaitingFor> waiting) {
        String what = EnumSet.copyOf(waiting).stream().map(Messages::describe).collect(Collectors.joining(", "));
        return Rule.R_M1.id() + ": " + kind + branches(pr) + " merges automatically once " + what;
    }

    static String mergeNow(String kind, PullRequestFacts pr, MergeMethod method) {
        return Rule.R_M1.id() + ": " + kind + branches(pr) + " has passing checks and no conflict: merge it now with "
                + describe(method);
    }

    private static String describe(MergeDecision.WaitingFor waitingFor) {
        switch (waitingFor) {
            case CHECKS_TO_FINISH:
                return "its checks finish and pass";
            case FAILING_CHECKS_FIXED:
                return "its failing checks are fixed";
            case CONFLICT_RESOLVED:
                return "its conflict is resolved";
            default:
                return "the host knows it merges cleanly";
        }
    }

    private static String describe(MergeMethod method) {
        switch (method) {
            case MERGE_COMMIT:
                return "a merge commit";
            case SQUASH:
                return "squash";
            default:
                return "rebase";
        }
    }

    static final String CHECKS_FAILED = "passing checks (some failed)";
    static final String CHECKS_PENDING = "passing checks (still running or none reported)";
    static final String MERGEABILITY_UNKNOWN = "a known mergeability (the host has not computed it yet; ask again)";

    private static String handles(Set<String> people) {
        return String.join(", ", new java.util.TreeSet<>(people));
    }

    static String techLeadMissing(Set<String> techLeads) {
        return "an approving review from a tech lead (" + handles(techLeads) + ")";
    }

    static String onCallMissing(Set<String> onCall) {
        return "an approving review from the on-call engineer (" + handles(onCall) + ")";
    }

    static String samePerson(String who) {
        return "a second person: " + who + " approved as both tech lead and on-call";
    }

    static String notOpen(int number, String state) {
        return "an open pull request (#" + number + " is " + state + ")";
    }

    static String qaMissing(Set<String> qa) {
        return qa.isEmpty() ? "an approving review (QA)" : "an approving review from QA (" + handles(qa) + ")";
    }

    static String conflicts(String base) {
        return "no merge conflicts (it conflicts with " + base + ")";
    }

    static String stagingMissing(String label) {
        return "staging validated (label " + label + ")";
    }
}
