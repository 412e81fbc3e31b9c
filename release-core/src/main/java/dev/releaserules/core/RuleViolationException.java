package dev.releaserules.core;

/**
 * Thrown when an operation would break a release rule, such as incrementing a version again after
 * prepare (R-V3) or choosing an explicit version that is not greater than the current one (R-V2).
 *
 * <p>The rule id (as in the rule catalogue, e.g. {@code "R-V3"}) is available as {@link #rule()} and
 * starts the message.
 */
public class RuleViolationException extends ReleaseException {
    private static final long serialVersionUID = 1L;

    private final String rule;

    /**
     * Creates the exception.
     *
     * @param rule the rule id, such as {@code "R-V3"}
     * @param message what the operation tried and why the rule refuses it
     */
    public RuleViolationException(String rule, String message) {
        super(rule + ": " + message);
        this.rule = rule;
    }

    /**
     * The id of the rule that refused the operation.
     *
     * @return the rule id, such as {@code "R-V3"}; never null
     */
    public String rule() {
        return rule;
    }
}
