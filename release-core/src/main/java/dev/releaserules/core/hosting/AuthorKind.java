package dev.releaserules.core.hosting;

/** Who opened a pull request, as far as the auto-merge policy cares (R-M1). */
public enum AuthorKind {
    /** A person. */
    HUMAN,
    /** The release automation, or another bot that is not a dependency bot. */
    AUTOMATION_BOT,
    /** A dependency update bot such as Dependabot or Renovate. */
    DEPENDENCY_BOT
}
