package dev.releaserules.core.manifest;

import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.spi.ReleaseListener;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The manifest rules: status changes (R-MF1), sign-offs and approvals (R-SO1, R-SO2), sign-off
 * invalidation, deployment and rollback (R-D1, R-D2), deployment windows and the feature freeze of its
 * {@link ReleaseTrains} (R-WN1, R-FZ1) with their recorded overrides. Every command takes a manifest and returns a
 * {@link ManifestUpdate}: the new manifest with the events it caused, or a refusal that changes
 * nothing and says why. Events also go to the listener, if one is set.
 *
 * <pre>{@code
 * ReleaseDesk desk = ReleaseDesk.builder().policy(SignOffPolicy.defaults()).clock(clock).build();
 * ManifestUpdate u = desk.comment(manifest, "api", "@alice", "/approve");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ReleaseDesk {
    private static final Logger LOG = LoggerFactory.getLogger(ReleaseDesk.class);

    private final SignOffPolicy policy;
    private final Clock clock;
    private final ReleaseListener listener;
    private final ReleaseTrains trains;

    private ReleaseDesk(Builder b) {
        this.policy = b.policy;
        this.clock = b.clock;
        this.listener = b.listener;
        this.trains = b.trains;
    }

    /**
     * A builder; the defaults are {@link SignOffPolicy#defaults()}, the UTC system clock,
     * {@code ReleaseTrains.defaults(UTC)} and no listener.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The policy in force.
     *
     * @return the policy
     */
    public SignOffPolicy policy() {
        return policy;
    }

    /**
     * The clock events and records are stamped with.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * The release calendar whose windows and feature freezes are enforced (R-WN1, R-FZ1).
     *
     * @return the calendar
     */
    public ReleaseTrains trains() {
        return trains;
    }

    /**
     * Records a decision to run a release outside its schedule (R-WN1, R-FZ1): deploying outside its
     * window, or taking features after its freeze. Only the release manager may, or anyone when the
     * release names none; the manifest keeps who, when and why ({@code schedule_override}).
     *
     * @param manifest the release, not yet deployed, rolled back or cancelled
     * @param by who overrides
     * @param reason why, not blank
     * @return the manifest with the override (no event), or a refusal
     */
    public ManifestUpdate overrideSchedule(ReleaseManifest manifest, String by, String reason) {
        Checks.notNull(manifest, "manifest");
        Checks.notBlank(by, "by");
        Checks.notNull(reason, "reason");
        ReleaseStatus status = manifest.status();
        if (status == ReleaseStatus.DEPLOYED || status == ReleaseStatus.ROLLED_BACK || status == ReleaseStatus.CANCELLED) {
            return ManifestUpdate.refused(manifest, Messages.overrideClosed(status));
        }
        String manager = manifest.release().releaseManager();
        if (!manager.isEmpty() && !manager.equals(by)) {
            return ManifestUpdate.refused(manifest, Messages.overrideNotAllowed(by, manager));
        }
        if (reason.isBlank()) {
            return ManifestUpdate.refused(manifest, Messages.overrideNeedsWhy());
        }
        if (reason.length() > SignOff.MAX_REASON) {
            return ManifestUpdate.refused(manifest, Messages.reasonTooLong("the override reason", reason.length(),
                    SignOff.MAX_REASON));
        }
        ScheduleOverride override = ScheduleOverride.of(by, Times.text(now()), reason);
        LOG.debug("{} overrode the schedule of {}", by, manifest.id());
        return emit(ManifestUpdate.accepted(manifest.withRelease(manifest.release().withScheduleOverride(override)),
                List.of()));
    }

    /**
     * Announces a new manifest: a {@code release_created} event.
     *
     * @param manifest the new manifest
     * @return the manifest unchanged, with the event
     */
    public ManifestUpdate created(ReleaseManifest manifest) {
        Checks.notNull(manifest, "manifest");
        ReleaseHeader h = manifest.release();
        Instant scheduled = Times.find(h.scheduledAt()).orElse(null);
        return emit(ManifestUpdate.accepted(manifest, List.of(new ManifestEvent.ReleaseCreated(h.id(),
                h.type(), scheduled, h.releaseManager(), manifest.components().size(),
                manifest.components().stream().map(Component::name).toList(), now()))));
    }

    /**
     * Moves a release to another status. The table (R-MF1) decides which moves exist; moving to
     * {@code approved} or {@code deploying} also needs a ready release (R-SO2). Moving to
     * {@code pending_approval} requests the outstanding sign-offs. Rollback has its own command.
     *
     * @param manifest the release
     * @param target the status to move to
     * @param by who asks, recorded in logs only
     * @return the moved manifest with a {@code status_changed} event (and {@code signoff_pending}
     *     events), or a refusal when the release is not ready
     * @throws IllegalTransitionException when the table does not allow the move
     */
    public ManifestUpdate transition(ReleaseManifest manifest, ReleaseStatus target, String by) {
        Checks.notNull(manifest, "manifest");
        Checks.notBlank(by, "by");
        ReleaseStatus from = manifest.status();
        from.requireMoveTo(target);
        if (target == ReleaseStatus.ROLLED_BACK) {
            return ManifestUpdate.refused(manifest, Messages.rollbackNeedsReason());
        }
        if (target == ReleaseStatus.APPROVED || target == ReleaseStatus.DEPLOYING) {
            Readiness readiness = manifest.readiness();
            if (!readiness.isReady()) {
                return ManifestUpdate.refused(manifest, Messages.notReadyFor(target, readiness));
            }
        }
        ReleaseManifest moved = manifest.moveTo(target);
        List<ReleaseEvent> events = new ArrayList<>();
        events.add(statusChanged(moved, from, target));
        if (target == ReleaseStatus.PENDING_APPROVAL) {
            for (Component c : moved.outstandingSignOffs()) {
                events.add(signOffPending(moved, c));
            }
        }
        LOG.debug("{} moved {} from {} to {}", by, moved.id(), from.wireName(), target.wireName());
        return emit(ManifestUpdate.accepted(moved, events));
    }

    /**
     * Applies the first sign-off command of a comment (R-SO1).
     *
     * @param manifest the release
     * @param component the component the comment is about
     * @param user who wrote the comment
     * @param comment the comment text
     * @return the update, or a refusal (no command, {@code /reject} without reason, not allowed...)
     */
    public ManifestUpdate comment(ReleaseManifest manifest, String component, String user, String comment) {
        return signOff(manifest, component, user, CommentCommand.parse(comment));
    }

    /**
     * Applies a sign-off command (R-SO1). Only the component's team lead or a delegate may sign;
     * with the four-eyes rule, not an author of its changes; a rejected component must have its
     * rejection withdrawn before it can be approved. Sign-offs close once deployment starts.
     *
     * @param manifest the release
     * @param component the component
     * @param user who signs
     * @param command the command
     * @return the update with {@code signoff_received} (and {@code all_signoffs_received}) for an approval,
     *     {@code signoff_rejected} for a rejection, or a refusal
     */
    public ManifestUpdate signOff(ReleaseManifest manifest, String component, String user, CommentCommand command) {
        Checks.notNull(manifest, "manifest");
        Checks.notNull(component, "component");
        Checks.notBlank(user, "user");
        Checks.notNull(command, "command");
        if (isClosed(manifest.status())) {
            return ManifestUpdate.refused(manifest, Messages.signOffClosed(manifest.status()));
        }
        Component c = manifest.findComponent(component).orElse(null);
        if (c == null) {
            return ManifestUpdate.refused(manifest, Messages.unknownComponent(component));
        }
        if (c.signOff().status() == SignOffStatus.NOT_REQUIRED) {
            return ManifestUpdate.refused(manifest, Messages.signOffNotRequired(component));
        }
        if (!policy.maySignFor(c, user)) {
            return ManifestUpdate.refused(manifest, Messages.notAllowedToSign(user, component, c.teamLead()));
        }
        String at = Times.text(now());
        if (command instanceof CommentCommand.Invalid invalid) {
            return ManifestUpdate.refused(manifest, invalid.message());
        }
        if (command instanceof CommentCommand.Reject reject) {
            ReleaseManifest next = manifest.withComponent(c.withSignOff(SignOff.rejected(user, at, reject.reason())));
            next = syncSignOffItem(next, at);
            return emit(ManifestUpdate.accepted(next, List.of(new ManifestEvent.SignOffRejected(
                    manifest.id(), component, c.team(), user, reject.reason(), now()))));
        }
        if (c.signOff().status() == SignOffStatus.REJECTED) {
            return ManifestUpdate.refused(manifest, Messages.rejectionBlocks(component, c.signOff().by()));
        }
        if (policy.fourEyes() && c.authors().contains(user)) {
            return ManifestUpdate.refused(manifest, Messages.fourEyes(user, component));
        }
        ReleaseManifest next = manifest.withComponent(c.withSignOff(SignOff.approved(user, at)));
        List<ReleaseEvent> events = new ArrayList<>();
        events.add(new ManifestEvent.SignOffReceived(manifest.id(), component, c.team(), user, now()));
        boolean wasComplete = manifest.outstandingSignOffs().isEmpty();
        next = syncSignOffItem(next, at);
        if (!wasComplete && next.outstandingSignOffs().isEmpty()) {
            events.add(new ManifestEvent.AllSignOffsReceived(manifest.id(), now()));
        }
        return emit(ManifestUpdate.accepted(next, events));
    }

    /**
     * Withdraws a rejection (R-SO1): only who rejected or the component's team lead may. The
     * sign-off returns to pending.
     *
     * @param manifest the release
     * @param component the component
     * @param user who withdraws
     * @return the update with a {@code signoff_pending} event, or a refusal
     */
    public ManifestUpdate withdrawRejection(ReleaseManifest manifest, String component, String user) {
        Checks.notNull(manifest, "manifest");
        Checks.notNull(component, "component");
        Checks.notBlank(user, "user");
        if (isClosed(manifest.status())) {
            return ManifestUpdate.refused(manifest, Messages.signOffClosed(manifest.status()));
        }
        Component c = manifest.findComponent(component).orElse(null);
        if (c == null) {
            return ManifestUpdate.refused(manifest, Messages.unknownComponent(component));
        }
        if (c.signOff().status() != SignOffStatus.REJECTED) {
            return ManifestUpdate.refused(manifest, Messages.notRejected(component));
        }
        if (!user.equals(c.signOff().by()) && !user.equals(c.teamLead())) {
            return ManifestUpdate.refused(manifest, Messages.notAllowedToWithdraw(user, component));
        }
        Component pending = c.withSignOff(SignOff.pending());
        ReleaseManifest next = manifest.withComponent(pending);
        return emit(ManifestUpdate.accepted(next, List.of(signOffPending(next, pending))));
    }

    /**
     * Gives a role approval (R-SO1): the release manager approval only by the release manager,
     * other roles by their named user or a role delegate; with the four-eyes rule, not by an author
     * of any change in the release.
     *
     * @param manifest the release
     * @param role the role, such as {@code Tech Lead}
     * @param user who approves
     * @return the update with an {@code approval_received} event, or a refusal
     */
    public ManifestUpdate approve(ReleaseManifest manifest, String role, String user) {
        Checks.notNull(manifest, "manifest");
        Checks.notNull(role, "role");
        Checks.notBlank(user, "user");
        if (isClosed(manifest.status())) {
            return ManifestUpdate.refused(manifest, Messages.signOffClosed(manifest.status()));
        }
        Approval approval = manifest.findApproval(role).orElse(null);
        if (approval == null) {
            return ManifestUpdate.refused(manifest, Messages.unknownRole(role));
        }
        if (!policy.mayApprove(manifest, approval, user)) {
            String expected = approval.isRole(Roles.RELEASE_MANAGER) ? "the release manager"
                    : approval.user().isEmpty() ? "a delegate named by the policy" : approval.user();
            return ManifestUpdate.refused(manifest, Messages.notAllowedToApprove(user, approval.role(), expected));
        }
        if (policy.fourEyes() && manifest.components().stream().anyMatch(c -> c.authors().contains(user))) {
            return ManifestUpdate.refused(manifest, Messages.fourEyes(user, manifest.id().value()));
        }
        List<Approval> approvals = new ArrayList<>();
        for (Approval a : manifest.approvals()) {
            approvals.add(a == approval ? a.with(ApprovalStatus.APPROVED, user, Times.text(now())) : a);
        }
        return emit(ManifestUpdate.accepted(manifest.withApprovals(approvals),
                List.of(new ManifestEvent.ApprovalReceived(manifest.id(), approval.role(), user, now()))));
    }

    /**
     * Marks a checklist item completed.
     *
     * @param manifest the release
     * @param item the item text, exactly as in the manifest
     * @param user who completed it
     * @return the update (no event), or a refusal when there is no such item
     */
    public ManifestUpdate complete(ReleaseManifest manifest, String item, String user) {
        Checks.notNull(manifest, "manifest");
        Checks.notNull(item, "item");
        Checks.notBlank(user, "user");
        List<ChecklistItem> items = new ArrayList<>();
        boolean found = false;
        for (ChecklistItem i : manifest.checklist()) {
            if (!found && i.item().equals(item)) {
                found = true;
                items.add(i.completed(user, Times.text(now())));
            } else {
                items.add(i);
            }
        }
        if (!found) {
            return ManifestUpdate.refused(manifest, Messages.unknownChecklistItem(item));
        }
        return emit(ManifestUpdate.accepted(manifest.withChecklist(items), List.of()));
    }

    /**
     * Records commits that reached a component after the manifest was made. An approved sign-off
     * returns to pending with the ids of these commits (sign-off invalidation); their subjects and
     * authors join the component's changes.
     *
     * @param manifest the release
     * @param component the component the commits touch
     * @param commits the new commits, oldest first; not empty
     * @return the update, with a {@code signoff_pending} event when an approval was invalidated; a
     *     refusal when, after the release's feature freeze, a commit is a feature or breaking change and
     *     no schedule override is recorded (R-FZ1)
     */
    public ManifestUpdate newCommits(ReleaseManifest manifest, String component, List<Commit> commits) {
        Checks.notNull(manifest, "manifest");
        List<Commit> added = Checks.listCopy(commits, "commits");
        Component c = manifest.findComponent(component).orElse(null);
        if (c == null) {
            return ManifestUpdate.refused(manifest, Messages.unknownComponent(component));
        }
        if (added.isEmpty() || isClosed(manifest.status())) {
            return ManifestUpdate.refused(manifest, added.isEmpty() ? Messages.noCommits()
                    : Messages.signOffClosed(manifest.status()));
        }
        java.util.Optional<String> frozen = trains.freezeRefusal(manifest, added, now());
        if (frozen.isPresent()) {
            return ManifestUpdate.refused(manifest, frozen.get());
        }
        Component updated = c.withAddedChanges(added.stream().map(x -> x.message().subject()).toList(),
                added.stream().map(Commit::author).filter(a -> !a.isEmpty()).toList());
        List<ReleaseEvent> events = new ArrayList<>();
        if (c.signOff().status() == SignOffStatus.APPROVED || c.signOff().status() == SignOffStatus.NOT_REQUIRED) {
            updated = updated.withSignOff(new SignOff(SignOffStatus.PENDING, "", "", "",
                    added.stream().map(Commit::id).toList()));
        }
        ReleaseManifest next = syncSignOffItem(manifest.withComponent(updated), Times.text(now()));
        if (updated.signOff().status() == SignOffStatus.PENDING && c.signOff().status() != SignOffStatus.PENDING
                && next.needsTeamSignOffs()) {
            events.add(signOffPending(next, updated));
        }
        return emit(ManifestUpdate.accepted(next, events));
    }

    /**
     * A deployment of an approved release through a deployer (R-D1), or the resumption of one left
     * {@code deploying}; a dry run unless told otherwise.
     *
     * @param manifest the release
     * @param deployer the deployment port
     * @return the single-use command
     */
    public Deployment deployment(ReleaseManifest manifest, dev.releaserules.core.spi.Deployer deployer) {
        return new Deployment(this, manifest, deployer);
    }

    /**
     * Rolls a release back (R-D2): allowed from {@code deploying} or {@code deployed}, recorded in
     * the manifest with who, when and why, announced with an urgent {@code rollback_initiated} event.
     *
     * @param manifest the release
     * @param by who rolls back
     * @param reason why, not blank
     * @return the rolled-back manifest with {@code status_changed} and {@code rollback_initiated}, or
     *     a refusal when the release is in another status or no reason is given
     */
    public ManifestUpdate rollback(ReleaseManifest manifest, String by, String reason) {
        Checks.notNull(manifest, "manifest");
        Checks.notBlank(by, "by");
        Checks.notNull(reason, "reason");
        ReleaseStatus from = manifest.status();
        if (!from.canMoveTo(ReleaseStatus.ROLLED_BACK)) {
            return ManifestUpdate.refused(manifest, Messages.rollbackNotAllowed(from));
        }
        if (reason.isBlank()) {
            return ManifestUpdate.refused(manifest, Messages.rollbackNeedsWhy());
        }
        if (reason.length() > SignOff.MAX_REASON) {
            return ManifestUpdate.refused(manifest, Messages.reasonTooLong("the rollback reason",
                    reason.length(), SignOff.MAX_REASON));
        }
        Instant at = now();
        ReleaseManifest rolled = manifest.moveTo(ReleaseStatus.ROLLED_BACK);
        rolled = rolled.withRelease(rolled.release().withRollback(by, Times.text(at), reason));
        return emit(ManifestUpdate.accepted(rolled, List.of(statusChanged(rolled, from, ReleaseStatus.ROLLED_BACK),
                new ManifestEvent.RollbackInitiated(manifest.id(), by, reason, at))));
    }

    /**
     * A rollback through the deployer of a deploying or deployed release (R-D2): every component the
     * deployment reached goes back to its previous version, then the release is recorded as rolled
     * back. A dry run unless told otherwise.
     *
     * @param manifest the release
     * @param deployer the deployer that rolls components back
     * @return a single-use command
     */
    public DeploymentRollback rollbackDeployment(ReleaseManifest manifest, dev.releaserules.core.spi.Deployer deployer) {
        return new DeploymentRollback(this, manifest, deployer);
    }

    /**
     * Cancels a release that has not started deploying: from draft, pending approval or approved,
     * recorded in the manifest with who, when and why, announced with {@code release_cancelled}.
     *
     * @param manifest the release
     * @param by who cancels
     * @param reason why, not blank
     * @return the cancelled manifest with {@code status_changed} and {@code release_cancelled}, or a
     *     refusal when the release is deploying or later, or no reason is given
     */
    public ManifestUpdate cancel(ReleaseManifest manifest, String by, String reason) {
        Checks.notNull(manifest, "manifest");
        Checks.notBlank(by, "by");
        Checks.notNull(reason, "reason");
        ReleaseStatus from = manifest.status();
        if (!from.canMoveTo(ReleaseStatus.CANCELLED)) {
            return ManifestUpdate.refused(manifest, Messages.cancelNotAllowed(from));
        }
        if (reason.isBlank()) {
            return ManifestUpdate.refused(manifest, Messages.cancelNeedsWhy());
        }
        if (reason.length() > SignOff.MAX_REASON) {
            return ManifestUpdate.refused(manifest, Messages.reasonTooLong("the cancel reason",
                    reason.length(), SignOff.MAX_REASON));
        }
        Instant at = now();
        ReleaseManifest cancelled = manifest.moveTo(ReleaseStatus.CANCELLED);
        cancelled = cancelled.withRelease(cancelled.release().withCancellation(by, Times.text(at), reason));
        return emit(ManifestUpdate.accepted(cancelled, List.of(statusChanged(cancelled, from, ReleaseStatus.CANCELLED),
                new ManifestEvent.ReleaseCancelled(manifest.id(), by, reason, at))));
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static boolean isClosed(ReleaseStatus status) {
        return status == ReleaseStatus.DEPLOYING || status == ReleaseStatus.DEPLOYED
                || status == ReleaseStatus.ROLLED_BACK || status == ReleaseStatus.CANCELLED;
    }

    /** Keeps the "All team sign-offs received" item in step with the sign-offs, when the rules own it. */
    private ReleaseManifest syncSignOffItem(ReleaseManifest m, String at) {
        boolean complete = m.outstandingSignOffs().isEmpty();
        List<ChecklistItem> items = new ArrayList<>();
        boolean changed = false;
        for (ChecklistItem i : m.checklist()) {
            if (i.item().equals(ReleaseManifest.ALL_SIGN_OFFS_ITEM)) {
                if (complete && i.status() == ChecklistStatus.PENDING) {
                    i = i.completed(policy.botHandle(), at);
                    changed = true;
                } else if (!complete && i.status() == ChecklistStatus.COMPLETED
                        && i.completedBy().equals(policy.botHandle())) {
                    i = new ChecklistItem(i.item(), ChecklistStatus.PENDING, i.required(), "", "", i.dueAt(), i.extra());
                    changed = true;
                }
            }
            items.add(i);
        }
        return changed ? m.withChecklist(items) : m;
    }

    ReleaseEvent statusChanged(ReleaseManifest m, ReleaseStatus from, ReleaseStatus to) {
        return new ManifestEvent.StatusChanged(m.id(), from, to, now());
    }

    private ReleaseEvent signOffPending(ReleaseManifest m, Component c) {
        return new ManifestEvent.SignOffPending(m.id(), c.name(), c.team(), c.teamLead(), now());
    }

    Instant now() {
        return clock.instant();
    }

    ManifestUpdate emit(ManifestUpdate update) {
        if (listener != null) {
            for (ReleaseEvent event : update.events()) {
                try {
                    listener.onEvent(event);
                } catch (RuntimeException e) {
                    LOG.warn("Release listener failed on {}: {}", event.type().wireName(), e.toString());
                }
            }
        }
        return update;
    }

    /** Builds a {@link ReleaseDesk}. */
    public static final class Builder {
        private SignOffPolicy policy = SignOffPolicy.defaults();
        private Clock clock = Clock.systemUTC();
        private ReleaseListener listener;
        private ReleaseTrains trains = ReleaseTrains.defaults(java.time.ZoneOffset.UTC);

        private Builder() {
        }

        /**
         * Sets the release calendar whose deployment windows and feature freezes the desk enforces.
         *
         * @param value the calendar; {@code ReleaseTrains.defaults(UTC)} unless set
         * @return this builder
         */
        public Builder trains(ReleaseTrains value) {
            this.trains = Checks.notNull(value, "trains");
            return this;
        }

        /**
         * Sets who may sign off and approve.
         *
         * @param value the policy
         * @return this builder
         */
        public Builder policy(SignOffPolicy value) {
            this.policy = Checks.notNull(value, "policy");
            return this;
        }

        /**
         * Sets the clock, the only source of time.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Checks.notNull(value, "clock");
            return this;
        }

        /**
         * Sets a listener that also receives every event.
         *
         * @param value the listener
         * @return this builder
         */
        public Builder listener(ReleaseListener value) {
            this.listener = Checks.notNull(value, "listener");
            return this;
        }

        /**
         * Builds the desk.
         *
         * @return the desk
         */
        public ReleaseDesk build() {
            return new ReleaseDesk(this);
        }
    }
}
