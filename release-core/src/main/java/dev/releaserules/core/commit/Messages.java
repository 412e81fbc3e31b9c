package dev.releaserules.core.commit;

import java.util.Locale;

/** The texts of this package: what inputs should look like, and why a message is not conventional. */
final class Messages {
    static final String EXPECTED_TYPE =
            "a commit type: a letter followed by letters, digits or hyphens, such as feat or fix";

    static final String EMPTY_MESSAGE = "empty message";
    static final String EMPTY_FIRST_LINE = "empty first line";
    static final String MISSING_COLON = "missing \": \" after the type";
    static final String TYPE_NOT_A_WORD = "type must be a word: a letter, then letters, digits or hyphens";
    static final String UNCLOSED_SCOPE = "scope not closed with \")\"";
    static final String NESTED_PARENTHESIS = "scope must not contain \"(\"";
    static final String EMPTY_SCOPE = "empty scope: leave out \"()\" when there is no scope";
    static final String MISSING_COLON_AFTER_SCOPE = "missing \": \" right after the scope";
    static final String MISSING_COLON_AFTER_BANG = "missing \": \" right after \"!\"";
    static final String MISSING_SPACE = "missing space after \":\"";
    static final String EMPTY_DESCRIPTION = "empty description";

    static final String BREAKING_CHANGE = "breaking change";
    static final String FEATURE = "feature";
    static final String FIX = "fix";
    static final String PERFORMANCE = "performance improvement";
    static final String ARROW = " → ";
    static final String NO_INCREMENT = "no bump";
    static final String NO_BUMP = "no commit calls for a release";
    static final String NO_OTHER_BUMP = "no other commit calls for an increment";
    static final String BREAKING_AS_MINOR = "breaking changes bump the minor while the major is 0";

    private Messages() {
    }

    /** Why a commit of a configured type bumps, when the type has no name of its own. */
    static String typeReason(String normalizedType) {
        return switch (normalizedType) {
            case "feat" -> FEATURE;
            case "fix" -> FIX;
            case "perf" -> PERFORMANCE;
            default -> "\"" + normalizedType + "\" commit";
        };
    }

    /** The count and the plural of a reason: {@code 1 fix}, {@code 2 fixes}, {@code 3 features}. */
    static String count(int count, String reason) {
        if (count == 1) {
            return "1 " + reason;
        }
        boolean sibilant = reason.endsWith("x") || reason.endsWith("s") || reason.endsWith("sh")
                || reason.endsWith("ch");
        return count + " " + reason + (sibilant ? "es" : "s");
    }

    /** Why a {@code Release-As:} footer is refused: it does not ask for a version above the current one. */
    static String releaseAsNotGreater(String shortId, dev.releaserules.core.version.Version requested,
            dev.releaserules.core.version.Version current) {
        return "the Release-As footer of commit " + shortId + " asks for " + requested
                + ", which is not greater than the current release " + current;
    }

    /** The subject of a malformed {@code Release-As:} footer. */
    static String releaseAsFooter(String shortId) {
        return "Release-As footer of commit " + shortId;
    }

    static final String EXPECTED_RELEASE_AS = "a version X.Y.Z, such as 2.0.0";

    /** Where the version of an explanation comes from when a footer set it. */
    static String releaseAsIn(String shortId) {
        return "Release-As in " + shortId;
    }

    /** The name of an increment in an explanation: {@code major}, {@code minor}, {@code patch}. */
    static String incrementName(dev.releaserules.core.version.Increment increment) {
        return increment.toString().toLowerCase(Locale.ROOT);
    }
}
