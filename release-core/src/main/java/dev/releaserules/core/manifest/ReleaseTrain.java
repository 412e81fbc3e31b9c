package dev.releaserules.core.manifest;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import java.time.Duration;
import java.util.List;

/**
 * How one type of release runs (R-RT1): how often, how long its deployment window is, which role
 * approvals it needs, whether team sign-offs count and how many components it may deploy.
 *
 * @param type the release type
 * @param frequency how often, for people, such as {@code Weekly (Tuesday 10am)}
 * @param window how long the deployment may take
 * @param approvalRoles the role approvals the release needs, such as {@code Tech Lead}
 * @param teamSignOffs whether component team sign-offs are needed
 * @param maxComponents the most components one release may deploy; 0 for no limit
 */
public record ReleaseTrain(ReleaseType type, String frequency, Duration window, List<String> approvalRoles,
        boolean teamSignOffs, int maxComponents) {

    /** Validates the parts. */
    public ReleaseTrain {
        Checks.notNull(type, "release type");
        Checks.notBlank(frequency, "frequency");
        Checks.notNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new InvalidInputException("window", window.toString(), "a positive duration");
        }
        approvalRoles = Checks.listCopy(approvalRoles, "approval roles");
        if (maxComponents < 0) {
            throw new InvalidInputException("component limit", Integer.toString(maxComponents), "0 or more");
        }
    }

    /**
     * The weekly train of the process: Tuesday 10:00, 2 hours, team leads sign off, the release manager approves.
     *
     * @return the regular train
     */
    public static ReleaseTrain regular() {
        return new ReleaseTrain(ReleaseType.REGULAR, "Weekly (Tuesday 10am)", Duration.ofHours(2),
                List.of(Roles.RELEASE_MANAGER), true, 0);
    }

    /**
     * The hotfix of the process: as needed, 30 minutes, tech lead and on-call approve, no team sign-offs,
     * one component.
     *
     * @return the hotfix train
     */
    public static ReleaseTrain hotfix() {
        return new ReleaseTrain(ReleaseType.HOTFIX, "As needed", Duration.ofMinutes(30),
                List.of(Roles.TECH_LEAD, Roles.ON_CALL), false, 1);
    }

    /**
     * The monthly major of the process: 4 hours, all stakeholders approve.
     *
     * @return the major train
     */
    public static ReleaseTrain major() {
        return new ReleaseTrain(ReleaseType.MAJOR, "Monthly", Duration.ofHours(4),
                List.of(Roles.RELEASE_MANAGER, Roles.TECH_LEAD, Roles.QA_LEAD, Roles.SECURITY), true, 0);
    }
}
