package dev.releaserules.core.manifest;

/** What each input of this package should look like, and the refusal texts: the one place they are written. */
final class Expected {
    static final String RELEASE_ID = "a release id rel-YYYY-MM-DD-NNN, such as rel-2024-01-15-001";
    static final String SAFE_NAME = "a name of ASCII letters, digits, '.', '_' and '-' that starts with a letter or digit,"
            + " has no \"..\", does not end with '.' or \".lock\" and is at most 64 characters long";
    static final String MANIFEST_VERSION = "a SemVer version with an optional \"v\" prefix, such as v1.2.3";
    static final String TIME = "an ISO-8601 date-time with offset, such as 2024-01-15T10:00:00Z, or nothing";
    static final String MAPPING = "a mapping (key: value pairs)";
    static final String LIST = "a list";
    static final String TEXT = "a text value";
    static final String BOOLEAN = "true or false";
    static final String UNIQUE_COMPONENT = "component names that are unique within the manifest";
    static final String UNIQUE_KEY = "keys that are unique within a mapping";
    static final String ONE_DOCUMENT = "exactly one YAML document holding a mapping";
    static final String NO_ANCHORS = "plain YAML without anchors, aliases or explicit tags";
    static final String REGULAR_FILE = "a regular file (not a directory, named pipe or device)";
    static final String SCHEDULE_OVERRIDE = "who overrides, when and why, all three given";
    static final String HANDLE = "a user handle without whitespace, such as @alice";

    private Expected() {
    }

    static String oneOf(java.util.List<String> wireNames) {
        return "one of " + String.join(", ", wireNames);
    }
}
