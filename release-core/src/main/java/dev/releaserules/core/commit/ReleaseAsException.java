package dev.releaserules.core.commit;

import dev.releaserules.core.Rule;
import dev.releaserules.core.RuleViolationException;
import dev.releaserules.core.version.Version;

/**
 * Thrown when a {@code Release-As:} footer asks for a version that is not greater than the current
 * release: an explicit version must be greater than the current one (rule R-V2), and a footer left
 * over from an earlier release must not move the version backwards or repeat it.
 */
public class ReleaseAsException extends RuleViolationException {
    private static final long serialVersionUID = 1L;

    private final String commitId;
    private final Version requested;
    private final Version current;

    /**
     * Creates the exception.
     *
     * @param commitId the full id of the commit with the footer
     * @param shortId its abbreviated id, for the message
     * @param requested the version the footer asks for
     * @param current the current release's version
     */
    public ReleaseAsException(String commitId, String shortId, Version requested, Version current) {
        super(Rule.R_V2, Messages.releaseAsNotGreater(shortId, requested, current));
        this.commitId = commitId;
        this.requested = requested;
        this.current = current;
    }

    /**
     * The commit whose footer asks for the version.
     *
     * @return its full id
     */
    public String commitId() {
        return commitId;
    }

    /**
     * The version the footer asks for.
     *
     * @return the version
     */
    public Version requested() {
        return requested;
    }

    /**
     * The current release's version, which the requested one does not exceed.
     *
     * @return the version
     */
    public Version current() {
        return current;
    }
}
