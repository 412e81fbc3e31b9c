package dev.releaserules.core.manifest;

import java.util.Locale;

/** The role names the rules know, and how role names compare. */
public final class Roles {
    /** The release manager; only they give this approval (R-SO1). */
    public static final String RELEASE_MANAGER = "Release Manager";
    /** The tech lead. */
    public static final String TECH_LEAD = "Tech Lead";
    /** The QA lead. */
    public static final String QA_LEAD = "QA Lead";
    /** Security. */
    public static final String SECURITY = "Security";
    /** The database administrators, needed when migrations are present. */
    public static final String DBA = "DBA";
    /** The on-call engineer, needed for hotfixes. */
    public static final String ON_CALL = "On-call";

    private Roles() {
    }

    /**
     * Whether two role names name the same role, ignoring case, spaces, {@code -} and {@code _}.
     *
     * @param a a role name
     * @param b another role name
     * @return true when they are the same role
     */
    public static boolean same(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }

    static String key(String role) {
        return role.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
    }
}
