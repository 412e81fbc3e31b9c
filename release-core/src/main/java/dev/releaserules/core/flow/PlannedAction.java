package dev.releaserules.core.flow;

import dev.releaserules.core.event.EventType;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.RefName;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One step of a flow command's plan, carrying everything the step needs: a dry run returns the plan
 * and changes nothing; a real run hands the same plan to one executor that performs exactly these
 * steps, in order. Commit ids that exist only once an earlier step ran (the release commit a tag is
 * put on, the pull request number an event names) are named by the branch or filled in by the
 * executor, never computed twice.
 */
public sealed interface PlannedAction {

    /**
     * The step as one line, such as {@code create branch release/v2.3.0 at 1a2b3c4}.
     *
     * @return the description
     */
    String describe();

    /**
     * Create a branch that must not exist yet.
     *
     * @param branch the branch name
     * @param commitId where it starts
     */
    record CreateBranch(String branch, String commitId) implements PlannedAction {
        /** Validates the parts. */
        public CreateBranch {
            Checks.notBlank(branch, "branch");
            Checks.notBlank(commitId, "commitId");
        }

        @Override
        public String describe() {
            return "create branch " + branch + " at " + abbreviate(commitId);
        }
    }

    /**
     * Commit files on a branch.
     *
     * @param branch the branch
     * @param files path → content of the files written
     * @param message the commit message
     */
    record CommitFiles(String branch, Map<String, String> files, String message) implements PlannedAction {
        /** Validates the parts and keeps the files in path order. */
        public CommitFiles {
            Checks.notBlank(branch, "branch");
            files = java.util.Collections.unmodifiableMap(new TreeMap<>(Checks.mapCopy(files, "files")));
            Checks.notBlank(message, "message");
        }

        /**
         * The paths written, in order.
         *
         * @return the paths
         */
        public List<String> paths() {
            return List.copyOf(files.keySet());
        }

        @Override
        public String describe() {
            return "commit " + String.join(", ", files.keySet()) + " on " + branch + ": "
                    + message.lines().findFirst().orElse("");
        }
    }

    /**
     * Create an annotated tag that must not exist yet.
     *
     * @param tag the tag name
     * @param revision what it tags: a branch (its head when the step runs) or a commit id
     * @param message the tag message
     */
    record CreateTag(String tag, String revision, String message) implements PlannedAction {
        /** Validates the parts. */
        public CreateTag {
            Checks.notBlank(tag, "tag");
            Checks.notBlank(revision, "revision");
            Checks.notBlank(message, "message");
        }

        @Override
        public String describe() {
            return "create annotated tag " + tag + " on " + abbreviate(revision);
        }
    }

    /**
     * Move an annotated tag that was never deployed to another commit (R-T3), compare-and-set
     * against the tag object it holds.
     *
     * @param tag the tag name
     * @param expectedTagId the tag object the tag ref holds now
     * @param fromCommit the commit it tags now
     * @param toCommit the commit it will tag
     * @param message the new tag's message
     */
    record MoveTag(String tag, String expectedTagId, String fromCommit, String toCommit, String message)
            implements PlannedAction {
        /** Validates the parts. */
        public MoveTag {
            Checks.notBlank(tag, "tag");
            Checks.notBlank(expectedTagId, "expectedTagId");
            Checks.notBlank(fromCommit, "fromCommit");
            Checks.notBlank(toCommit, "toCommit");
            Checks.notBlank(message, "message");
        }

        @Override
        public String describe() {
            return "move annotated tag " + tag + " from " + abbreviate(fromCommit) + " to " + abbreviate(toCommit);
        }
    }

    /**
     * Create a ref that must not exist yet (a durable record such as the cutoff or the trigger). A
     * record with a note is annotated: it carries the note, who wrote it and when, for any runner that
     * fetches it ({@link dev.releaserules.core.spi.RepositoryWriter#createAnnotatedRef}).
     *
     * @param ref the ref
     * @param commitId what it points at
     * @param note what an annotated record says; empty for a plain ref
     */
    record CreateRef(RefName ref, String commitId, String note) implements PlannedAction {
        /** Validates the parts. */
        public CreateRef {
            Checks.notNull(ref, "ref");
            Checks.notBlank(commitId, "commitId");
            Checks.notNull(note, "note");
        }

        /**
         * A plain ref, without a note.
         *
         * @param ref the ref
         * @param commitId what it points at
         */
        public CreateRef(RefName ref, String commitId) {
            this(ref, commitId, "");
        }

        @Override
        public String describe() {
            return "create " + (note.isEmpty() ? "ref " : "annotated record ") + ref + " at " + abbreviate(commitId);
        }
    }

    /**
     * Delete a local ref, compare-and-set against the id it holds.
     *
     * @param ref the ref
     * @param expectedId the id it must hold
     */
    record DeleteRef(RefName ref, String expectedId) implements PlannedAction {
        /** Validates the parts. */
        public DeleteRef {
            Checks.notNull(ref, "ref");
            Checks.notBlank(expectedId, "expectedId");
        }

        @Override
        public String describe() {
            return (ref.isBranch() ? "delete branch " + ref.shortName() : "delete ref " + ref) + " if it is still at "
                    + abbreviate(expectedId);
        }
    }

    /**
     * Merge a revision into a branch with a merge commit. On a conflict nothing is merged, the
     * executor undoes the branches the same plan created, and the steps after it do not run.
     *
     * @param target the receiving branch
     * @param source what is merged
     * @param message the merge commit message
     */
    record Merge(String target, String source, String message) implements PlannedAction {
        /** Validates the parts. */
        public Merge {
            Checks.notBlank(target, "target");
            Checks.notBlank(source, "source");
            Checks.notBlank(message, "message");
        }

        @Override
        public String describe() {
            return "merge " + abbreviate(source) + " into " + target + " (--no-ff)";
        }
    }

    /**
     * Push refs to a remote in one atomic, leased push; each ref is set to the id the local ref has
     * when the step runs, or deleted.
     *
     * @param remote the remote
     * @param refs the refs with their leases, at least one
     */
    record Push(String remote, List<PushedRef> refs) implements PlannedAction {
        /** Validates the parts. */
        public Push {
            Checks.notBlank(remote, "remote");
            refs = Checks.listCopy(refs, "refs");
            if (refs.isEmpty()) {
                throw new dev.releaserules.core.InvalidInputException("pushed refs", "[]", "at least one ref");
            }
        }

        @Override
        public String describe() {
            boolean allNew = refs.stream().allMatch(PushedRef::expectsAbsent);
            boolean deletes = refs.stream().allMatch(PushedRef::deletes);
            if (deletes && refs.size() == 1 && refs.get(0).ref().isBranch()) {
                return "delete branch " + refs.get(0).ref().shortName() + " on " + remote + " if it is still at "
                        + abbreviate(refs.get(0).expectedId());
            }
            return "push " + refs.stream().map(r -> r.ref().name()).collect(Collectors.joining(" ")) + " to " + remote
                    + " in one atomic push" + (allNew ? " (refused if any exists)" : "");
        }
    }

    /**
     * One ref of a {@link Push}: what the remote must hold now, and whether it is deleted.
     *
     * @param ref the ref
     * @param expectedId the id the remote ref must hold, or empty for "absent"
     * @param deletes whether the remote ref is deleted rather than set to the local ref's id
     */
    record PushedRef(RefName ref, String expectedId, boolean deletes) {
        /** Validates the parts. */
        public PushedRef {
            Checks.notNull(ref, "ref");
            Checks.notNull(expectedId, "expectedId");
            if (deletes && expectedId.isEmpty()) {
                throw new dev.releaserules.core.InvalidInputException("pushed ref " + ref, "absent → deleted",
                        "a ref that is created, moved or deleted");
            }
        }

        /**
         * A ref the remote must not have yet.
         *
         * @param ref the ref
         * @return the pushed ref
         */
        public static PushedRef create(RefName ref) {
            return new PushedRef(ref, "", false);
        }

        /**
         * A ref the remote must hold at {@code expectedId}, set to the local ref's id.
         *
         * @param ref the ref
         * @param expectedId what the remote holds now
         * @return the pushed ref
         */
        public static PushedRef move(RefName ref, String expectedId) {
            return new PushedRef(ref, Checks.notBlank(expectedId, "expectedId"), false);
        }

        /**
         * A ref deleted on the remote if it still holds {@code expectedId}.
         *
         * @param ref the ref
         * @param expectedId what the remote holds now
         * @return the pushed ref
         */
        public static PushedRef delete(RefName ref, String expectedId) {
            return new PushedRef(ref, Checks.notBlank(expectedId, "expectedId"), true);
        }

        /**
         * Whether the remote must not have the ref yet.
         *
         * @return true for a lease on "absent"
         */
        public boolean expectsAbsent() {
            return expectedId.isEmpty();
        }
    }

    /**
     * Open a pull request.
     *
     * @param title the title
     * @param body the body (Markdown)
     * @param head the source branch
     * @param base the target branch
     * @param labels the labels
     */
    record OpenPullRequest(String title, String body, String head, String base, Set<String> labels)
            implements PlannedAction {
        /** Validates the parts. */
        public OpenPullRequest {
            Checks.notBlank(title, "title");
            Checks.notNull(body, "body");
            Checks.notBlank(head, "head");
            Checks.notBlank(base, "base");
            labels = Set.copyOf(Checks.listCopy(labels, "labels"));
        }

        @Override
        public String describe() {
            return "open pull request \"" + title + "\" " + head + " → " + base + " labelled "
                    + labels.stream().sorted().toList();
        }
    }

    /**
     * Trigger a workflow. When the host refuses, the executor withdraws the records the same plan
     * created and pushed, so that a re-run triggers instead of finding the version "already triggered".
     *
     * @param workflow the workflow
     * @param ref the ref it runs on
     * @param inputs its inputs
     */
    record TriggerWorkflow(String workflow, String ref, Map<String, String> inputs) implements PlannedAction {
        /** Validates the parts. */
        public TriggerWorkflow {
            Checks.notBlank(workflow, "workflow");
            Checks.notBlank(ref, "ref");
            inputs = Checks.mapCopy(inputs, "inputs");
        }

        @Override
        public String describe() {
            return "trigger workflow " + workflow + " on " + ref + " with " + new TreeMap<>(inputs);
        }
    }

    /**
     * Emit an event to the listeners. An event that names a pull request the same plan opens gets
     * that pull request's number when the step runs (0 in the plan).
     *
     * @param event the event
     */
    record Emit(ReleaseEvent event) implements PlannedAction {
        /** Validates the event. */
        public Emit {
            Checks.notNull(event, "event");
        }

        /**
         * The event's type.
         *
         * @return the type
         */
        public EventType type() {
            return event.type();
        }

        @Override
        public String describe() {
            return "emit " + event.type().wireName();
        }
    }

    private static String abbreviate(String id) {
        return id.length() > 12 && id.chars().allMatch(c -> Character.digit(c, 16) >= 0) ? id.substring(0, 7) : id;
    }
}
