package dev.releaserules.core.flow;

import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.spi.MergeOutcome;
import dev.releaserules.core.spi.NewPullRequest;
import dev.releaserules.core.spi.PullRequest;
import dev.releaserules.core.spi.RefLease;
import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.spi.RepositoryException;
import dev.releaserules.core.spi.SourceRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Performs a {@link Plan}, step by step and nothing else, and owns compensation: a merge conflict
 * undoes the branches the plan created; a refused push puts back the tags the plan moved; a refused
 * workflow trigger withdraws the records the plan created and pushed. Every flow command that
 * changes the world ends here; a dry run never gets here.
 */
final class PlanExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(PlanExecutor.class);

    private final FlowContext ctx;
    private final SourceRepository repo;

    PlanExecutor(FlowContext ctx) {
        this.ctx = ctx;
        this.repo = ctx.repository;
    }

    /**
     * What performing a plan produced.
     *
     * @param commits branch → the commit this run made on it (by a commit or a merge)
     * @param pullRequest the pull request this run opened; 0 when none
     * @param conflict the conflict that stopped the plan at a merge, if one did
     */
    record Execution(Map<String, String> commits, int pullRequest, Optional<MergeOutcome.Conflict> conflict) {
        Optional<String> commitOn(String branch) {
            return Optional.ofNullable(commits.get(branch));
        }
    }

    Execution run(Plan plan) {
        Map<String, String> commits = new HashMap<>();
        List<RefName> createdBranches = new ArrayList<>();
        List<PlannedAction.CreateRef> createdRefs = new ArrayList<>();
        List<RefLease> movedTags = new ArrayList<>();
        List<RefLease> pushedRecords = new ArrayList<>();
        int pullRequest = 0;
        for (PlannedAction action : plan.actions()) {
            if (action instanceof PlannedAction.CreateBranch a) {
                RefName ref = RefName.branch(a.branch());
                repo.createRef(ref, a.commitId());
                createdBranches.add(ref);
            } else if (action instanceof PlannedAction.CreateRef a) {
                if (a.note().isEmpty()) {
                    repo.createRef(a.ref(), a.commitId());
                } else {
                    repo.createAnnotatedRef(a.ref(), a.commitId(), a.note(), ctx.identity, ctx.clock.instant());
                }
                createdRefs.add(a);
            } else if (action instanceof PlannedAction.DeleteRef a) {
                repo.deleteRef(a.ref(), a.expectedId());
            } else if (action instanceof PlannedAction.CommitFiles a) {
                commits.put(a.branch(), repo.commit(a.branch(), a.files(), a.message(), ctx.identity, ctx.clock.instant()));
            } else if (action instanceof PlannedAction.CreateTag a) {
                repo.createTag(a.tag(), resolve(a.revision(), commits), a.message(), ctx.identity, ctx.clock.instant());
            } else if (action instanceof PlannedAction.MoveTag a) {
                String newId = repo.moveTag(a.tag(), a.expectedTagId(), a.toCommit(), a.message(), ctx.identity,
                        ctx.clock.instant());
                movedTags.add(RefLease.move(RefName.tag(a.tag()), a.expectedTagId(), newId));
            } else if (action instanceof PlannedAction.Merge a) {
                MergeOutcome outcome = repo.merge(a.target(), a.source(), a.message(), ctx.identity, ctx.clock.instant());
                if (outcome instanceof MergeOutcome.Conflict conflict) {
                    undoBranches(createdBranches);
                    return new Execution(Map.copyOf(commits), pullRequest, Optional.of(conflict));
                }
                commits.put(a.target(), ((MergeOutcome.Merged) outcome).commitId());
            } else if (action instanceof PlannedAction.Push a) {
                List<RefLease> leases = leases(a);
                try {
                    repo.push(a.remote(), leases);
                } catch (RepositoryException e) {
                    restoreTags(movedTags, e);
                    throw e;
                }
                for (RefLease lease : leases) {
                    if (lease.expectsAbsent() && createdRefs.stream().anyMatch(c -> c.ref().equals(lease.refName()))) {
                        pushedRecords.add(lease);
                    }
                }
            } else if (action instanceof PlannedAction.OpenPullRequest a) {
                PullRequest pr = ctx.hosting().openPullRequest(new NewPullRequest(a.title(), a.body(), a.head(),
                        a.base(), a.labels()));
                pullRequest = pr.number();
            } else if (action instanceof PlannedAction.TriggerWorkflow a) {
                try {
                    ctx.hosting().triggerWorkflow(a.workflow(), a.ref(), a.inputs());
                } catch (RuntimeException e) {
                    withdraw(pushedRecords, e);
                    throw e;
                }
            } else if (action instanceof PlannedAction.Emit a) {
                ctx.emit(withPullRequest(a.event(), pullRequest));
            }
        }
        return new Execution(Map.copyOf(commits), pullRequest, Optional.empty());
    }

    /** A branch this plan committed on resolves to that commit; anything else is read now. */
    private String resolve(String revision, Map<String, String> commits) {
        String made = commits.get(revision);
        return made != null ? made : repo.requireCommit(revision);
    }

    private List<RefLease> leases(PlannedAction.Push push) {
        List<RefLease> leases = new ArrayList<>();
        for (PlannedAction.PushedRef ref : push.refs()) {
            if (ref.deletes()) {
                leases.add(RefLease.delete(ref.ref(), ref.expectedId()));
                continue;
            }
            String local = repo.findRefId(ref.ref()).orElseThrow(() -> new RepositoryException(
                    RepositoryException.Reason.REF_NOT_FOUND, FlowMessages.pushedRefMissing(ref.ref())));
            leases.add(ref.expectsAbsent() ? RefLease.create(ref.ref(), local)
                    : RefLease.move(ref.ref(), ref.expectedId(), local));
        }
        return leases;
    }

    private void undoBranches(List<RefName> branches) {
        for (RefName branch : branches) {
            repo.findRefId(branch).ifPresent(id -> repo.deleteRef(branch, id));
        }
    }

    /** The remote refused: put the local tags back as they are there, so this repository does not lie. */
    private void restoreTags(List<RefLease> movedTags, RepositoryException failure) {
        for (RefLease moved : movedTags) {
            try {
                repo.updateRef(moved.refName(), moved.newId(), moved.expectedId());
            } catch (RuntimeException restore) {
                failure.addSuppressed(restore);
            }
        }
    }

    /**
     * Triggering failed after the records reached the remote: remove them again (leased on the id
     * pushed, so a record another runner wrote meanwhile stays), so that a re-run triggers instead of
     * reporting "already triggered".
     */
    private void withdraw(List<RefLease> pushed, RuntimeException failure) {
        for (RefLease record : pushed) {
            try {
                repo.push(ctx.rules.remote(), List.of(RefLease.delete(record.refName(), record.newId())));
                repo.findRefId(record.refName()).ifPresent(local -> repo.deleteRef(record.refName(), local));
                LOG.warn("{}", FlowMessages.triggerFailedRecordRemoved(record.refName().name()));
            } catch (RuntimeException e) {
                String kept = FlowMessages.triggerFailedRecordKept(record.refName().name(), e.getMessage());
                LOG.error("{}", kept);
                // Not only in the log: the caller's exception says what is left to do by hand.
                failure.addSuppressed(new ReleaseException(kept, e));
            }
        }
    }

    /** Events name the pull request the plan opened; in the plan itself they carry 0. */
    private ReleaseEvent withPullRequest(ReleaseEvent event, int number) {
        if (number == 0) {
            return event;
        }
        String url = ctx.rules.links().pullRequest(number);
        if (event instanceof ReleaseEvent.ReleasePrepared e) {
            return new ReleaseEvent.ReleasePrepared(e.version(), e.tag(), e.branch(), number, e.targetTime(),
                    e.links().withPullRequest(url), e.time());
        }
        if (event instanceof ReleaseEvent.HotfixCreated e) {
            return new ReleaseEvent.HotfixCreated(e.version(), e.tag(), e.branch(), number, url, e.description(),
                    e.time());
        }
        if (event instanceof ReleaseEvent.BackportCreated e) {
            return new ReleaseEvent.BackportCreated(e.version(), e.branch(), number, url, e.time());
        }
        return event;
    }
}
