package dev.releaserules.git.internal;

import static dev.releaserules.core.spi.RepositoryException.Reason.CONCURRENT_UPDATE;
import static dev.releaserules.core.spi.RepositoryException.Reason.IO_FAILURE;
import static dev.releaserules.core.spi.RepositoryException.Reason.PUSH_REJECTED;
import static dev.releaserules.core.spi.RepositoryException.Reason.REF_NOT_FOUND;
import static dev.releaserules.core.spi.RepositoryException.Reason.REMOTE_UNREACHABLE;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.RefLease;
import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.spi.RemoteAccess;
import dev.releaserules.core.spi.RepositoryException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.TreeMap;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.FetchConnection;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.Transport;

/**
 * The remote role of the JGit adapter: {@code ls-remote} and one atomic, leased push.
 */
final class JGitRemote implements RemoteAccess {
    /** How JGit words a remote's lock held by another writer ("cannot lock", "lock file", "locked"). */
    private static final Pattern REMOTE_LOCKED =
            Pattern.compile("(?i)\\b(cannot lock|lock file|locked|lock failure)\\b");
    private final Repository repo;
    private final Duration pushTimeout;

    JGitRemote(Repository repo) {
        this(repo, JGitSourceRepository.DEFAULT_PUSH_TIMEOUT);
    }

    JGitRemote(Repository repo, Duration pushTimeout) {
        this.pushTimeout = pushTimeout;
        this.repo = repo;
    }

    @Override
    public void push(String remote, List<RefLease> leases) {
        withinPushLimit(remote, () -> pushNow(remote, leases));
    }

    private void pushNow(String remote, List<RefLease> leases) {
        requireRemote(remote);
        List<RefLease> all = Checks.listCopy(leases, "leases");
        if (all.isEmpty()) {
            throw new InvalidInputException("ref leases", "[]", "at least one ref to push");
        }
        List<RemoteRefUpdate> updates = new ArrayList<>(all.size());
        try {
            for (RefLease lease : all) {
                String refName = GitIds.refName(lease.refName());
                ObjectId expected = lease.expectsAbsent() ? ObjectId.zeroId() : GitIds.objectId(lease.expectedId());
                if (lease.deletes()) {
                    updates.add(new RemoteRefUpdate(repo, (String) null, refName, true, null, expected));
                } else {
                    ObjectId target = GitIds.objectId(lease.newId());
                    if (!repo.getObjectDatabase().has(target)) {
                        throw new RepositoryException(REF_NOT_FOUND, Messages.revisionNotFound(lease.newId()));
                    }
                    // force: a moved tag is not a fast-forward; the lease, not fast-forwarding, keeps it safe.
                    updates.add(new RemoteRefUpdate(repo, null, target, refName, true, null, expected));
                }
            }
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("prepare the push to " + remote), e);
        }
        if (all.stream().anyMatch(RefLease::expectsAbsent)) {
            // Fail before sending anything: a new ref the remote has with the same id would otherwise be
            // reported up to date while the others of the atomic push went through.
            Map<RefName, String> existing = remoteRefs(remote);
            List<String> present = all.stream().filter(l -> l.expectsAbsent() && existing.containsKey(l.refName()))
                    .map(l -> Messages.alreadyOnRemote(l.refName().name())).toList();
            if (!present.isEmpty()) {
                throw new RepositoryException(PUSH_REJECTED, Messages.pushRejected(remote, present));
            }
        }
        PushResult result = sendAtomically(remote, updates);
        List<String> refusals = new ArrayList<>();
        for (RemoteRefUpdate update : result.getRemoteUpdates()) {
            RemoteRefUpdate.Status status = update.getStatus();
            if (status == RemoteRefUpdate.Status.OK) {
                continue;
            }
            if (status == RemoteRefUpdate.Status.NON_EXISTING) {
                // Deleting what the remote does not have fails the lease on the id we expected.
                refusals.add(update.getRemoteName() + " " + Messages.notOnRemote());
            } else if (status == RemoteRefUpdate.Status.UP_TO_DATE) {
                refusals.add(Messages.alreadyOnRemote(update.getRemoteName()));
            } else {
                refusals.add(update.getRemoteName() + " " + describe(update));
            }
        }
        if (!refusals.isEmpty()) {
            throw new RepositoryException(PUSH_REJECTED, Messages.pushRejected(remote, refusals));
        }
    }

    /**
     * Runs a whole push (listing the remote's refs included) within the push time limit, on a thread of
     * its own, so that no transport holds the caller past it: JGit's read timeout does not stop every
     * blocked read, and a transport thread that dies (a class missing on the module path, say) leaves an
     * in-process pipe waiting forever. A push still running at the limit is abandoned on a daemon thread.
     */
    private void withinPushLimit(String remote, Runnable push) {
        FutureTask<Void> task = new FutureTask<>(push, null);
        Thread worker = new Thread(task, "release-rules-push " + remote);
        worker.setDaemon(true);
        worker.start();
        try {
            task.get(pushTimeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new RepositoryException(REMOTE_UNREACHABLE, Messages.pushTimedOut(remote, pushTimeout), e);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("push to " + remote + " (interrupted)"), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException failure) {
                throw failure;
            }
            if (cause instanceof LinkageError missing) {
                // A class JGit needs is not there (on the module path: a module nobody requires).
                throw new RepositoryException(IO_FAILURE, Messages.ioFailure("push to " + remote + " (" + missing + ")"), missing);
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("push to " + remote), cause);
        }
    }

    /** The push time limit in whole seconds (at least one), plus some slack, for JGit's read timeout. */
    private int ioTimeoutSeconds(int slack) {
        return (int) Math.min(Integer.MAX_VALUE - slack, Math.max(1, pushTimeout.toSeconds())) + slack;
    }

    /** Sends one all-or-nothing push; the caller reads each ref's status from the result. */
    private PushResult sendAtomically(String remote, List<RemoteRefUpdate> updates) {
        // Operation.PUSH honours remote.<name>.pushurl, as git push does.
        try (Transport transport = Transport.open(repo, remote, Transport.Operation.PUSH)) {
            transport.setPushAtomic(true);
            // JGit's read timeout, a little longer than the limit, lets an abandoned push thread end too.
            transport.setTimeout(ioTimeoutSeconds(1));
            return transport.push(NullProgressMonitor.INSTANCE, updates);
        } catch (TransportException e) {
            String detail = Redact.uris(String.valueOf(e.getMessage()));
            if (REMOTE_LOCKED.matcher(detail).find()) {
                // Another push holds the remote's lock at this moment; the atomic push applied nothing.
                throw new RepositoryException(CONCURRENT_UPDATE, Messages.remoteBusy(remote, detail), e);
            }
            throw new RepositoryException(REMOTE_UNREACHABLE, Messages.remoteUnreachable(remote, detail), e);
        } catch (URISyntaxException e) {
            throw new RepositoryException(REMOTE_UNREACHABLE, Messages.remoteUnreachable(remote, Redact.uris(e.getMessage())), e);
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("push to " + remote), e);
        }
    }

    private static String describe(RemoteRefUpdate update) {
        String status = switch (update.getStatus()) {
            case REJECTED_NONFASTFORWARD -> "rejected (not a fast-forward)";
            case REJECTED_REMOTE_CHANGED -> "rejected (the remote has it at another commit, or it changed meanwhile)";
            case REJECTED_NODELETE -> "rejected (the remote does not allow deletion)";
            case NOT_ATTEMPTED, AWAITING_REPORT -> "not updated (the atomic push was aborted)";
            default -> "rejected";
        };
        String detail = update.getMessage();
        return detail == null || detail.isBlank() ? status : status + ": " + Redact.uris(detail);
    }

    @Override
    public Map<RefName, String> remoteRefs(String remote) {
        requireRemote(remote);
        try (Transport transport = openWithTimeout(remote);
                FetchConnection connection = transport.openFetch();
                RevWalk walk = new RevWalk(repo)) {
            Map<RefName, String> refs = new TreeMap<>();
            for (Ref ref : connection.getRefs()) {
                if (!ref.getName().startsWith(Constants.R_REFS) || ref.getObjectId() == null) {
                    continue;
                }
                refs.put(RefName.of(ref.getName()), peeledId(ref, walk).name());
            }
            return Map.copyOf(refs);
        } catch (TransportException | URISyntaxException e) {
            throw new RepositoryException(REMOTE_UNREACHABLE, Messages.remoteUnreachable(remote, Redact.uris(e.getMessage())), e);
        } catch (IOException e) {
            throw new RepositoryException(IO_FAILURE, Messages.ioFailure("list the refs of " + remote), e);
        }
    }

    /** The commit a remote ref points at, peeling locally when the remote did not advertise a peeled id. */
    private Transport openWithTimeout(String remote) throws IOException, URISyntaxException {
        Transport transport = Transport.open(repo, remote);
        // JGit's read timeout for listing a remote's refs; within a push the push time limit applies too.
        transport.setTimeout(ioTimeoutSeconds(0));
        return transport;
    }

    private ObjectId peeledId(Ref ref, RevWalk walk) throws IOException {
        if (ref.getPeeledObjectId() != null) {
            return ref.getPeeledObjectId();
        }
        ObjectId id = ref.getObjectId();
        if (ref.isPeeled() || !repo.getObjectDatabase().has(id)) {
            return id;
        }
        RevObject peeled = walk.peel(walk.parseAny(id));
        return peeled.copy();
    }

    private void requireRemote(String remote) {
        Checks.notBlank(remote, "remote");
        if (!repo.getRemoteNames().contains(remote)) {
            throw new RepositoryException(REMOTE_UNREACHABLE, Messages.remoteNotConfigured(remote));
        }
    }
}
