package dev.releaserules.core.event;

/** How urgently an event should reach people; channels map it to their own means (silent, mention). */
public enum Priority {
    /** Informational; channels may deliver it silently. */
    LOW,
    /** The default. */
    NORMAL,
    /** Someone must act now: failed production releases, rollbacks, critical hotfixes. */
    URGENT
}
