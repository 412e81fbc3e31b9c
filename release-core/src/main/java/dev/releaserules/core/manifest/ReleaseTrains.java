package dev.releaserules.core.manifest;

import dev.releaserules.core.Rule;
import dev.releaserules.core.RuleViolationException;
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

/**
 * The release calendar and the trains (R-RT1): regular releases every week on a day and time in a
 * zone (Tuesday 10:00 by default), a major release on the first such slot of each month, feature
 * freeze a week before a release, and the {@link ReleaseTrain} of each type.
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
     * A new draft release section: the next free id for today, scheduled at the next slot of its
     * type (regular: the next weekly slot, major: the next monthly slot, hotfix: now).
     *
     * @param type the release type
     * @param clock the source of time
     * @param existing the release ids that exist
     * @param releaseManager the release manager's handle, or empty
     * @return the release section
     */
    public ReleaseHeader draft(ReleaseType type, Clock clock, Collection<ReleaseId> existing, String releaseManager) {
        Checks.notNull(clock, "clock");
        Instant now = clock.instant();
        Instant slot = switch (Checks.notNull(type, "release type")) {
            case REGULAR -> nextRegularSlot(now);
            case MAJOR -> nextMajorSlot(now);
            case HOTFIX -> now;
        };
        return ReleaseHeader.draft(ReleaseId.next(clock, existing), type, Times.text(slot), releaseManager);
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
