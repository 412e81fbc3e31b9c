package dev.releaserules.core.flow;

import dev.releaserules.core.event.EventType;
import dev.releaserules.core.internal.Checks;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One step of a flow command's plan. A dry run returns the plan and changes nothing; a real run
 * carries the plan out in order.
 */
public sealed interface PlannedAction {

    /**
     * The step as one line, such as {@code create branch release/v2.3.0 at 1a2b3c4}.
     *
     * @return the description
     */
    String describe();

    /**
     * Create a branch.
     *
     * @param branch the branch name
     * @param commitId where it starts
     */
    record CreateBranch(String branch, String commitId) implements PlannedAction {
        /**
         * Validates the parts.
         *
         * @param branch the branch
         * @param commitId the start commit
         */
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
     * @param paths the paths written
     * @param message the commit message
     */
    record CommitFiles(String branch, List<String> paths, String message) implements PlannedAction {
        /**
         * Validates the parts.
         *
         * @param branch the branch
         * @param paths the paths
         * @param message the message
         */
        public CommitFiles {
            Checks.notBlank(branch, "branch");
            paths = Checks.listCopy(paths, "paths");
            Checks.notBlank(message, "message");
        }

        @Override
        public String describe() {
            return "commit " + String.join(", ", paths) + " on " + branch + ": " + message.lines().findFirst().orElse("");
        }
    }

    /**
     * Create an annotated tag on the head of a branch.
     *
     * @param tag the tag name
     * @param revision what it tags (a branch, at the time the step runs)
     */
    record CreateTag(String tag, String revision) implements PlannedAction {
        /**
         * Validates the parts.
         *
         * @param tag the tag
         * @param revision the tagged revision
         */
        public CreateTag {
            Checks.notBlank(tag, "tag");
            Checks.notBlank(revision, "revision");
        }

        @Override
        public String describe() {
            return "create annotated tag " + tag + " on " + revision;
        }
    }

    /**
     * Move an annotated tag that was never deployed to another commit (R-T3), locally and, with a
     * lease on its old id, on the remote.
     *
     * @param tag the tag name
     * @param fromCommit the commit it tags now
     * @param toCommit the commit it will tag
     */
    record MoveTag(String tag, String fromCommit, String toCommit) implements PlannedAction {
        /**
         * Validates the parts.
         *
         * @param tag the tag
         * @param fromCommit the commit it tags now
         * @param toCommit the commit it will tag
         */
        public MoveTag {
            Checks.notBlank(tag, "tag");
            Checks.notBlank(fromCommit, "fromCommit");
            Checks.notBlank(toCommit, "toCommit");
        }

        @Override
        public String describe() {
            return "move annotated tag " + tag + " from " + abbreviate(fromCommit) + " to " + abbreviate(toCommit);
        }
    }

    /**
     * Create a ref that must not exist yet (a durable record such as the cutoff or the trigger).
     *
     * @param refName the full ref name
     * @param revision what it points at
     */
    record CreateRef(String refName, String revision) implements PlannedAction {
        /**
         * Validates the parts.
         *
         * @param refName the ref
         * @param revision the target
         */
        public CreateRef {
            Checks.notBlank(refName, "refName");
            Checks.notBlank(revision, "revision");
        }

        @Override
        public String describe() {
            return "create ref " + refName + " at " + abbreviate(revision);
        }
    }

    /**
     * Merge a revision into a branch with a merge commit.
     *
     * @param target the receiving branch
     * @param source what is merged
     */
    record Merge(String target, String source) implements PlannedAction {
        /**
         * Validates the parts.
         *
         * @param target the receiving branch
         * @param source the merged revision
         */
        public Merge {
            Checks.notBlank(target, "target");
            Checks.notBlank(source, "source");
        }

        @Override
        public String describe() {
            return "merge " + source + " into " + target + " (--no-ff)";
        }
    }

    /**
     * Push refs atomically.
     *
     * @param remote the remote
     * @param refNames the full ref names
     * @param mustBeNew whether the remote must not have them yet
     */
    record Push(String remote, List<String> refNames, boolean mustBeNew) implements PlannedAction {
        /**
         * Validates the parts.
         *
         * @param remote the remote
         * @param refNames the refs
         * @param mustBeNew whether they must be new
         */
        public Push {
            Checks.notBlank(remote, "remote");
            refNames = Checks.listCopy(refNames, "refNames");
        }

        @Override
        public String describe() {
            return "push " + String.join(" ", refNames) + " to " + remote + " in one atomic push"
                    + (mustBeNew ? " (refused if any exists)" : "");
        }
    }

    /**
     * Open a pull request.
     *
     * @param title the title
     * @param head the source branch
     * @param base the target branch
     * @param labels the labels
     */
    record OpenPullRequest(String title, String head, String base, Set<String> labels) implements PlannedAction {
        /**
         * Validates the parts.
         *
         * @param title the title
         * @param head the source
         * @param base the target
         * @param labels the labels
         */
        public OpenPullRequest {
            Checks.notBlank(title, "title");
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
     * Trigger a workflow.
     *
     * @param workflow the workflow
     * @param ref the ref it runs on
     * @param inputs its inputs
     */
    record TriggerWorkflow(String workflow, String ref, Map<String, String> inputs) implements PlannedAction {
        /**
         * Validates the parts.
         *
         * @param workflow the workflow
         * @param ref the ref
         * @param inputs the inputs
         */
        public TriggerWorkflow {
            Checks.notBlank(workflow, "workflow");
            Checks.notBlank(ref, "ref");
            inputs = Checks.mapCopy(inputs, "inputs");
        }

        @Override
        public String describe() {
            return "trigger workflow " + workflow + " on " + ref + " with " + new java.util.TreeMap<>(inputs);
        }
    }

    /**
     * Delete a branch.
     *
     * @param branch the branch
     */
    record DeleteBranch(String branch) implements PlannedAction {
        /**
         * Validates the branch.
         *
         * @param branch the branch
         */
        public DeleteBranch {
            Checks.notBlank(branch, "branch");
        }

        @Override
        public String describe() {
            return "delete branch " + branch;
        }
    }

    /**
     * Delete a branch on a remote, leased on the commit it was read at.
     *
     * @param remote the remote
     * @param branch the branch
     * @param expectedId the commit the remote branch must still be at
     */
    record DeleteRemoteBranch(String remote, String branch, String expectedId) implements PlannedAction {
        /**
         * Validates the parts.
         *
         * @param remote the remote
         * @param branch the branch
         * @param expectedId the expected commit
         */
        public DeleteRemoteBranch {
            Checks.notBlank(remote, "remote");
            Checks.notBlank(branch, "branch");
            Checks.notBlank(expectedId, "expectedId");
        }

        @Override
        public String describe() {
            return "delete branch " + branch + " on " + remote + " if it is still at " + abbreviate(expectedId);
        }
    }

    /**
     * Emit an event to the listeners.
     *
     * @param type the event type
     */
    record Emit(EventType type) implements PlannedAction {
        /**
         * Validates the type.
         *
         * @param type the event type
         */
        public Emit {
            Checks.notNull(type, "type");
        }

        @Override
        public String describe() {
            return "emit " + type.wireName();
        }
    }

    private static String abbreviate(String id) {
        return id.length() > 12 && id.chars().allMatch(c -> Character.digit(c, 16) >= 0) ? id.substring(0, 7) : id;
    }
}
