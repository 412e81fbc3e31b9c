package dev.releaserules.core.hosting;

import dev.releaserules.core.InvalidInputException;
import dev.releaserules.core.internal.Checks;
import dev.releaserules.core.version.Version;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dependency update a dependency bot proposes: which dependency, from which version to which.
 *
 * <p>The versions are either given, or read from the pull request title the bots write:
 * Dependabot's {@code Bump lodash from 4.17.15 to 4.17.21 in /frontend} (also with a
 * {@code chore(deps):} prefix or a {@code [Security]} tag), or Renovate's
 * {@code Update dependency foo from 1.2.3 to 1.3.0}. Versions in titles are read leniently: a
 * leading {@code v} is dropped and missing parts count as zero ({@code Bump actions/checkout from 3
 * to 4} is {@code 3.0.0 → 4.0.0}). Titles that do not name both versions — Renovate's default
 * {@code Update dependency foo to v2}, grouped updates, commit hashes — give no update, and so an
 * {@link UpdateDelta#UNKNOWN} delta.
 *
 * @param dependency the dependency's name, not blank
 * @param from the version before the update
 * @param to the version after it
 */
public record DependencyUpdate(String dependency, Version from, Version to) {
    private static final Pattern TITLE = Pattern.compile(
            "(?i)\\b(?:bump|update)\\s+(?:dependency\\s+|module\\s+)?(\\S+)\\s+from\\s+(\\S+)\\s+to\\s+(\\S+)");
    private static final Pattern LENIENT = Pattern.compile("[vV]?(\\d{1,9})(?:\\.(\\d{1,9}))?(?:\\.(\\d{1,9}))?");

    /** Validates the parts. */
    public DependencyUpdate {
        Checks.notBlank(dependency, "dependency");
        Checks.notNull(from, "from");
        Checks.notNull(to, "to");
    }

    /**
     * Reads the update from a dependency bot's pull request title.
     *
     * @param title the title
     * @return the update, or empty when the title does not name a dependency and both versions
     */
    public static Optional<DependencyUpdate> tryParseTitle(String title) {
        if (title == null) {
            return Optional.empty();
        }
        Matcher m = TITLE.matcher(title);
        if (!m.find()) {
            return Optional.empty();
        }
        Optional<Version> from = lenientVersion(m.group(2));
        Optional<Version> to = lenientVersion(m.group(3));
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DependencyUpdate(m.group(1), from.get(), to.get()));
    }

    /**
     * Reads the update from a dependency bot's pull request title that must name one.
     *
     * @param title the title
     * @return the update
     * @throws InvalidInputException when the title does not name a dependency and both versions
     */
    public static DependencyUpdate parseTitle(String title) {
        return tryParseTitle(title).orElseThrow(() -> new InvalidInputException("dependency update title",
                String.valueOf(title), Messages.UPDATE_TITLE));
    }

    /**
     * How big the update is.
     *
     * @return the SemVer delta between {@code from} and {@code to}
     */
    public UpdateDelta delta() {
        return UpdateDelta.between(from, to);
    }

    private static Optional<Version> lenientVersion(String text) {
        Optional<Version> strict = Version.tryParse(text.startsWith("v") || text.startsWith("V")
                ? text.substring(1) : text);
        if (strict.isPresent()) {
            return strict;
        }
        Matcher m = LENIENT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(Version.of(Integer.parseInt(m.group(1)), part(m.group(2)), part(m.group(3))));
    }

    private static int part(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}
