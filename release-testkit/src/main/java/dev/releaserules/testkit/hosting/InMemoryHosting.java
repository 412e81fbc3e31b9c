package dev.releaserules.testkit.hosting;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.spi.Hosting;
import dev.releaserules.core.spi.NewPullRequest;
import dev.releaserules.core.spi.PullRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link Hosting} port that keeps everything in memory: pull requests numbered from 1, their
 * labels, and every workflow trigger, so a test can assert what a release step asked the host for.
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
 * <p>Like a real host, it refuses a second open pull request for the same head and base. Thread-safe.
 */
public final class InMemoryHosting implements Hosting {
    private final Map<Integer, PullRequest> pullRequests = new LinkedHashMap<>();
    private final List<WorkflowTrigger> triggers = new ArrayList<>();
    private int nextNumber = 1;

    /** Creates an empty host. */
    public InMemoryHosting() {
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
                pr.state(), pr.mergedBy(), pr.mergeMethod()));
    }

    @Override
    public synchronized void triggerWorkflow(String workflow, String ref, Map<String, String> inputs) {
        triggers.add(new WorkflowTrigger(workflow, ref, inputs));
    }

    @Override
    public synchronized List<PullRequest> pullRequests() {
        return List.copyOf(pullRequests.values());
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
                state, mergedBy, method);
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
}
