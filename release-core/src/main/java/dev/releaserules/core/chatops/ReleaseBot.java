package dev.releaserules.core.chatops;

import dev.releaserules.core.ReleaseException;
import dev.releaserules.core.event.ReleaseEvent;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.manifest.Approval;
import dev.releaserules.core.manifest.ApprovalStatus;
import dev.releaserules.core.manifest.CommentCommand;
import dev.releaserules.core.manifest.Component;
import dev.releaserules.core.manifest.Dashboard;
import dev.releaserules.core.manifest.DeploymentStep;
import dev.releaserules.core.manifest.ManifestUpdate;
import dev.releaserules.core.manifest.Readiness;
import dev.releaserules.core.manifest.ReleaseDesk;
import dev.releaserules.core.manifest.ReleaseId;
import dev.releaserules.core.manifest.ReleaseManifest;
import dev.releaserules.core.manifest.ReleaseStatus;
import dev.releaserules.core.manifest.ReleaseType;
import dev.releaserules.core.manifest.Roles;
import dev.releaserules.core.spi.Deployer;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * the release-management process's Slack release bot as rules (R-CO): runs a {@link ReleaseCommand} for a caller against
 * the current release and answers with text. Every command maps to the manifest rules of
 * {@link ReleaseDesk}; the bot adds only who may use which command:
 *
 * <ul>
 *   <li>{@code create}: the release manager the new draft names, and only when no release is in
 *       progress; the release moves to {@code pending_approval} and, when the bot has
 *       {@link SignOffRequests}, its sign-off requests are opened (R-SR);</li>
 *   <li>{@code status}: anyone; the answer is the {@link Dashboard};</li>
 *   <li>{@code signoff <component>}: whoever the sign-off policy lets sign for it (R-SO1);</li>
 *   <li>{@code approve}: the release manager only; records the release manager approval and, once
 *       nothing else is missing (R-SO2), moves the release to {@code approved};</li>
 *   <li>{@code deploy [--apply]}: the release manager or the on-call engineer, on an approved, ready
 *       release; a dry run unless {@code --apply} (R-D1);</li>
 *   <li>{@code rollback <reason>}: the on-call engineer or the release manager (R-D2).</li>
 *   <li>{@code cancel <reason>}: the release manager, before deploying (R-MF1).</li>
 * </ul>
 *
 * <p>Roles come from the manifest and the desk's {@link dev.releaserules.core.manifest.SignOffPolicy}:
 * the release manager is who may give the {@code Release Manager} approval (the manifest's release
 * manager), the on-call engineer is who may give the {@code On-call} approval (its named user or a
 * role delegate of the policy), whether or not the manifest lists that approval.
 *
 * <p>{@link #handle} never throws for any command text: unknown commands and bad arguments get the
 * usage, commands the caller may not use or the rules refuse get a refusal, and in both cases the
 * release is left as it was. Stateless: the caller keeps the manifest (for example in
 * {@code releases/<id>.yaml}) and stores {@link BotReply#manifest()} back.
 *
 * <pre>{@code
 * ReleaseBot bot = ReleaseBot.builder().desk(desk).deployer(deployer).drafts(drafts).requests(requests).build();
 * BotReply reply = bot.handle("/release deploy --apply", "@john.doe", manifest);
 * slack.post(reply.text());
 * reply.manifest().ifPresent(m -> m.write(file));
 * }</pre>
 *
 * <p>Immutable and thread-safe as far as its ports are.
 */
public final class ReleaseBot {
    private final ReleaseDesk desk;
    private final @Nullable Deployer deployer;
    private final @Nullable ReleaseDrafts drafts;
    private final @Nullable SignOffRequests requests;
    private final ZoneId zone;

    private ReleaseBot(Builder b) {
        this.desk = b.desk;
        this.deployer = b.deployer;
        this.drafts = b.drafts;
        this.requests = b.requests;
        this.zone = b.zone;
    }

    /**
     * A builder; the defaults are a default desk, no deployer, no drafts, no sign-off requests and
     * the dashboard in UTC. Without a deployer {@code deploy} is refused; without drafts
     * {@code create} is.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs a command when there is no current release (only {@code create}, {@code status} and
     * {@code help} do anything then).
     *
     * @param text what the caller typed
     * @param caller the caller's handle, as the chat platform vouches for it, such as {@code @john.doe}
     * @return the reply; never throws for any text
     * @throws dev.releaserules.core.InvalidInputException when the text is null or the caller blank
     */
    public BotReply handle(String text, String caller) {
        return run(text, caller, null);
    }

    /**
     * Runs a command against the current release.
     *
     * @param text what the caller typed
     * @param caller the caller's handle, as the chat platform vouches for it, such as {@code @john.doe}
     * @param current the current release
     * @return the reply; never throws for any text
     * @throws dev.releaserules.core.InvalidInputException when an argument is null or the caller blank
     */
    public BotReply handle(String text, String caller, ReleaseManifest current) {
        return run(text, caller, Checks.notNull(current, "current release"));
    }

    private BotReply run(String text, String caller, @Nullable ReleaseManifest current) {
        Checks.notNull(text, "command text");
        Checks.notBlank(caller, "caller");
        ReleaseCommand command = ReleaseCommand.parse(text);
        if (command instanceof ReleaseCommand.Invalid invalid) {
            return BotReply.unchanged(BotReply.Outcome.USAGE, Messages.invalid(invalid.problem()), current);
        }
        if (command instanceof ReleaseCommand.Help) {
            return BotReply.unchanged(BotReply.Outcome.USAGE, Messages.usage(), current);
        }
        if (command instanceof ReleaseCommand.Create) {
            return create(caller, current);
        }
        if (current == null) {
            return command instanceof ReleaseCommand.Status
                    ? BotReply.unchanged(BotReply.Outcome.DONE, Messages.noRelease(), null)
                    : refuse(Messages.noRelease(), null);
        }
        if (command instanceof ReleaseCommand.Status) {
            return BotReply.unchanged(BotReply.Outcome.DONE, Dashboard.render(current, zone), current);
        }
        if (command instanceof ReleaseCommand.SignOff signOff) {
            return signOff(signOff.component(), caller, current);
        }
        if (command instanceof ReleaseCommand.Approve) {
            return approve(caller, current);
        }
        if (command instanceof ReleaseCommand.Deploy deploy) {
            return deploy(deploy.apply(), caller, current);
        }
        if (command instanceof ReleaseCommand.Cancel cancel) {
            return cancel(cancel.reason(), caller, current);
        }
        ReleaseCommand.Rollback rollback = (ReleaseCommand.Rollback) command;
        return rollback(rollback.reason(), caller, current);
    }

    private BotReply cancel(String reason, String caller, ReleaseManifest current) {
        if (!isReleaseManager(current, caller)) {
            return refuse(Messages.notAllowedToCancel(caller, current.id().value()), current);
        }
        ManifestUpdate u = desk.cancel(current, caller, reason);
        if (!u.isAccepted()) {
            return refuse(u.refusal(), current);
        }
        return BotReply.done(Messages.cancelled(current.id().value(), caller, reason), u.manifest(), u.events());
    }

    private BotReply create(String caller, @Nullable ReleaseManifest current) {
        if (drafts == null) {
            return refuse(Messages.cannotCreate(), current);
        }
        if (current != null && current.status() != ReleaseStatus.DEPLOYED
                && current.status() != ReleaseStatus.ROLLED_BACK) {
            return refuse(Messages.releaseInProgress(current.id().value(), current.status().wireName()), current);
        }
        @Nullable ReleaseManifest draft;
        try {
            // The id carries the date of the train the release leaves with, not today's (R-RT2).
            ReleaseId id = desk.trains().draft(ReleaseType.REGULAR, desk.clock(),
                    current == null ? List.of() : List.of(current.id()), caller).id();
            draft = drafts.draft(id, caller);
        } catch (ReleaseException e) {
            return refuse(Messages.draftFailed(e.getMessage()), current);
        }
        if (draft == null || draft.status() != ReleaseStatus.DRAFT) {
            return refuse(Messages.draftNotDraft(), current);
        }
        if (!isReleaseManager(draft, caller)) {
            return refuse(Messages.onlyReleaseManager(caller, "create " + draft.id().value(),
                    draft.release().releaseManager()), current);
        }
        List<ReleaseEvent> events = new ArrayList<>(desk.created(draft).events());
        ManifestUpdate pending = desk.transition(draft, ReleaseStatus.PENDING_APPROVAL, caller);
        events.addAll(pending.events());
        ReleaseManifest created = pending.manifest();
        String requested = "";
        if (requests != null) {
            try {
                RequestReport report = requests.request(created);
                requested = Messages.requested(report);
            } catch (ReleaseException e) {
                requested = Messages.requestFailed(e.getMessage());
            }
        }
        List<String> toSign = SignOffRequests.needingSignOff(created).stream().map(Component::name).toList();
        return BotReply.done(Messages.created(created.id().value(), toSign, requested), created, events);
    }

    private BotReply signOff(String component, String caller, ReleaseManifest current) {
        ManifestUpdate u = desk.signOff(current, component, caller, new CommentCommand.Approve());
        if (!u.isAccepted()) {
            return refuse(u.refusal(), current);
        }
        return BotReply.done(Messages.signedOff(component, caller, u.manifest().outstandingSignOffs().stream()
                .map(Component::name).toList()), u.manifest(), u.events());
    }

    private BotReply approve(String caller, ReleaseManifest current) {
        if (!isReleaseManager(current, caller)) {
            return refuse(Messages.onlyReleaseManager(caller, "approve " + current.id().value(),
                    current.release().releaseManager()), current);
        }
        if (current.status() != ReleaseStatus.PENDING_APPROVAL) {
            return refuse(Messages.cannotApproveIn(current.id().value(), current.status().wireName()), current);
        }
        ReleaseManifest m = current;
        List<ReleaseEvent> events = new ArrayList<>();
        Approval own = current.findApproval(Roles.RELEASE_MANAGER).orElse(null);
        if (own != null && own.status() != ApprovalStatus.APPROVED) {
            ManifestUpdate u = desk.approve(current, Roles.RELEASE_MANAGER, caller);
            if (!u.isAccepted()) {
                return refuse(u.refusal(), current);
            }
            m = u.manifest();
            events.addAll(u.events());
        }
        Readiness readiness = m.readiness();
        if (!readiness.isReady()) {
            List<String> missing = readiness.missing().stream().map(Readiness.Missing::describe).toList();
            return events.isEmpty() ? refuse(Messages.notReady(m.id().value(), missing), current)
                    : BotReply.done(Messages.approvalRecordedButBlocked(m.id().value(), missing), m, events);
        }
        ManifestUpdate u = desk.transition(m, ReleaseStatus.APPROVED, caller);
        events.addAll(u.events());
        return BotReply.done(Messages.approved(m.id().value()), u.manifest(), events);
    }

    private BotReply deploy(boolean apply, String caller, ReleaseManifest current) {
        if (!isReleaseManager(current, caller) && !isOnCall(current, caller)) {
            return refuse(Messages.notAllowedToDeploy(caller, current.id().value()), current);
        }
        if (deployer == null) {
            return refuse(Messages.cannotDeploy(), current);
        }
        ManifestUpdate u = desk.deployment(current, deployer).by(caller).dryRun(!apply).call();
        if (!u.isAccepted()) {
            return refuse(u.refusal(), current);
        }
        String id = current.id().value();
        if (!apply) {
            List<String> planned = current.components().stream().filter(Component::isChanged)
                    .map(c -> c.name() + " " + c.newVersion()).toList();
            return BotReply.done(Messages.dryRun(id, planned), u.manifest(), u.events());
        }
        List<String> steps = new ArrayList<>();
        for (DeploymentStep step : u.manifest().deployment()) {
            steps.add(Messages.step(step));
        }
        String text = u.manifest().status() == ReleaseStatus.DEPLOYED ? Messages.deployed(id, steps)
                : Messages.deploymentFailed(id, steps);
        return BotReply.done(text, u.manifest(), u.events());
    }

    private BotReply rollback(String reason, String caller, ReleaseManifest current) {
        if (!isOnCall(current, caller) && !isReleaseManager(current, caller)) {
            return refuse(Messages.notAllowedToRollBack(caller, current.id().value()), current);
        }
        ManifestUpdate u = desk.rollback(current, caller, reason);
        if (!u.isAccepted()) {
            return refuse(u.refusal(), current);
        }
        return BotReply.done(Messages.rolledBack(current.id().value(), caller, reason), u.manifest(), u.events());
    }

    private boolean isReleaseManager(ReleaseManifest m, String caller) {
        return holds(m, Roles.RELEASE_MANAGER, caller);
    }

    private boolean isOnCall(ReleaseManifest m, String caller) {
        return holds(m, Roles.ON_CALL, caller);
    }

    /** Whoever may give a role's approval holds the role, whether or not the manifest lists it. */
    private boolean holds(ReleaseManifest m, String role, String caller) {
        Approval approval = m.findApproval(role).orElse(Approval.pending(role, ""));
        return desk.policy().mayApprove(m, approval, caller);
    }

    private static BotReply refuse(String why, @Nullable ReleaseManifest current) {
        return BotReply.unchanged(BotReply.Outcome.REFUSED, why, current);
    }

    /** Builds a {@link ReleaseBot}; each setter checks its argument at once. */
    public static final class Builder {
        private ReleaseDesk desk = ReleaseDesk.builder().build();
        private @Nullable Deployer deployer;
        private @Nullable ReleaseDrafts drafts;
        private @Nullable SignOffRequests requests;
        private ZoneId zone = ZoneOffset.UTC;

        private Builder() {
        }

        /**
         * Sets the desk whose rules, policy, clock and listener the bot uses.
         *
         * @param value the desk
         * @return this builder
         */
        public Builder desk(ReleaseDesk value) {
            this.desk = Checks.notNull(value, "desk");
            return this;
        }

        /**
         * Sets the deployment port {@code deploy} uses.
         *
         * @param value the deployer
         * @return this builder
         */
        public Builder deployer(Deployer value) {
            this.deployer = Checks.notNull(value, "deployer");
            return this;
        }

        /**
         * Sets how {@code create} drafts a release.
         *
         * @param value the drafts
         * @return this builder
         */
        public Builder drafts(ReleaseDrafts value) {
            this.drafts = Checks.notNull(value, "drafts");
            return this;
        }

        /**
         * Sets the sign-off requests {@code create} opens.
         *
         * @param value the requests
         * @return this builder
         */
        public Builder requests(SignOffRequests value) {
            this.requests = Checks.notNull(value, "requests");
            return this;
        }

        /**
         * Sets the zone the dashboard shows the schedule in.
         *
         * @param value the zone
         * @return this builder
         */
        public Builder zone(ZoneId value) {
            this.zone = Checks.notNull(value, "zone");
            return this;
        }

        /**
         * Builds the bot.
         *
         * @return the bot
         */
        public ReleaseBot build() {
            return new ReleaseBot(this);
        }
    }
}
