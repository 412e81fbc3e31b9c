package dev.releaserules.core.manifest;

import dev.releaserules.core.Rule;
import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.commit.Commit;
import dev.releaserules.core.commit.ConventionalCommit;
import dev.releaserules.core.internal.Checks;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The release calendar and the trains (R-RT1): regular releases every week on a day and time in a
 * zone (Tuesday 10:00 by default), a major release on the first such slot of each month, feature
 * freeze a week before a release, and the {@link ReleaseTrain} of each type. It dates release ids by
 * their train (R-RT2), lists the {@link #upcoming upcoming trains}, and says when a release may deploy
 * ({@link #window}, R-WN1) and take features ({@link #featureFreeze(ReleaseManifest)}, R-FZ1); a
 * {@link ReleaseDesk} enforces both.
 *
 * <p>Immutable and thread-safe. Times are computed in the configured zone, so a slot stays at 10:00
 * local time across daylight-saving changes.
 */
public final class ReleaseTrains {
    private final ZoneId zone;
    private final DayOfWeek day;
    private final LocalTime time;
    private final Duration freezeBefore;
    private final Map<ReleaseType, ReleaseTrain> trains;

    private ReleaseTrains(Builder b) {
        this.zone = b.zone;
        this.day = b.day;
        this.time = b.time;
        this.freezeBefore = b.freezeBefore;
        this.trains = new EnumMap<>(b.trains);
    }

    /**
     * the process's calendar in a zone: Tuesday 10:00, freeze a week before, the process's three trains.
     *
     * @param zone the zone the schedule is in
     * @return the calendar
     */
    public static ReleaseTrains defaults(ZoneId zone) {
        return builder().zone(zone).build();
    }

    /**
     * A builder starting from the process's calendar in UTC.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The train of a type.
     *
     * @param type the type
     * @return its train
     */
    public ReleaseTrain train(ReleaseType type) {
        return trains.get(Checks.notNull(type, "release type"));
    }

    /**
     * The first regular slot strictly after a time.
     *
     * @param after the time
     * @return the next slot
     */
    public Instant nextRegularSlot(Instant after) {
        Checks.notNull(after, "time");
        ZonedDateTime now = after.atZone(zone);
        ZonedDateTime slot = now.with(TemporalAdjusters.nextOrSame(day)).with(time);
        if (!slot.toInstant().isAfter(after)) {
            slot = now.with(TemporalAdjusters.next(day)).with(time);
        }
        return slot.toInstant();
    }

    /**
     * The first major slot (the first regular slot of a month) strictly after a time.
     *
     * @param after the time
     * @return the next major slot
     */
    public Instant nextMajorSlot(Instant after) {
        Checks.notNull(after, "time");
        LocalDate month = after.atZone(zone).toLocalDate().withDayOfMonth(1);
        while (true) {
            Instant slot = month.with(TemporalAdjusters.firstInMonth(day)).atTime(time).atZone(zone).toInstant();
            if (slot.isAfter(after)) {
                return slot;
            }
            month = month.plusMonths(1);
        }
    }

    /**
     * The feature freeze of a release: a week (or the configured time) before its slot.
     *
     * @param slot the release slot
     * @return when features freeze
     */
    public Instant featureFreeze(Instant slot) {
        Checks.notNull(slot, "slot");
        return slot.atZone(zone).minus(freezeBefore).toInstant();
    }

    /**
     * When the deployment window of a release that starts at a time closes.
     *
     * @param type the release type
     * @param start when the deployment starts
     * @return the end of the window
     */
    public Instant windowEnd(ReleaseType type, Instant start) {
        return Checks.notNull(start, "start").plus(train(type).window());
    }

    /**
     * The pending role approvals a release of a type needs; the release manager approval is
     * addressed to the release manager.
     *
     * @param type the release type
     * @param releaseManager the release manager's handle, or empty
     * @return the approvals, in the train's order
     */
    public List<Approval> approvals(ReleaseType type, String releaseManager) {
        Checks.notNull(releaseManager, "release manager");
        List<Approval> out = new ArrayList<>();
        for (String role : train(type).approvalRoles()) {
            out.add(Approval.pending(role, Roles.same(role, Roles.RELEASE_MANAGER) ? releaseManager : ""));
        }
        return List.copyOf(out);
    }

    /**
     * The role approvals a release of a type needs, addressed to the people the caller names: the
     * release manager approval to the release manager, any other role to the user given for it
     * (roles compared as in {@link Roles#same}). A hotfix names its Tech Lead and On-call this way
     * (R-HF1), so that they, and only they or a delegate of the policy, can approve it.
     *
     * @param type the release type
     * @param releaseManager the release manager's handle, or empty
     * @param approvers role → handle, such as {@code "Tech Lead" → "@tina"}; roles the train does not need are refused
     * @return the approvals, in the train's order
     * @throws dev.releaserules.core.InvalidInputException when a named role is not one the train needs, or a handle
     *     is blank or holds whitespace
     */
    public List<Approval> approvals(ReleaseType type, String releaseManager, Map<String, String> approvers) {
        Checks.notNull(approvers, "approvers");
        List<String> roles = train(type).approvalRoles();
        for (Map.Entry<String, String> e : approvers.entrySet()) {
            if (roles.stream().noneMatch(r -> Roles.same(r, e.getKey()))) {
                throw new dev.releaserules.core.InvalidInputException("approver role", String.valueOf(e.getKey()),
                        Messages.approverRoleExpected(type, roles));
            }
            String handle = Checks.notNull(e.getValue(), "approver");
            if (handle.isBlank() || handle.chars().anyMatch(Character::isWhitespace)) {
                throw new dev.releaserules.core.InvalidInputException("approver of " + e.getKey(), handle, Expected.HANDLE);
            }
        }
        List<Approval> out = new ArrayList<>();
        for (Approval a : approvals(type, releaseManager)) {
            String named = approvers.entrySet().stream().filter(e -> Roles.same(e.getKey(), a.role()))
                    .map(Map.Entry::getValue).findFirst().orElse(a.user());
            out.add(Approval.pending(a.role(), named));
        }
        return List.copyOf(out);
    }

    /**
     * A new draft release section for the next train of its type (R-RT2): scheduled at the next slot
     * (regular: the next weekly slot, major: the next monthly slot; a hotfix, which runs as needed: now),
     * with the next free id of the train's date in this calendar's zone, not the date of the day it is
     * drafted.
     *
     * @param type the release type
     * @param clock the source of time
     * @param existing the release ids that exist
     * @param releaseManager the release manager's handle, or empty
     * @return the release section
     */
    public ReleaseHeader draft(ReleaseType type, Clock clock, Collection<ReleaseId> existing, String releaseManager) {
        Checks.notNull(clock, "clock");
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant slot = switch (Checks.notNull(type, "release type")) {
            case REGULAR -> nextRegularSlot(now);
            case MAJOR -> nextMajorSlot(now);
            case HOTFIX -> now;
        };
        LocalDate date = slot.atZone(zone).toLocalDate();
        return ReleaseHeader.draft(ReleaseId.next(date, existing), type, Times.text(slot), releaseManager);
    }

    /**
     * A new draft release section with a given id (R-RT2): a regular or major release is scheduled on
     * the id's date at the calendar's time; a hotfix, which runs as needed, at the clock's now.
     *
     * @param id the release id; its date is the train's date
     * @param type the release type
     * @param clock the source of time, for hotfixes
     * @param releaseManager the release manager's handle, or empty
     * @return the release section
     */
    public ReleaseHeader draft(ReleaseId id, ReleaseType type, Clock clock, String releaseManager) {
        Checks.notNull(id, "release id");
        Checks.notNull(clock, "clock");
        Instant slot = Checks.notNull(type, "release type") == ReleaseType.HOTFIX
                ? clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                : id.date().atTime(time).atZone(zone).toInstant();
        return ReleaseHeader.draft(id, type, Times.text(slot), releaseManager);
    }

    /**
     * The release calendar (R-RT2): the next trains after a time, in order, each with its feature
     * freeze and deployment window. The first slot of a month is the major release, the other
     * slots are regular ones.
     *
     * @param after the time; trains leaving strictly after it are listed
     * @param count how many, from 1 to 520
     * @return the trains
     * @throws dev.releaserules.core.InvalidInputException when the count is out of range
     */
    public List<UpcomingTrain> upcoming(Instant after, int count) {
        Checks.notNull(after, "time");
        if (count < 1 || count > 520) {
            throw new dev.releaserules.core.InvalidInputException("train count", Integer.toString(count),
                    Messages.trainCount(520));
        }
        List<UpcomingTrain> out = new ArrayList<>();
        Instant at = after;
        while (out.size() < count) {
            Instant slot = nextRegularSlot(at);
            ZonedDateTime local = slot.atZone(zone);
            boolean firstOfMonth = local.minusWeeks(1).getMonth() != local.getMonth();
            ReleaseType type = firstOfMonth ? ReleaseType.MAJOR : ReleaseType.REGULAR;
            out.add(new UpcomingTrain(type, local.toLocalDate(), featureFreeze(slot),
                    new DeploymentWindow(slot, windowEnd(type, slot))));
            at = slot;
        }
        return List.copyOf(out);
    }

    /**
     * The deployment window of a release (R-WN1): from its scheduled time for the length of its
     * type's window; a hotfix, which runs as needed, has its window open when its deployment starts.
     *
     * @param manifest the release
     * @param runStart when the deployment run started, for as-needed releases
     * @return the window; empty when a scheduled release has no scheduled time
     */
    public Optional<DeploymentWindow> window(ReleaseManifest manifest, Instant runStart) {
        Checks.notNull(manifest, "manifest");
        Checks.notNull(runStart, "run start");
        ReleaseType type = manifest.release().type();
        if (type == ReleaseType.HOTFIX) {
            return Optional.of(new DeploymentWindow(runStart, windowEnd(type, runStart)));
        }
        return Times.find(manifest.release().scheduledAt()).map(s -> new DeploymentWindow(s, windowEnd(type, s)));
    }

    /**
     * Whether a release may deploy at a time (R-WN1): inside its window, or at any time when a
     * schedule override is recorded in its manifest.
     *
     * @param manifest the release
     * @param at the time a component would deploy
     * @param runStart when the deployment run started
     * @return empty when allowed, else the refusal, naming the window and how to override
     */
    public Optional<String> deploymentRefusal(ReleaseManifest manifest, Instant at, Instant runStart) {
        Checks.notNull(at, "time");
        Optional<DeploymentWindow> window = window(manifest, runStart);
        if (manifest.release().scheduleOverride().isPresent() || window.map(w -> w.contains(at)).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(window.map(w -> Messages.outsideWindow(manifest.release().type(), w, at))
                .orElseGet(() -> Messages.unscheduled(manifest.release().type())));
    }

    /**
     * When features freeze for a release (R-FZ1): the configured time before its scheduled slot.
     *
     * @param manifest the release
     * @return the freeze; empty for a hotfix or a release with no scheduled time
     */
    public Optional<Instant> featureFreeze(ReleaseManifest manifest) {
        Checks.notNull(manifest, "manifest");
        if (manifest.release().type() == ReleaseType.HOTFIX) {
            return Optional.empty();
        }
        return Times.find(manifest.release().scheduledAt()).map(this::featureFreeze);
    }

    /**
     * Whether commits may join a release at a time (R-FZ1): after its feature freeze, features
     * ({@code feat}) and breaking changes are refused unless a schedule override is recorded in its
     * manifest; fixes and other changes are always allowed.
     *
     * @param manifest the release
     * @param commits the commits that would join it
     * @param at when
     * @return empty when allowed, else the refusal naming the commits
     */
    public Optional<String> freezeRefusal(ReleaseManifest manifest, List<Commit> commits, Instant at) {
        Checks.notNull(at, "time");
        List<Commit> all = Checks.listCopy(commits, "commits");
        Optional<Instant> freeze = featureFreeze(manifest);
        if (freeze.isEmpty() || at.isBefore(freeze.get()) || manifest.release().scheduleOverride().isPresent()) {
            return Optional.empty();
        }
        List<Commit> features = all.stream().filter(ReleaseTrains::isFeature).toList();
        return features.isEmpty() ? Optional.empty()
                : Optional.of(Messages.frozen(freeze.get(), features.stream().map(Commit::shortId).toList()));
    }

    private static boolean isFeature(Commit commit) {
        return commit.message() instanceof ConventionalCommit c && (c.isBreaking() || c.normalizedType().equals("feat"));
    }

    /**
     * Checks a manifest against its train: a hotfix deploys at most one component.
     *
     * @param manifest the manifest
     * @return the manifest
     * @throws RuleViolationException (R-RT1) when it deploys more components than its train allows
     */
    public ReleaseManifest check(ReleaseManifest manifest) {
        ReleaseTrain train = train(manifest.release().type());
        long count = manifest.components().stream().filter(Component::isChanged).count();
        if (train.maxComponents() > 0 && count > train.maxComponents()) {
            throw new RuleViolationException(Rule.R_RT1,
                    Messages.hotfixSingleComponent((int) count).substring((Rule.R_RT1.id() + ": ").length()));
        }
        return manifest;
    }

    /** Builds {@link ReleaseTrains}; each setter checks its argument at once. */
    public static final class Builder {
        private ZoneId zone = ZoneId.of("UTC");
        private DayOfWeek day = DayOfWeek.TUESDAY;
        private LocalTime time = LocalTime.of(10, 0);
        private Duration freezeBefore = Duration.ofDays(7);
        private final Map<ReleaseType, ReleaseTrain> trains = new EnumMap<>(ReleaseType.class);

        private Builder() {
            trains.put(ReleaseType.REGULAR, ReleaseTrain.regular());
            trains.put(ReleaseType.HOTFIX, ReleaseTrain.hotfix());
            trains.put(ReleaseType.MAJOR, ReleaseTrain.major());
        }

        /**
         * Sets the zone of the schedule.
         *
         * @param value the zone; UTC unless set
         * @return this builder
         */
        public Builder zone(ZoneId value) {
            this.zone = Checks.notNull(value, "zone");
            return this;
        }

        /**
         * Sets the day of the weekly slot.
         *
         * @param value the day; Tuesday unless set
         * @return this builder
         */
        public Builder day(DayOfWeek value) {
            this.day = Checks.notNull(value, "day");
            return this;
        }

        /**
         * Sets the local time of the weekly slot.
         *
         * @param value the time; 10:00 unless set
         * @return this builder
         */
        public Builder time(LocalTime value) {
            this.time = Checks.notNull(value, "time");
            return this;
        }

        /**
         * Sets how long before a release features freeze.
         *
         * @param value the lead time; 7 days unless set
         * @return this builder
         */
        public Builder freezeBefore(Duration value) {
            this.freezeBefore = Checks.notNull(value, "freeze lead time");
            return this;
        }

        /**
         * Replaces the train of its type.
         *
         * @param value the train
         * @return this builder
         */
        public Builder train(ReleaseTrain value) {
            Checks.notNull(value, "train");
            trains.put(value.type(), value);
            return this;
        }

        /**
         * Builds the calendar.
         *
         * @return the calendar
         */
        public ReleaseTrains build() {
            return new ReleaseTrains(this);
        }
    }
}
