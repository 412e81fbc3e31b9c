package dev.releaserules.core.version;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.semver4j.Semver;

/**
 * A semantic version as defined by <a href="https://semver.org/spec/v2.0.0.html">SemVer 2.0.0</a>.
 *
 * <p>Parsing is strict: {@code v1.2}, {@code 01.2.3}, {@code 1.2.3-} and versions with whitespace
 * are refused with an {@link InvalidInputException} that names the input, the position and what
 * was expected. {@link #compareTo} implements the precedence of SemVer §11: numeric parts compare
 * numerically, a pre-release sorts below its release ({@code 1.0.0-rc.1 < 1.0.0}), numeric
 * pre-release identifiers compare numerically whatever their length, and build metadata is
 * ignored. Because build metadata is ignored, {@code compareTo} is not consistent with
 * {@link #equals}: {@code 1.0.0+a} and {@code 1.0.0+b} are different values of the same
 * precedence (see {@link #hasSamePrecedence}).
 *
 * <pre>{@code
 * Version current = Version.parse("2.1.1");
 * Version next = current.next(Increment.MINOR);                 // 2.2.0
 * Version staging = next.toStaging(Instant.ofEpochSecond(1700000000)); // 2.2.0-rc.1700000000
 * }</pre>
 *
 * @param major the major number, not negative
 * @param minor the minor number, not negative
 * @param patch the patch number, not negative
 * @param preRelease the pre-release identifiers ({@code ["rc", "1"]} for {@code -rc.1}), empty for
 *     a release; each a valid SemVer identifier
 * @param build the build metadata identifiers, empty when there are none
 */
public record Version(int major, int minor, int patch, List<String> preRelease, List<String> build)
        implements Comparable<Version> {

    /** The longest range {@link #satisfies(String)} evaluates, in characters. */
    public static final int MAX_RANGE = 256;
    /** The most digits a numeric pre-release identifier may have for {@link #satisfies(String)}. */
    public static final int MAX_RANGE_DIGITS = 18;

    /**
     * Validates and copies the parts.
     *
     * @throws InvalidInputException when a number is negative or an identifier is not valid SemVer
     */
    public Version {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new InvalidInputException("version", major + "." + minor + "." + patch,
                    "numbers that are not negative");
        }
        preRelease = Checks.listCopy(preRelease, "preRelease");
        build = Checks.listCopy(build, "build");
        for (String id : preRelease) {
            checkIdentifier(id, true);
        }
        for (String id : build) {
            checkIdentifier(id, false);
        }
    }

    /**
     * A release version without pre-release or build parts.
     *
     * @param major the major number, not negative
     * @param minor the minor number, not negative
     * @param patch the patch number, not negative
     * @return the version {@code major.minor.patch}
     * @throws InvalidInputException when a number is negative
     */
    public static Version of(int major, int minor, int patch) {
        return new Version(major, minor, patch, List.of(), List.of());
    }

    /**
     * Parses a SemVer 2.0.0 version, strictly.
     *
     * @param text the version, such as {@code 1.2.3}, {@code 1.2.3-rc.1} or {@code 1.2.3+build.5}
     * @return the version
     * @throws InvalidInputException when {@code text} is null or not a valid version; the message
     *     names the input, the position and what was expected
     */
    public static Version parse(String text) {
        Checks.notNull(text, "version");
        return new Parser(text).parse();
    }

    /**
     * Parses a version, or says it is not one.
     *
     * @param text the text to parse; null gives an empty result
     * @return the version, or empty when {@code text} is not a valid version
     */
    public static Optional<Version> tryParse(String text) {
        // Every version starts with a digit: rejecting the rest here spares an exception per junk tag,
        // which costs ~10 µs cold and ~1,000 times when a prefix-less tag format meets 2,000 tags.
        if (text == null || text.isEmpty() || text.charAt(0) < '0' || text.charAt(0) > '9') {
            return Optional.empty();
        }
        try {
            return Optional.of(new Parser(text).parse());
        } catch (InvalidInputException notAVersion) {
            return Optional.empty();
        }
    }

    /**
     * Whether this is a pre-release ({@code 1.2.3-rc.1}).
     *
     * @return true when the version has pre-release identifiers
     */
    public boolean isPreRelease() {
        return !preRelease.isEmpty();
    }

    /**
     * Whether this version is a plain {@code MAJOR.MINOR.PATCH}, with neither pre-release nor build.
     *
     * @return true for {@code 1.2.3}, false for {@code 1.2.3-rc.1} or {@code 1.2.3+5}
     */
    public boolean isRelease() {
        return preRelease.isEmpty() && build.isEmpty();
    }

    /**
     * This version without pre-release and build parts.
     *
     * @return {@code 1.2.3} for {@code 1.2.3-rc.1+b5}; this instance when there is nothing to drop
     */
    public Version core() {
        return isRelease() ? this : of(major, minor, patch);
    }

    /**
     * The next release version for an increment; lower parts reset, pre-release and build dropped.
     *
     * <p>A pre-release graduates to its release when the increment would not go beyond it, as npm
     * and most release tools do: {@code 2.0.0-rc.1} with {@link Increment#MAJOR} gives
     * {@code 2.0.0}, {@code 1.3.0-rc.1} with {@link Increment#MINOR} gives {@code 1.3.0}, and
     * {@code 1.2.4-rc.1} with {@link Increment#PATCH} gives {@code 1.2.4}. The result is always
     * greater than this version.
     *
     * @param increment which part to increment
     * @return the next version
     * @throws InvalidInputException when the incremented number would exceed {@link Integer#MAX_VALUE}
     */
    public Version next(Increment increment) {
        Checks.notNull(increment, "increment");
        boolean graduates = isPreRelease() && switch (increment) {
            case MAJOR -> minor == 0 && patch == 0;
            case MINOR -> patch == 0;
            case PATCH -> true;
        };
        if (graduates) {
            return core();
        }
        return switch (increment) {
            case MAJOR -> of(increment(major), 0, 0);
            case MINOR -> of(major, increment(minor), 0);
            case PATCH -> of(major, minor, increment(patch));
        };
    }

    private int increment(int number) {
        if (number == Integer.MAX_VALUE) {
            throw new InvalidInputException("version", toString(), Expected.NUMBER_FITS + " after the increment");
        }
        return number + 1;
    }

    /**
     * The next pre-release of this (release) version with a label, counting on from the
     * pre-releases that already exist for this same version and label.
     *
     * <p>The counter is per base version: with existing {@code 2.3.0-rc.1} and {@code 2.3.0-rc.2},
     * {@code 2.3.0} gives {@code 2.3.0-rc.3}; an {@code 2.2.0-rc.7} of another base does not count,
     * so the first pre-release of a new base is always {@code .1}. Existing pre-releases whose
     * second identifier is not a number ({@code 2.3.0-rc.alpha}) are not counters and are ignored.
     *
     * @param label the pre-release label, such as {@code rc} or {@code beta}
     * @param existing versions that already exist (tags, published artifacts); any versions, those
     *     of other bases or labels are ignored
     * @return {@code MAJOR.MINOR.PATCH-label.N}, with N one more than the highest existing counter
     * @throws InvalidInputException when the label is not a valid non-numeric identifier
     */
    public Version nextPreRelease(String label, Collection<Version> existing) {
        Checks.notNull(label, "label");
        Checks.notNull(existing, "existing");
        if (label.isEmpty() || isNumeric(label) || !isIdentifier(label)) {
            throw new InvalidInputException("pre-release label", label, Expected.LABEL);
        }
        Version base = core();
        long highest = 0;
        for (Version v : existing) {
            if (v != null && v.core().equals(base) && v.preRelease.size() >= 2
                    && v.preRelease.get(0).equals(label) && isNumeric(v.preRelease.get(1))
                    && v.preRelease.get(1).length() <= 18) {
                highest = Math.max(highest, Long.parseLong(v.preRelease.get(1)));
            }
        }
        return new Version(major, minor, patch, List.of(label, Long.toString(highest + 1)), List.of());
    }

    /**
     * The staging version of this release at a point in time: {@code X.Y.Z-rc.<epoch seconds>}
     * (R-V5). It sorts below {@code X.Y.Z}, and staging versions of the same release sort by time.
     *
     * @param time when the staging build was made; must not be before the epoch
     * @return the staging version
     * @throws InvalidInputException when {@code time} is before 1970-01-01T00:00:00Z
     */
    public Version toStaging(Instant time) {
        Checks.notNull(time, "time");
        if (time.getEpochSecond() < 0) {
            throw new InvalidInputException("staging time", time.toString(), "a time after 1970-01-01T00:00:00Z");
        }
        return new Version(major, minor, patch, List.of("rc", Long.toString(time.getEpochSecond())), List.of());
    }

    /**
     * This version with other build metadata.
     *
     * @param identifiers the build identifiers, such as {@code ["sha", "abc123"]}; empty to drop them
     * @return a copy with the given build metadata
     * @throws InvalidInputException when an identifier is not valid SemVer build metadata
     */
    public Version withBuild(List<String> identifiers) {
        return new Version(major, minor, patch, preRelease, identifiers);
    }

    /**
     * Whether two versions have the same precedence, that is they differ at most in build metadata.
     *
     * @param other the other version
     * @return true when {@code compareTo(other) == 0}
     */
    public boolean hasSamePrecedence(Version other) {
        return compareTo(other) == 0;
    }

    /**
     * Whether this version is greater than another by SemVer precedence.
     *
     * @param other the other version
     * @return true when {@code compareTo(other) > 0}
     */
    public boolean isGreaterThan(Version other) {
        return compareTo(other) > 0;
    }

    /**
     * Whether this version satisfies an npm-style range such as {@code ^1.2}, {@code >=1.0.0 <2.0.0}
     * or {@code 1.x}, as semver4j evaluates ranges.
     *
     * <p>Ranges are bounded so the evaluation cannot fail or give a wrong answer: at most
     * {@value #MAX_RANGE} characters, and no number of {@code 2147483647} or more (a range such as
     * {@code ^2147483647} would overflow when its upper end is computed). A version whose major, minor
     * or patch is {@code 2147483647}, that is longer than {@value #MAX_RANGE} characters, or that has a
     * numeric pre-release identifier of more than {@value #MAX_RANGE_DIGITS} digits, cannot be checked
     * against a range either.
     *
     * @param range the range expression
     * @return true when the version lies in the range
     * @throws InvalidInputException when {@code range} is null, blank, too long, holds a number too
     *     large, or is not a range; or when this version cannot be checked against ranges
     */
    public boolean satisfies(String range) {
        Checks.notBlank(range, "range");
        if (range.length() > MAX_RANGE) {
            throw new InvalidInputException("range", range, Expected.RANGE_LENGTH);
        }
        int big = firstLargeNumber(range);
        if (big >= 0) {
            throw new InvalidInputException("range", range, Expected.RANGE_NUMBER, big);
        }
        if (major == Integer.MAX_VALUE || minor == Integer.MAX_VALUE || patch == Integer.MAX_VALUE
                || toString().length() > MAX_RANGE
                || preRelease.stream().anyMatch(id -> isNumeric(id) && id.length() > MAX_RANGE_DIGITS)) {
            throw new InvalidInputException("version checked against a range", toString(), Expected.RANGE_VERSION);
        }
        try {
            return new Semver(toString()).satisfies(range);
        } catch (RuntimeException e) {
            // semver4j's own failures (a number it cannot parse, a shape it does not know) are bad input here.
            throw new InvalidInputException("range", range, Expected.RANGE);
        }
    }

    // The index of the first run of digits whose value is 2147483647 or more, or -1.
    private static int firstLargeNumber(String range) {
        int i = 0;
        while (i < range.length()) {
            if (!isDigit(range.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < range.length() && isDigit(range.charAt(i))) {
                i++;
            }
            String digits = range.substring(start, i).replaceFirst("^0+(?=.)", "");
            if (digits.length() > 10 || (digits.length() == 10 && digits.compareTo("2147483647") >= 0)) {
                return start;
            }
        }
        return -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Compares by SemVer 2.0.0 precedence (§11); build metadata is ignored.
     *
     * @param other the version to compare with
     * @return negative, zero or positive as this version has lower, the same or higher precedence
     */
    @Override
    public int compareTo(Version other) {
        int c = Integer.compare(major, other.major);
        if (c == 0) {
            c = Integer.compare(minor, other.minor);
        }
        if (c == 0) {
            c = Integer.compare(patch, other.patch);
        }
        if (c != 0) {
            return c;
        }
        if (preRelease.isEmpty() || other.preRelease.isEmpty()) {
            // A release has higher precedence than any of its pre-releases.
            return Boolean.compare(preRelease.isEmpty(), other.preRelease.isEmpty());
        }
        int shared = Math.min(preRelease.size(), other.preRelease.size());
        for (int i = 0; i < shared; i++) {
            c = compareIdentifiers(preRelease.get(i), other.preRelease.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(preRelease.size(), other.preRelease.size());
    }

    private static int compareIdentifiers(String a, String b) {
        boolean aNumeric = isNumeric(a);
        boolean bNumeric = isNumeric(b);
        if (aNumeric && bNumeric) {
            // No leading zeros, so a longer number is a larger one; this never overflows.
            int byLength = Integer.compare(a.length(), b.length());
            return byLength != 0 ? byLength : Integer.signum(a.compareTo(b));
        }
        if (aNumeric != bNumeric) {
            return aNumeric ? -1 : 1;
        }
        return Integer.signum(a.compareTo(b));
    }

    /**
     * The version in SemVer form, such as {@code 1.2.3-rc.1+build.5}.
     *
     * @return the canonical text; {@code Version.parse(v.toString()).equals(v)} always holds
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(16).append(major).append('.').append(minor).append('.').append(patch);
        if (!preRelease.isEmpty()) {
            out.append('-').append(String.join(".", preRelease));
        }
        if (!build.isEmpty()) {
            out.append('+').append(String.join(".", build));
        }
        return out.toString();
    }

    static boolean isNumeric(String id) {
        if (id.isEmpty()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isIdentifierChar(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
    }

    private static boolean isIdentifier(String id) {
        for (int i = 0; i < id.length(); i++) {
            if (!isIdentifierChar(id.charAt(i))) {
                return false;
            }
        }
        return !id.isEmpty();
    }

    private static void checkIdentifier(String id, boolean preRelease) {
        if (!isIdentifier(id)) {
            throw new InvalidInputException(preRelease ? "pre-release identifier" : "build identifier", id,
                    Expected.IDENTIFIER);
        }
        if (preRelease && id.length() > 1 && id.charAt(0) == '0' && isNumeric(id)) {
            throw new InvalidInputException("pre-release identifier", id, Expected.NO_LEADING_ZERO);
        }
    }

    /** A single-pass strict parser; its errors point at the first offending character. */
    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        Version parse() {
            if (text.isEmpty()) {
                throw fail(Expected.VERSION, -1);
            }
            for (int i = 0; i < text.length(); i++) {
                if (Character.isWhitespace(text.charAt(i))) {
                    throw fail(Expected.NO_WHITESPACE, i);
                }
            }
            char first = text.charAt(0);
            if ((first == 'v' || first == 'V') && text.length() > 1 && Character.isDigit(text.charAt(1))) {
                throw fail(Expected.NO_PREFIX, 0);
            }
            int major = number("MAJOR");
            expect('.', "MINOR");
            int minor = number("MINOR");
            expect('.', "PATCH");
            int patch = number("PATCH");
            List<String> pre = List.of();
            List<String> build = List.of();
            if (pos < text.length() && text.charAt(pos) == '-') {
                pos++;
                pre = identifiers(true);
            }
            if (pos < text.length() && text.charAt(pos) == '+') {
                pos++;
                build = identifiers(false);
            }
            if (pos < text.length()) {
                throw fail(Expected.VERSION, pos);
            }
            return new Version(major, minor, patch, pre, build);
        }

        private void expect(char c, String nextPart) {
            if (pos >= text.length() || text.charAt(pos) != c) {
                throw fail(Expected.VERSION + " (" + nextPart + " is missing)", pos < text.length() ? pos : -1);
            }
            pos++;
        }

        private int number(String part) {
            int start = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos)) && text.charAt(pos) < 128) {
                pos++;
            }
            if (pos == start) {
                throw fail(Expected.VERSION + " (" + part + " must be a number)", start < text.length() ? start : -1);
            }
            if (pos - start > 1 && text.charAt(start) == '0') {
                throw fail(Expected.NO_LEADING_ZERO + " in " + part, start);
            }
            if (pos - start > 10 || Long.parseLong(text, start, pos, 10) > Integer.MAX_VALUE) {
                throw fail(Expected.NUMBER_FITS + " in " + part, start);
            }
            return Integer.parseInt(text, start, pos, 10);
        }

        private List<String> identifiers(boolean preRelease) {
            List<String> ids = new ArrayList<>(2);
            while (true) {
                int start = pos;
                while (pos < text.length() && isIdentifierChar(text.charAt(pos))) {
                    pos++;
                }
                if (pos == start) {
                    String what = preRelease ? "pre-release" : "build metadata";
                    throw fail(Expected.IDENTIFIER + " after the " + (ids.isEmpty() ? (preRelease ? "\"-\"" : "\"+\"") : "\".\"")
                            + " of the " + what, start < text.length() ? start : -1);
                }
                String id = text.substring(start, pos);
                if (preRelease && id.length() > 1 && id.charAt(0) == '0' && isNumeric(id)) {
                    throw fail(Expected.NO_LEADING_ZERO + " in the pre-release", start);
                }
                ids.add(id);
                if (pos < text.length() && text.charAt(pos) == '.') {
                    pos++;
                } else {
                    return ids;
                }
            }
        }

        private InvalidInputException fail(String expected, int at) {
            return new InvalidInputException("version", text, expected, at);
        }
    }

    /**
     * Equal when every part is, build metadata included (unlike {@link #compareTo}). Written out
     * because a record's generated {@code equals} and {@code hashCode} link method handles on their
     * first call, which a command-line process pays at start-up.
     *
     * @param other the other object
     * @return whether it is an equal version
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Version v && major == v.major && minor == v.minor && patch == v.patch
                && preRelease.equals(v.preRelease) && build.equals(v.build);
    }

    @Override
    public int hashCode() {
        return (((major * 31 + minor) * 31 + patch) * 31 + preRelease.hashCode()) * 31 + build.hashCode();
    }
}
