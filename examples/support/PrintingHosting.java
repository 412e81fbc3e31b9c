// Shared by the example scripts through //SOURCES support/PrintingHosting.java: the offline code host.

import dev.releaserules.core.hosting.ChecksState;
import dev.releaserules.core.hosting.Mergeability;
import dev.releaserules.core.spi.HostRelease;
import dev.releaserules.core.spi.Comment;
import dev.releaserules.core.spi.Hosting;
import dev.releaserules.core.spi.Issue;
import dev.releaserules.core.spi.NewIssue;
import dev.releaserules.core.spi.NewPullRequest;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.PullRequestStatus;
import dev.releaserules.core.spi.Review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A hosting port for running without a code host (--host printing): prints the pull requests and
 * issues it would open, the labels and comments it would add and the workflows it would trigger,
 * and remembers the pull requests and issues of this run only.
 */
public final class PrintingHosting implements Hosting {
    private final List<PullRequest> pullRequests = new ArrayList<>();
    private final List<Issue> issues = new ArrayList<>();

    @Override
    public PullRequest openPullRequest(NewPullRequest request) {
        PullRequest pr = new PullRequest(pullRequests.size() + 1, request.title(), request.body(), request.head(),
                request.base(), new TreeSet<>(request.labels()), PullRequest.State.OPEN, "", PullRequest.MergeMethod.NONE);
        pullRequests.add(pr);
        System.out.println("[hosting] would open pull request: " + request.head() + " -> " + request.base());
        System.out.println("[hosting]   title:  " + request.title());
        System.out.println("[hosting]   labels: " + String.join(", ", new TreeSet<>(request.labels())));
        request.body().lines().forEach(line -> System.out.println("[hosting]   | " + line));
        return pr;
    }

    @Override
    public Optional<PullRequest> findOpenPullRequest(String head, String base) {
        return pullRequests.stream().filter(pr -> pr.head().equals(head) && pr.base().equals(base)).findFirst();
    }

    @Override
    public Optional<PullRequest> findPullRequest(int number) {
        return pullRequests.stream().filter(pr -> pr.number() == number).findFirst();
    }

    @Override
    public void addLabels(int number, Collection<String> labels) {
        System.out.println("[hosting] would add labels to #" + number + ": " + String.join(", ", labels));
    }

    @Override
    public void triggerWorkflow(String workflow, String ref, Map<String, String> inputs) {
        System.out.println("[hosting] would trigger workflow " + workflow + " on " + ref + " with " + inputs);
    }

    @Override
    public List<PullRequest> pullRequestsFrom(String head) {
        return pullRequests.stream().filter(pr -> pr.head().equals(head)).toList();
    }

    @Override
    public List<PullRequest> pullRequests() {
        return List.copyOf(pullRequests);
    }

    /** Offline there are no reviews: a step that needs approvals (R-HF2) refuses, as it should. */
    @Override
    public List<Review> reviews(int number) {
        System.out.println("[hosting] no reviews of #" + number + " offline (--host github reads them)");
        return List.of();
    }

    /** Offline nothing is known about checks and conflicts: pending and unknown. */
    @Override
    public PullRequestStatus pullRequestStatus(int number) {
        return new PullRequestStatus(number, "", Mergeability.UNKNOWN, ChecksState.PENDING);
    }

    @Override
    public Optional<HostRelease> findRelease(String tag) {
        return Optional.empty();
    }

    @Override
    public HostRelease createRelease(String tag, String name, String body) {
        System.out.println("[hosting] would create release " + tag + " (" + name + ")");
        body.lines().forEach(line -> System.out.println("[hosting]   | " + line));
        return new HostRelease(tag, name, body, "");
    }

    @Override
    public Issue openIssue(NewIssue request) {
        Issue issue = new Issue(issues.size() + 1, request.title(), request.body(), request.labels(), Issue.State.OPEN);
        issues.add(issue);
        System.out.println("[hosting] would open issue: " + request.title());
        System.out.println("[hosting]   labels: " + String.join(", ", request.labels()));
        request.body().lines().forEach(line -> System.out.println("[hosting]   | " + line));
        return issue;
    }

    @Override
    public List<Issue> findIssuesByLabel(String label) {
        return issues.stream().filter(i -> i.hasLabel(label)).toList();
    }

    @Override
    public Optional<Issue> findIssueByTitle(String title) {
        return issues.stream().filter(i -> i.title().equals(title)).findFirst();
    }

    @Override
    public List<Comment> comments(int issue) {
        return List.of();
    }

    @Override
    public Comment addComment(int issue, String body) {
        System.out.println("[hosting] would comment on #" + issue + ":");
        body.lines().forEach(line -> System.out.println("[hosting]   | " + line));
        return new Comment(1, "@printing", body, Instant.now());
    }
}
