package dev.releaserules.core.commit;

import dev.releaserules.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A commit message of the form {@code type(scope)!: description}, with optional body and footers,
 * as defined by <a href="https://www.conventionalcommits.org/en/v1.0.0/">Conventional Commits 1.0.0</a>.
 *
 * <p>The footers are the trailing paragraphs of the message whose first line is a footer
 * ({@code Token: value} or {@code Token #value}); a line of such a paragraph that does not start a
 * new footer continues the value of the one before. A body that follows the header without the
 * blank line the specification asks for is still read as the body.
 *
 * @param raw the full message as given
 * @param type the type as written, such as {@code feat} or {@code Fix}; compare with {@link #normalizedType()}
 * @param scope the scope without parentheses, or the empty string when there is none
 * @param breakingMarker whether the header carries {@code !} before the colon
 * @param description the description after {@code ": "}, without surrounding whitespace, never blank
 * @param body the body between the header and the footers, with its inner blank lines but without
 *     blank lines or whitespace around it, lines joined with {@code \n}; empty when there is none

 * @param footers the footers in order of appearance
 */
public record ConventionalCommit(
        String raw, String type, String scope, boolean breakingMarker, String description, String body,
        List<Footer> footers) implements CommitMessage {

    /** Validates and copies the parts. */
    public ConventionalCommit {
        Checks.notNull(raw, "raw");
        Checks.notBlank(type, "type");
        Checks.notNull(scope, "scope");
        Checks.notBlank(description, "description");
        Checks.notNull(body, "body");
        footers = Checks.listCopy(footers, "footers");
    }

    /**
     * The type in lower case, as used for grouping ({@code Feat} and {@code FEAT} are {@code feat}).
     *
     * @return the lower-case type
     */
    public String normalizedType() {
        return type.toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the commit has a scope.
     *
     * @return true when {@link #scope()} is not empty
     */
    public boolean hasScope() {
        return !scope.isEmpty();
    }

    /**
     * Whether this commit is a breaking change: {@code !} in the header or a {@code BREAKING CHANGE}
     * / {@code BREAKING-CHANGE} footer.
     *
     * @return true for a breaking change
     */
    public boolean isBreaking() {
        return breakingMarker || footers.stream().anyMatch(Footer::isBreakingChange);
    }

    /**
     * What the commit says breaks: the values of its breaking-change footers, or the description
     * when only the {@code !} marker announces it.
     *
     * @return the breaking-change notes; empty when the commit is not breaking
     */
    public List<String> breakingChanges() {
        List<String> notes = new ArrayList<>();
        for (Footer footer : footers) {
            if (footer.isBreakingChange()) {
                notes.add(footer.value());
            }
        }
        if (notes.isEmpty() && breakingMarker) {
            notes.add(description);
        }
        return List.copyOf(notes);
    }

    /**
     * The first footer with a token, compared ignoring case.
     *
     * @param token the footer token, such as {@code Refs}
     * @return the footer, or empty when there is none
     */
    public Optional<Footer> findFooter(String token) {
        Checks.notNull(token, "token");
        return footers.stream().filter(f -> f.token().equalsIgnoreCase(token)).findFirst();
    }
}
