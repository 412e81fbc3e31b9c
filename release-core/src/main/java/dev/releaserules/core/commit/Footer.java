package dev.releaserules.core.commit;

import dev.releaserules.core.internal.Checks;

/**
 * A footer (git trailer) of a conventional commit: {@code Token: value} or {@code Token #value}.
 *
 * @param token the token, such as {@code Reviewed-by}, {@code Refs} or {@code BREAKING CHANGE};
 *     case as written
 * @param value the value after the separator ({@code ": "} or {@code " #"}, so {@code Fixes #42} has the
 *     value {@code 42}), without surrounding whitespace; continuation lines of a multi-line value are
 *     joined with {@code \n}
 */
public record Footer(String token, String value) {

    /** The footer token that marks a breaking change. */
    public static final String BREAKING_CHANGE = "BREAKING CHANGE";
    /** The hyphenated synonym of {@link #BREAKING_CHANGE}. */
    public static final String BREAKING_CHANGE_HYPHENATED = "BREAKING-CHANGE";

    /** Validates the parts. */
    public Footer {
        Checks.notBlank(token, "footer token");
        Checks.notNull(value, "footer value");
    }

    /**
     * Whether this footer announces a breaking change ({@code BREAKING CHANGE} or
     * {@code BREAKING-CHANGE}, upper case only, as the specification requires).
     *
     * @return true for a breaking-change footer
     */
    public boolean isBreakingChange() {
        return token.equals(BREAKING_CHANGE) || token.equals(BREAKING_CHANGE_HYPHENATED);
    }
}
