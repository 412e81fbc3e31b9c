package dev.releaserules.core.flow;

import java.util.List;

/** The labels the flow relies on (R-L1). */
public final class Labels {
    /** Marks release pull requests. */
    public static final String RELEASE = "release";
    /** Marks pull requests the automation opened. */
    public static final String AUTOMATED = "automated";
    /** Marks backport pull requests. */
    public static final String BACKPORT = "backport";
    /** Lets the auto-merge policy merge a pull request once its checks pass. */
    public static final String AUTO_MERGE = "auto-merge";
    /** Marks hotfix pull requests. */
    public static final String HOTFIX = "hotfix";
    /** Marks pull requests that must be handled first. */
    public static final String PRIORITY_CRITICAL = "priority:critical";

    private Labels() {
    }

    /**
     * Every label of R-L1, for hosts where labels must exist before use.
     *
     * @return the labels
     */
    public static List<String> all() {
        return List.of(RELEASE, AUTOMATED, BACKPORT, AUTO_MERGE, HOTFIX, PRIORITY_CRITICAL);
    }
}
