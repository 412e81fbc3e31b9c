package dev.releaserules.core;

/**
 * Thrown when an operation would break a release rule, such as incrementing a version again after
 * prepare ({@link Rule#R_V3}) or choosing an explicit version that is not greater than the current
 * one ({@link Rule#R_V2}).
 *
 * <p>The rule is available as {@link #rule()}; its id starts the message ({@code R-V3: ...}).
 */
public class RuleViolationException extends ReleaseException {
    private static final long serialVersionUID = 1L;

    private final Rule rule;

    /**
     * Creates the exception.
     *
     * @param rule the rule that refuses
     * @param message what the operation tried and why the rule refuses it
     */
    public RuleViolationException(Rule rule, String message) {
        super(java.util.Objects.requireNonNull(rule, "rule").id() + ": " + message);
        this.rule = rule;
    }

    /**
     * The rule that refused the operation.
     *
     * @return the rule; never null
     */
    public Rule rule() {
        return rule;
    }
}
