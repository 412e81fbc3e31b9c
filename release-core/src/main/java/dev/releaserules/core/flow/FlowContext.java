package dev.releaserules.core.flow;

import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.spi.Hosting;
import dev.releaserules.core.spi.Identity;
import dev.releaserules.core.spi.RefName;
import dev.releaserules.core.spi.ReleaseListener;
import dev.releaserules.core.spi.RepositoryException;
import dev.releaserules.core.spi.SourceRepository;
import dev.releaserules.core.version.ReleaseTag;
import dev.releaserules.core.version.Version;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every flow command shares: the ports, the rules, the identity, the clock and the listeners. */
final class FlowContext {
    private static final Logger LOG = LoggerFactory.getLogger(ReleaseFlow.class);

    final SourceRepository repository;
    private final Hosting hosting;
    final QuickReleaseRules rules;
    final Identity identity;
    final Clock clock;
    private final List<ReleaseListener> listeners;

    FlowContext(SourceRepository repository, Hosting hosting, QuickReleaseRules rules, Identity identity, Clock clock,
            List<ReleaseListener> listeners) {
        this.repository = repository;
        this.hosting = hosting;
        this.rules = rules;
        this.identity = identity;
        this.clock = clock;
        this.listeners = List.copyOf(listeners);
    }

    Hosting hosting() {
        if (hosting == null) {
            throw new ReleaseException("this step opens pull requests or triggers workflows: configure a Hosting "
                    + "port with ReleaseFlow.builder().hosting(...)");
        }
        return hosting;
    }

    Optional<Hosting> findHosting() {
        return Optional.ofNullable(hosting);
    }

    /** Delivers an event to every listener; a failing listener never fails the step that emitted it. */
    void emit(ReleaseEvent event) {
        for (ReleaseListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("Listener {} failed on event {}: {}", listener.getClass().getName(), event.type().wireName(),
                        e.toString());
            }
        }
    }

    void requireFullHistory() {
        if (repository.isShallow()) {
            throw new RepositoryException(RepositoryException.Reason.SHALLOW_CLONE, FlowMessages.shallow());
        }
    }

    void requireClean(boolean allowDirty) {
        if (!allowDirty) {
            repository.requireClean();
        }
    }

    String requireBranchOrCurrent(String branch) {
        return branch != null ? RefNames.requireValid(branch) : repository.requireCurrentBranch();
    }

    /** Reads the version file at a revision (R-V1): missing or malformed files are refused. */
    Version versionAt(String revision) {
        return versionAt(revision, revision);
    }

    /** Reads the version file at a commit, naming it as {@code shownAs} (the branch it was read from). */
    Version versionAt(String commit, String shownAs) {
        String path = rules.versionFile().path();
        String revision = shownAs;
        String content = repository.readFile(commit, path).orElseThrow(() ->
                new dev.releaserules.core.RuleViolationException(dev.releaserules.core.Rule.R_V1, FlowMessages.versionFileMissing(path, revision)));
        return rules.versionFile().parse(content);
    }

    /** The release tag with the highest precedence below a version: the previous release's boundary. */
    Optional<ReleaseTag> previousRelease(Version below) {
        return ReleaseTags.all(repository, rules.tagFormat(), false).stream()
                .filter(tag -> tag.version().compareTo(below) < 0)
                .findFirst();
    }

    /**
     * A branch's commit: the local branch, else — in a CI checkout that has it only as a
     * remote-tracking ref — the remote-tracking one. No local branch is created or moved for it.
     */
    Optional<String> findBranchCommit(String branch) {
        return repository.findCommit(RefName.branch(branch).name())
                .or(() -> repository.findCommit(RefName.remoteTracking(rules.remote(), branch).name()));
    }

    /**
     * The commit of a revision to cut from: what the repository resolves, else — for a branch name a
     * CI checkout has only as a remote-tracking ref — the remote-tracking branch.
     */
    String requireRevisionCommit(String revision) {
        return repository.findCommit(revision)
                .or(() -> revision.startsWith("refs/") ? Optional.empty()
                        : repository.findCommit(RefName.remoteTracking(rules.remote(), revision).name()))
                .orElseThrow(() -> new RepositoryException(RepositoryException.Reason.REF_NOT_FOUND,
                        FlowMessages.branchNotFound(revision, rules.remote())));
    }

    String requireBranchCommit(String branch) {
        return findBranchCommit(branch).orElseThrow(() -> new RepositoryException(
                RepositoryException.Reason.REF_NOT_FOUND, FlowMessages.branchNotFound(branch, rules.remote())));
    }
}
