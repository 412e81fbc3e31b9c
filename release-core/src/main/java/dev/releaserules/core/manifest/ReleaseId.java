package dev.releaserules.core.manifest;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A release id of the form {@code rel-YYYY-MM-DD-NNN} (R-MF1), such as {@code rel-2024-01-15-001}:
 * the release date and a three-digit sequence number within that day. Safe to use as a file and
 * branch name.
 *
 * @param value the id text
 */
public record ReleaseId(String value) implements Comparable<ReleaseId> {
    private static final Pattern FORM = Pattern.compile("rel-(\\d{4}-\\d{2}-\\d{2})-(\\d{3})");

    /** Validates the id: the form, a real calendar date and a sequence number from 001 to 999. */
    public ReleaseId {
        Checks.notNull(value, "release id");
        var m = FORM.matcher(value);
        if (!m.matches() || "000".equals(m.group(2))) {
            throw new InvalidInputException("release id", value, Expected.RELEASE_ID);
        }
        try {
            LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("release id", value, Expected.RELEASE_ID, 4);
        }
    }

    /**
     * Parses a release id.
     *
     * @param text such as {@code rel-2024-01-15-001}
     * @return the id
     * @throws InvalidInputException when the text is not a release id
     */
    public static ReleaseId parse(String text) {
        return new ReleaseId(text);
    }

    /**
     * Parses a release id, returning empty instead of throwing.
     *
     * @param text the text, may be null
     * @return the id, or empty when the text is not a release id
     */
    public static Optional<ReleaseId> tryParse(String text) {
        try {
            return Optional.of(new ReleaseId(text));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    /**
     * The id for a release on a date with a sequence number.
     *
     * @param date the release date
     * @param sequence from 1 to 999
     * @return the id
     * @throws InvalidInputException when the sequence is out of range
     */
    public static ReleaseId of(LocalDate date, int sequence) {
        Checks.notNull(date, "date");
        if (sequence < 1 || sequence > 999) {
            throw new InvalidInputException("release sequence number", Integer.toString(sequence), "1 to 999");
        }
        return new ReleaseId(String.format("rel-%s-%03d", date, sequence));
    }

    /**
     * The next free id for today (in the clock's zone): one more than the highest sequence number
     * among the existing ids of the same day, or 001.
     *
     * @param clock the source of today's date
     * @param existing the ids that already exist, of any day
     * @return a new id that is not among {@code existing}
     * @throws InvalidInputException when 999 releases already exist that day
     */
    public static ReleaseId next(Clock clock, Collection<ReleaseId> existing) {
        Checks.notNull(clock, "clock");
        return next(LocalDate.now(clock), existing);
    }

    /**
     * The next free id for a date, such as the date of a release train (R-RT2): one more than the
     * highest sequence number among the existing ids of that date, or 001.
     *
     * @param today the release date
     * @param existing the ids that already exist, of any day
     * @return a new id that is not among {@code existing}
     * @throws InvalidInputException when 999 releases already exist that day
     */
    public static ReleaseId next(LocalDate today, Collection<ReleaseId> existing) {
        Checks.notNull(today, "date");
        int highest = 0;
        for (ReleaseId id : Checks.listCopy(existing, "existing release ids")) {
            if (id.date().equals(today)) {
                highest = Math.max(highest, id.sequence());
            }
        }
        return of(today, highest + 1);
    }

    /**
     * The date part.
     *
     * @return the release date
     */
    public LocalDate date() {
        return LocalDate.parse(value.substring(4, 14));
    }

    /**
     * The sequence number within the day.
     *
     * @return from 1 to 999
     */
    public int sequence() {
        return Integer.parseInt(value.substring(15));
    }

    @Override
    public int compareTo(ReleaseId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
