package dev.releaserules.core.version;

/** What each input of this package should look like: the one place these texts are written. */
final class Expected {
    static final String VERSION = "a SemVer 2.0.0 version MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD], such as 1.2.3";
    static final String NO_PREFIX = "a version without a prefix (\"v\" belongs to tag names, not versions), such as 1.2.3";
    static final String NO_WHITESPACE = "a version without whitespace, such as 1.2.3";
    static final String NO_LEADING_ZERO = "no leading zeros in a numeric part (\"01\" must be \"1\")";
    static final String NUMBER_FITS = "a number no larger than 2147483647";
    static final String IDENTIFIER = "identifiers of ASCII letters, digits and hyphens, separated by single dots";
    static final String RELEASE_VERSION = "a release version MAJOR.MINOR.PATCH without pre-release or build parts, such as 1.2.3";
    static final String VERSION_FILE = "one line holding a version MAJOR.MINOR.PATCH, such as 2.1.0";
    static final String LABEL = "a pre-release label of ASCII letters, digits and hyphens that is not a number, such as rc";
    static final String TAG = "a release tag such as v1.2.3";
    static final String RANGE = "an npm-style range such as ^1.2, >=1.0.0 <2.0.0 or 1.x";
    static final String RANGE_LENGTH = "a range of at most " + Version.MAX_RANGE + " characters";
    static final String RANGE_NUMBER = "numbers below 2147483647 in a range";
    static final String RANGE_VERSION = "a version of at most " + Version.MAX_RANGE + " characters whose major, minor"
            + " and patch are below 2147483647 and whose numeric"
            + " pre-release identifiers have at most " + Version.MAX_RANGE_DIGITS + " digits";

    private Expected() {
    }
}
