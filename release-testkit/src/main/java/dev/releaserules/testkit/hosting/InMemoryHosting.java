package dev.releaserules.testkit.hosting;

import dev.releaserules.testkit.internal.Args;
import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.spi.Comment;
import dev.releaserules.core.spi.Hosting;
import dev.releaserules.core.spi.Issue;
import dev.releaserules.core.spi.NewIssue;
import dev.releaserules.core.spi.NewPullRequest;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.PullRequestStatus;
import dev.releaserules.core.spi.HostRelease;
import dev.releaserules.core.spi.Review;
import dev.releaserules.core.hosting.ChecksState;
import dev.releaserules.core.hosting.Mergeability;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link Hosting} port that keeps everything in memory: pull requests and issues numbered from 1
 * (sharing one sequence, as on GitHub), their labels, issue comments and every workflow trigger, so
 * a test can assert what a release step asked the host for, and can {@link #comment comment as
 * someone} to answer it.
 *
 * <pre>{@code
 * InMemoryHosting hosting = new InMemoryHosting();
 * // ... run the step under test with this hosting ...
 * PullRequest pr = hosting.findOpenPullRequest("release/v2.3.0", "main").orElseThrow();
 * assertThat(pr.labels()).contains("release", "automated");
 * hosting.merge(pr.number(), "@alice", PullRequest.MergeMethod.MERGE_COMMIT);
 * assertThat(hosting.triggers()).isEmpty();
 * }</pre>
 *
 * <p>Comments the code under test adds through {@link #addComment} are written by the bot handle
 * given at construction ({@code @release-rules} by default); comment times come from the clock.
 * Like a real host, it refuses a second open pull request for the same head and base. Thread-safe.
 */
public final class InMemoryHosting implements Hosting {
    private final Map<Integer, PullRequest> pullRequests = new LinkedHashMap<>();
    private final List<WorkflowTrigger> triggers = new ArrayList<>();
    private final Map<Integer, Issue> issues = new LinkedHashMap<>();
    private final Map<Integer, List<Comment>> comments = new LinkedHashMap<>();
    private final String botHandle;
    private final Clock clock;
    private final Map<Integer, List<Review>> reviews = new LinkedHashMap<>();
    private final Map<Integer, PullRequestStatus> statuses = new LinkedHashMap<>();
    private final Map<String, HostRelease> releases = new LinkedHashMap<>();
    private int nextNumber = 1;
    private long nextCommentId = 1;

    /** Creates an empty host whose bot is {@code @release-rules}, on the UTC system clock. */
    public InMemoryHosting() {
        this("@release-rules", Clock.systemUTC());
    }

    /**
     * Creates an empty host.
     *
     * @param botHandle who {@link #addComment} comments as, such as {@code @release-rules}
     * @param clock the source of comment times
     */
    public InMemoryHosting(String botHandle, Clock clock) {
        this.botHandle = Args.notBlank(botHandle, "botHandle");
        this.clock = Args.notNull(clock, "clock");
    }

    /**
     * {@inheritDoc}
     *
     * @throws ReleaseException when a pull request from the same head into the same base is open
     */
    @Override
    public synchronized PullRequest openPullRequest(NewPullRequest request) {
        Args.notNull(request, "request");
        Optional<PullRequest> open = findOpenPullRequest(request.head(), request.base());
        if (open.isPresent()) {
            throw new ReleaseException(Messages.alreadyOpen(request.head(), request.base(), open.get().number()));
        }
        PullRequest created = new PullRequest(nextNumber++, request.title(), request.body(), request.head(),
                request.base(), request.labels(), PullRequest.State.OPEN, "", PullRequest.MergeMethod.NONE);
        pullRequests.put(created.number(), created);
        return created;
    }

    @Override
    public synchronized Optional<PullRequest> findOpenPullRequest(String head, String base) {
        Args.notBlank(head, "head");
        Args.notBlank(base, "base");
        return pullRequests.values().stream()
                .filter(pr -> pr.state() == PullRequest.State.OPEN && pr.head().equals(head) && pr.base().equals(base))
                .findFirst();
    }

    @Override
    public synchronized Optional<PullRequest> findPullRequest(int number) {
        return Optional.ofNullable(pullRequests.get(number));
    }

    /**
     * {@inheritDoc}
     *
     * @throws ReleaseException when there is no pull request with that number
     */
    @Override
    public synchronized void addLabels(int number, Collection<String> labels) {
        PullRequest pr = require(number);
        Set<String> merged = new LinkedHashSet<>(pr.labels());
        merged.addAll(Args.listCopy(labels, "labels"));
        pullRequests.put(number, new PullRequest(pr.number(), pr.title(), pr.body(), pr.head(), pr.base(), merged,
                pr.state(), pr.mergedBy(), pr.mergeMethod(), pr.headCommit(), pr.mergeCommit()));
    }

    @Override
    public synchronized void triggerWorkflow(String workflow, String ref, Map<String, String> inputs) {
        triggers.add(new WorkflowTrigger(workflow, ref, inputs));
    }

    @Override
    public synchronized List<PullRequest> pullRequestsFrom(String head) {
        Args.notBlank(head, "head");
        return pullRequests.values().stream().filter(pr -> pr.head().equals(head)).toList();
    }

    @Override
    public synchronized List<PullRequest> pullRequests() {
        return List.copyOf(pullRequests.values());
    }

    /**
     * This host seen as one that implements only the operations every {@link Hosting} must have, each
     * delegated here; reviews, pull request status, releases, issues and comments fall to the port's
     * defaults, which refuse naming what is missing. For testing how a step behaves on a host without
     * those capabilities.
     *
     * @return the view; what is done through it shows on this host
     */
    public Hosting requiredOperationsOnly() {
        InMemoryHosting host = this;
        return new Hosting() {
            @Override
            public PullRequest openPullRequest(NewPullRequest request) {
                return host.openPullRequest(request);
            }

            @Override
            public Optional<PullRequest> findOpenPullRequest(String head, String base) {
                return host.findOpenPullRequest(head, base);
            }

            @Override
            public Optional<PullRequest> findPullRequest(int number) {
                return host.findPullRequest(number);
            }

            @Override
            public void addLabels(int number, Collection<String> labels) {
                host.addLabels(number, labels);
            }

            @Override
            public void triggerWorkflow(String workflow, String ref, Map<String, String> inputs) {
                host.triggerWorkflow(workflow, ref, inputs);
            }

            @Override
            public List<PullRequest> pullRequestsFrom(String head) {
                return host.pullRequestsFrom(head);
            }
        };
    }

    /**
     * Every workflow trigger so far, oldest first.
     *
     * @return the triggers
     */
    public synchronized List<WorkflowTrigger> triggers() {
        return List.copyOf(triggers);
    }

    /**
     * Marks an open pull request merged, as a person would on the host.
     *
     * @param number the pull request number
     * @param mergedBy who merged it, such as {@code @alice}
     * @param method how it was merged; not {@link PullRequest.MergeMethod#NONE}
     * @return the merged pull request
     * @throws ReleaseException when there is no such pull request or it is not open
     */
    public synchronized PullRequest merge(int number, String mergedBy, PullRequest.MergeMethod method) {
        Args.notBlank(mergedBy, "mergedBy");
        Args.notNull(method, "method");
        if (method == PullRequest.MergeMethod.NONE) {
            throw new InvalidInputException("merge method", method.name(), "MERGE_COMMIT, SQUASH or REBASE");
        }
        return changeState(number, PullRequest.State.MERGED, mergedBy, method);
    }

    /**
     * Marks an open pull request merged and records the commits the host reports for it, as GitHub
     * does: the head commit that was merged and the merge commit on the base.
     *
     * @param number the pull request number
     * @param mergedBy who merged it, such as {@code @alice}
     * @param method how it was merged; not {@link PullRequest.MergeMethod#NONE}
     * @param headCommit the id of the merged head commit
     * @param mergeCommit the id of the commit the merge made, or empty
     * @return the merged pull request
     * @throws ReleaseException when there is no such pull request or it is not open
     */
    public synchronized PullRequest merge(int number, String mergedBy, PullRequest.MergeMethod method,
            String headCommit, String mergeCommit) {
        Args.notBlank(headCommit, "headCommit");
        Args.notNull(mergeCommit, "mergeCommit");
        PullRequest merged = merge(number, mergedBy, method).withCommits(headCommit, mergeCommit);
        pullRequests.put(number, merged);
        return merged;
    }

    /**
     * Closes an open pull request without merging it.
     *
     * @param number the pull request number
     * @return the closed pull request
     * @throws ReleaseException when there is no such pull request or it is not open
     */
    public synchronized PullRequest close(int number) {
        return changeState(number, PullRequest.State.CLOSED, "", PullRequest.MergeMethod.NONE);
    }

    private PullRequest changeState(int number, PullRequest.State state, String mergedBy,
            PullRequest.MergeMethod method) {
        PullRequest pr = require(number);
        if (pr.state() != PullRequest.State.OPEN) {
            throw new ReleaseException(Messages.notOpen(number, pr.state()));
        }
        PullRequest changed = new PullRequest(pr.number(), pr.title(), pr.body(), pr.head(), pr.base(), pr.labels(),
                state, mergedBy, method, pr.headCommit(), pr.mergeCommit());
        pullRequests.put(number, changed);
        return changed;
    }

    private PullRequest require(int number) {
        PullRequest pr = pullRequests.get(number);
        if (pr == null) {
            throw new ReleaseException(Messages.noSuchPullRequest(number));
        }
        return pr;
    }

    @Override
    public synchronized Issue openIssue(NewIssue request) {
        Args.notNull(request, "request");
        Issue created = new Issue(nextNumber++, request.title(), request.body(), request.labels(), Issue.State.OPEN);
        issues.put(created.number(), created);
        comments.put(created.number(), new ArrayList<>());
        return created;
    }

    @Override
    public synchronized List<Issue> findIssuesByLabel(String label) {
        Args.notNull(label, "label");
        return issues.values().stream().filter(i -> i.hasLabel(label)).toList();
    }

    @Override
    public synchronized Optional<Issue> findIssueByTitle(String title) {
        Args.notNull(title, "title");
        return issues.values().stream().filter(i -> i.title().equals(title)).findFirst();
    }

    /**
     * {@inheritDoc}
     *
     * @throws ReleaseException when there is no issue with that number
     */
    @Override
    public synchronized List<Comment> comments(int issue) {
        requireIssue(issue);
        return List.copyOf(comments.get(issue));
    }

    /**
     * {@inheritDoc} Here the author is the bot handle given at construction.
     *
     * @throws ReleaseException when there is no issue with that number
     */
    @Override
    public synchronized Comment addComment(int issue, String body) {
        return comment(issue, botHandle, body);
    }

    /**
     * Adds a comment as someone, as that person would on the host.
     *
     * @param issue the issue number
     * @param author who writes it, such as {@code @alice}
     * @param body the text
     * @return the recorded comment
     * @throws ReleaseException when there is no issue with that number
     */
    public synchronized Comment comment(int issue, String author, String body) {
        requireIssue(issue);
        Comment added = new Comment(nextCommentId++, Args.notBlank(author, "author"), Args.notNull(body, "body"),
                clock.instant());
        comments.get(issue).add(added);
        return added;
    }

    /**
     * Every issue so far, open or closed, oldest first.
     *
     * @return the issues
     */
    public synchronized List<Issue> issues() {
        return List.copyOf(issues.values());
    }

    /**
     * Closes an open issue, as a person would on the host.
     *
     * @param number the issue number
     * @return the closed issue
     * @throws ReleaseException when there is no such issue or it is already closed
     */
    public synchronized Issue closeIssue(int number) {
        Issue issue = requireIssue(number);
        if (issue.state() != Issue.State.OPEN) {
            throw new ReleaseException(Messages.issueNotOpen(number));
        }
        Issue closed = new Issue(number, issue.title(), issue.body(), issue.labels(), Issue.State.CLOSED);
        issues.put(number, closed);
        return closed;
    }

    private Issue requireIssue(int number) {
        Issue issue = issues.get(number);
        if (issue == null) {
            throw new ReleaseException(Messages.noSuchIssue(number));
        }
        return issue;
    }

    /**
     * {@inheritDoc}
     *
     * @throws ReleaseException when there is no such pull request
     */
    @Override
    public synchronized List<Review> reviews(int number) {
        require(number);
        return List.copyOf(reviews.getOrDefault(number, List.of()));
    }

    /**
     * Records a review of a pull request, as its reviewer would submit it; its time comes from the clock.
     *
     * @param number the pull request number
     * @param author the reviewer, such as {@code @alice}
     * @param state what the review says
     * @return the review
     * @throws ReleaseException when there is no such pull request
     */
    public synchronized Review review(int number, String author, Review.State state) {
        PullRequest pr = require(number);
        Review review = new Review(Args.notBlank(author, "author"), Args.notNull(state, "state"), pr.headCommit(),
                clock.instant());
        reviews.computeIfAbsent(number, n -> new ArrayList<>()).add(review);
        return review;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Checks are {@link ChecksState#PENDING} and mergeability {@link Mergeability#UNKNOWN} until a test
     * {@linkplain #status sets them}, as on a host that has not run or computed them yet.
     *
     * @throws ReleaseException when there is no such pull request
     */
    @Override
    public synchronized PullRequestStatus pullRequestStatus(int number) {
        PullRequest pr = require(number);
        return statuses.getOrDefault(number, new PullRequestStatus(number, pr.headCommit(), Mergeability.UNKNOWN,
                ChecksState.PENDING));
    }

    /**
     * Sets what the host reports on a pull request's conflicts and checks.
     *
     * @param number the pull request number
     * @param mergeability whether it merges without conflicts
     * @param checks the checks on its head
     * @throws ReleaseException when there is no such pull request
     */
    public synchronized void status(int number, Mergeability mergeability, ChecksState checks) {
        PullRequest pr = require(number);
        statuses.put(number, new PullRequestStatus(number, pr.headCommit(), Args.notNull(mergeability, "mergeability"),
                Args.notNull(checks, "checks")));
    }

    @Override
    public synchronized Optional<HostRelease> findRelease(String tag) {
        return Optional.ofNullable(releases.get(Args.notBlank(tag, "tag")));
    }

    /**
     * {@inheritDoc}
     *
     * <p>The release's address is {@code https://host.invalid/releases/tag/<tag>}.
     *
     * @throws ReleaseException when the tag has a release already, as a real host refuses it
     */
    @Override
    public synchronized HostRelease createRelease(String tag, String name, String body) {
        Args.notBlank(tag, "tag");
        if (releases.containsKey(tag)) {
            throw new ReleaseException(Messages.releaseExists(tag));
        }
        HostRelease release = new HostRelease(tag, Args.notNull(name, "name"), Args.notNull(body, "body"),
                "https://host.invalid/releases/tag/" + tag);
        releases.put(tag, release);
        return release;
    }

    /**
     * Every release created, in order.
     *
     * @return the releases
     */
    public synchronized List<HostRelease> releases() {
        return List.copyOf(releases.values());
    }
}
